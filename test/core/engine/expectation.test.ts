// SPEC §4 week / today: the expectations line counts this week's sessions as the week shows them.
import { describe, expect, it } from 'vitest';
import { weekSessions } from '../../../src/core/engine/expectation.js';
import type { HistoryDay } from '../../../src/core/engine/history.js';
import type { PlannedSession } from '../../../src/core/plan/resolve.js';

const strength: PlannedSession = { type: 'strength', session: 'workout_b', variant: 'standard' as const, minutes: 45, optional: false, items: [] };
const rest: PlannedSession = { ...strength, type: 'rest', session: null, minutes: 0 };
const day = (date: string, planned = strength, wait?: { since: string; until: string }): HistoryDay => ({
  date,
  status: 'unknown',
  planned,
  session: null,
  ...(wait ? { wait } : {}),
});

describe('weekSessions', () => {
  it("a session waiting since last Friday is one of this week's sessions (shown today)", () => {
    const week = [
      day('2027-01-11', strength, { since: '2027-01-08', until: '2027-01-11' }),
      day('2027-01-12', rest),
      day('2027-01-13'),
      day('2027-01-14', rest),
      day('2027-01-15', { ...strength, type: 'mind_body', optional: true, minutes: 10 } as PlannedSession),
      day('2027-01-16'),
      day('2027-01-17', rest),
    ];
    expect(weekSessions(week)).toEqual({ sessions: 3, minutes: 135 });
  });
  it('a session that waited inside the week counts once', () => {
    const wait = { since: '2027-01-11', until: '2027-01-13' };
    expect(weekSessions([day('2027-01-11', strength, wait), day('2027-01-12', strength, wait), day('2027-01-13', strength, wait)])).toEqual({
      sessions: 1,
      minutes: 45,
    });
  });
});
