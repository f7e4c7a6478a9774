// SPEC §4 history (v1.1): days repaired away are marked as such in the day rows.
import { describe, expect, it } from 'vitest';
import { renderHistoryDays } from '../../src/render/history-days.js';
import { PLAIN_THEME } from '../../src/render/theme.js';

const rest = { type: 'rest' as const, session: null, variant: 'standard' as const, minutes: 0, optional: false, items: [] };
const day = (date: string, extra: object) => ({ date, status: 'unknown' as const, planned: rest, session: null, notes: [], events: [], ...extra });

describe('history day rows', () => {
  it('a day repaired away says so instead of "planned: rest"', () => {
    const text = renderHistoryDays([day('2027-01-18', { skipped: true, repaired_away: true }), day('2027-01-19', {})], PLAIN_THEME);
    expect(text).toMatch(/2027-01-18 .*planned: repaired away \(neither planned nor missed\); done: not logged/);
    expect(text).toMatch(/2027-01-19 .*planned: rest;/);
  });
  it('a day skipped by a coach adjustment says so', () => {
    expect(renderHistoryDays([day('2027-01-18', { skipped: true })], PLAIN_THEME)).toMatch(/planned: skipped by an adjustment/);
  });
});

describe('history day rows on a sequence plan: a waiting session shows once', () => {
  const strength = { ...rest, type: 'strength' as const, session: 'workout_b', minutes: 45 };
  const wait = { since: '2027-01-08', until: '2027-01-11' };
  it('the first-due day says when it was done, the waiting days say they waited', () => {
    const text = renderHistoryDays(
      [
        day('2027-01-08', { planned: strength, wait, done_on: '2027-01-11' }),
        day('2027-01-09', { planned: strength, wait }),
        day('2027-01-10', { planned: strength, wait }),
        day('2027-01-11', { planned: strength, wait, session: { status: 'completed', actual_type: 'strength', actual_minutes: 45, rpe: 7, exercises: [] } }),
      ],
      PLAIN_THEME,
    );
    expect(text).toMatch(/2027-01-08 .*planned: strength 45 min; done: mon 2027-01-11/);
    expect(text).toMatch(/2027-01-09 .*waited: the session due fri 2027-01-08, not another one/);
    expect(text).toMatch(/2027-01-10 .*waited: the session due/);
    expect(text).toMatch(/2027-01-11 .*done: strength 45 min, RPE 7/);
    expect(text.match(/not logged/g)).toBeNull();
  });
});

describe('a day with nothing planned', () => {
  it('before the real start (a week number, no session) reads "before the start"; after the goal "outside the plan"', async () => {
    const { unplannedText } = await import('../../src/render/schedule.js');
    expect(unplannedText({ week: 1 })).toBe('before the start');
    expect(unplannedText({ week: null })).toBe('outside the plan');
  });
});
