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
