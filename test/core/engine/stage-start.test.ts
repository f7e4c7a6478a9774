// SPEC §6.3 weeks_in_stage counts from the day the stage began; the first stage begins
// on the athlete's real start date (v1.1: not the Monday it is normalised to).
import { describe, expect, it } from 'vitest';
import { stageStartOn, type StageChange } from '../../../src/core/engine/stage-start.js';
import { weeksInStage } from '../../../src/core/engine/review.js';

const wedStart: StageChange[] = [{ stage: 'ONE', effective_date: '2026-11-04', reason: 'start' }];
const withReview: StageChange[] = [...wedStart, { stage: 'TWO', effective_date: '2026-11-23', reason: 'review 2026-W47: progress' }];

describe('the day the stage in force began', () => {
  it.each<[string, StageChange[], string, string]>([
    // name                                          changes      date          began
    ['a Wednesday start: the Wednesday, not its Monday', wedStart, '2026-11-22', '2026-11-04'],
    ['after a review moved it', withReview, '2026-11-29', '2026-11-23'],
    ['before the review took effect', withReview, '2026-11-22', '2026-11-04'],
    ['a restart begins again', [...withReview, { stage: 'ONE', effective_date: '2026-12-02', reason: 'restart' }], '2026-12-06', '2026-12-02'],
    [
      'a hold (same stage again) does not restart the count',
      [...wedStart, { stage: 'ONE', effective_date: '2026-11-16', reason: 'review: hold' }],
      '2026-11-22',
      '2026-11-04',
    ],
  ])('%s', (_n, changes, date, began) => {
    expect(stageStartOn(changes, '2026-11-04', date)).toBe(began);
  });

  it('a Wednesday starter has 2 whole weeks, not 3, on the third Sunday', () => {
    expect(weeksInStage(stageStartOn(wedStart, '2026-11-04', '2026-11-22'), '2026-11-22')).toBe(2);
  });
});
