// SPEC §4 `review` (v1.1): which week a review is about, and SPEC §6.3 (v1.1): when a
// stage change it decides begins. Pure functions of the date; the command only reads
// the clock and the --week option.
import { describe, expect, it } from 'vitest';
import { chooseReviewWeek, lastCompleteWeek, mondayOfIsoWeek } from '../../../src/core/engine/review-week.js';
import { stageEffectiveDate } from '../../../src/core/engine/review.js';

describe('the last complete ISO week: on a Sunday the week ending that day, else the week that ended the Sunday before', () => {
  it.each<[string, string, string, string]>([
    // name                          today          week        its Sunday (review date)
    ['Sunday', '2026-11-29', '2026-W48', '2026-11-29'],
    ['the Monday after', '2026-11-30', '2026-W48', '2026-11-29'],
    ['Wednesday', '2026-12-02', '2026-W48', '2026-11-29'],
    ['Saturday', '2026-12-05', '2026-W48', '2026-11-29'],
    ['the next Sunday', '2026-12-06', '2026-W49', '2026-12-06'],
    ['across a year: Monday 2027-01-04', '2027-01-04', '2026-W53', '2027-01-03'],
    ['across a year: Friday 2026-01-02 (week 1 of 2026 not yet ended)', '2026-01-02', '2025-W52', '2025-12-28'],
  ])('%s %s → %s', (_n, today, week, sunday) => {
    expect(lastCompleteWeek(today)).toEqual({ week, sunday });
    expect(chooseReviewWeek(today)).toEqual({ week, sunday });
  });

  it('a Monday cron and a Sunday cron review the same week: the Monday run does not freeze the week it starts', () => {
    expect(chooseReviewWeek('2026-11-23')).toEqual({ week: '2026-W47', sunday: '2026-11-22' });
    expect(chooseReviewWeek('2026-11-29')).toEqual({ week: '2026-W48', sunday: '2026-11-29' });
  });
});

describe('--week YYYY-Www names a week; one that has not ended is refused', () => {
  it.each<[string, string, string, { week: string; sunday: string } | RegExp]>([
    ['a past week', '2026-12-02', '2026-W46', { week: '2026-W46', sunday: '2026-11-15' }],
    ['the week ending today (Sunday)', '2026-11-29', '2026-W48', { week: '2026-W48', sunday: '2026-11-29' }],
    ['lower case is accepted', '2026-12-02', '2026-w47', { week: '2026-W47', sunday: '2026-11-22' }],
    ['this week, not ended (Saturday)', '2026-11-28', '2026-W48', /has not ended yet \(it ends on Sunday 2026-11-29\)/],
    ['a future week', '2026-11-29', '2026-W50', /has not ended yet/],
    ['week 53 of a year that has one', '2027-02-01', '2026-W53', { week: '2026-W53', sunday: '2027-01-03' }],
    ['week 53 of a year without one', '2026-02-01', '2025-W53', /not an ISO week/],
    ['week 00', '2026-12-02', '2026-W00', /not an ISO week/],
    ['a date instead of a week', '2026-12-02', '2026-11-23', /not an ISO week/],
    ['one digit', '2026-12-02', '2026-W7', /not an ISO week/],
  ])('%s: %s --week %s', (_n, today, week, expected) => {
    const got = chooseReviewWeek(today, week);
    if (expected instanceof RegExp) {
      expect('error' in got && got.error).toMatch(expected);
      expect('hint' in got && got.hint).toBeTruthy();
    } else expect(got).toEqual(expected);
  });

  it.each<[string, string | null]>([
    ['2026-W01', '2025-12-29'],
    ['2026-W48', '2026-11-23'],
    ['2020-W53', '2020-12-28'],
    ['2021-W53', null],
  ])('mondayOfIsoWeek(%s) → %s', (label, monday) => {
    expect(mondayOfIsoWeek(label)).toBe(monday);
  });
});

describe('a new stage begins the day after the review date, never reaching back into passed days', () => {
  it.each<[string, string, string, string]>([
    // name                                   review date (Sunday)  run on         stage begins
    ['run on the Sunday itself', '2026-11-29', '2026-11-29', '2026-11-30'],
    ['run on the Monday after', '2026-11-29', '2026-11-30', '2026-12-01'],
    ['run on the Wednesday after', '2026-11-29', '2026-12-02', '2026-12-03'],
    ['an old week reviewed much later (--week)', '2026-11-15', '2026-12-02', '2026-12-03'],
  ])('%s: %s, run %s → %s', (_n, review, runOn, begins) => {
    expect(stageEffectiveDate(review, runOn)).toBe(begins);
  });
});
