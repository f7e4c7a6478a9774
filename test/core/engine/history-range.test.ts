// SPEC §4 `history`/`week`, §6.3: a logged day keeps what was planned when it was
// logged; an unlogged day resolves from the schedule, with its skip marks; days before
// the real start are not the plan's.
import { describe, expect, it } from 'vitest';
import { historyDays, type RecordedDay } from '../../../src/core/engine/history-range.js';
import type { LoggedSession } from '../../../src/core/engine/history.js';
import type { PlannedSession, ScheduleDay } from '../../../src/core/plan/resolve.js';

const session = (minutes: number): PlannedSession => ({ type: 'aerobic', session: null, variant: 'standard', minutes, optional: false, items: [] });
const done: LoggedSession = { status: 'completed', actual_type: 'aerobic', actual_minutes: 20, rpe: null, exercises: [] };
const now: Record<string, Partial<ScheduleDay>> = {
  '2026-11-02': { planned: session(30) },
  '2026-11-03': { planned: session(30) },
  '2026-11-04': { planned: session(0), skipped: true },
  '2026-11-05': { planned: session(0), skipped: true, repaired_away: true },
};
const schedule = { day: (date: string) => ({ date, ...now[date] }) as ScheduleDay, waitOn: (d: string) => ({ since: d, until: d }), startDate: '2026-11-02' };

describe('the days of a range', () => {
  it.each<[string, Map<string, RecordedDay>, string, Partial<ReturnType<typeof historyDays>[number]>]>([
    [
      'a log keeps what was planned when it was logged',
      new Map([['2026-11-02', { planned: session(45), session: done }]]),
      '2026-11-02',
      { planned: session(45), session: done },
    ],
    [
      'a log with nothing stored resolves from the schedule',
      new Map([['2026-11-02', { planned: undefined, session: done }]]),
      '2026-11-02',
      { planned: session(30), session: done },
    ],
    ['a log stored without a plan stays without one', new Map([['2026-11-02', { planned: null, session: done }]]), '2026-11-02', { planned: null }],
    ['an unlogged day resolves now', new Map(), '2026-11-03', { planned: session(30), session: null, status: 'unknown' }],
    ['a coach skip is marked', new Map(), '2026-11-04', { skipped: true }],
    ['time repaired away is marked', new Map(), '2026-11-05', { skipped: true, repaired_away: true }],
  ])('%s', (_n, recorded, date, expected) => {
    const days = historyDays({ from: '2026-11-02', to: '2026-11-05', recorded, statuses: new Map(), schedule });
    expect(days.find((d) => d.date === date)).toMatchObject(expected);
  });

  it('a logged skip day is not marked skipped; the check-in status shows', () => {
    const days = historyDays({
      from: '2026-11-04',
      to: '2026-11-04',
      recorded: new Map([['2026-11-04', { planned: undefined, session: done }]]),
      statuses: new Map([['2026-11-04', 'amber']]),
      schedule,
    });
    expect(days[0]).not.toHaveProperty('skipped');
    expect(days[0]!.status).toBe('amber');
  });

  it('without a plan, unlogged days have nothing planned', () => {
    expect(historyDays({ from: '2026-11-02', to: '2026-11-03', recorded: new Map(), statuses: new Map(), schedule: null }).map((d) => d.planned)).toEqual([
      null,
      null,
    ]);
  });
});
