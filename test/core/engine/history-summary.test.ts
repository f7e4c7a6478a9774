// SPEC §4 history: planned versus done per week. A session today that is not logged
// yet is still ahead of the person, not missed (the coach's overview reads it the same way).
import { describe, expect, it } from 'vitest';
import { summarizeDays, type HistoryDay } from '../../../src/core/engine/history.js';
import type { PlannedSession } from '../../../src/core/plan/resolve.js';

const walk: PlannedSession = { type: 'aerobic', session: 'aerobic', variant: 'standard', minutes: 15, optional: false, items: [] };
const done = { status: 'completed' as const, actual_type: 'aerobic', actual_minutes: 15, rpe: 4, exercises: [] };
const day = (date: string, session: HistoryDay['session'] = null): HistoryDay => ({ date, status: 'unknown', planned: walk, session });

describe('summarizeDays with today', () => {
  const week = [day('2027-01-25', done), day('2027-01-27')];
  it('an unlogged session today is not counted yet', () => {
    expect(summarizeDays(week, '2027-01-27')).toMatchObject({ planned: 1, completed: 1, completion: 1, minutes_planned: 15 });
  });
  it('once logged it counts', () => {
    expect(summarizeDays([week[0]!, day('2027-01-27', done)], '2027-01-27')).toMatchObject({ planned: 2, completed: 2 });
  });
  it('a past day not logged is missed, as before; without today nothing changes', () => {
    expect(summarizeDays(week, '2027-01-28')).toMatchObject({ planned: 2, completed: 1, completion: 0.5 });
    expect(summarizeDays(week)).toMatchObject({ planned: 2, completed: 1 });
  });
});
