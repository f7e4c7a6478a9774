// SPEC §4 `log`, sequence plans: replaying positions from the record.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import type { DaySpec } from '../../src/core/plan/model.js';
import { sequencePositions } from '../../src/core/plan/sequence.js';

const days: DaySpec[] = [
  { name: 'A', type: 'strength', optional: false },
  { name: 'Rest', type: 'rest', optional: false },
  { name: 'B', type: 'strength', optional: false },
  { name: 'Mobility', type: 'mind_body', optional: true },
];
const MON = '2026-11-02';
const names = (at: (d: string) => number, n: number) => Array.from({ length: n }, (_, i) => days[at(addDays(MON, i))]!.name);

describe('sequence positions', () => {
  it.each([
    [
      'done days move on; a rest day moves on by itself',
      [
        { date: MON, index: 0, status: 'completed' },
        { date: addDays(MON, 2), index: 2, status: 'completed' },
      ],
      5,
      ['A', 'Rest', 'B', 'Mobility', 'A'],
    ],
    ['an unlogged training day waits', [], 4, ['A', 'A', 'A', 'A']],
    ['skipped moves on too', [{ date: MON, index: 0, status: 'skipped' }], 3, ['A', 'Rest', 'B']],
    ['a rest log on a training day keeps the position', [{ date: MON, index: 0, status: 'rest' }], 3, ['A', 'A', 'A']],
    ['an out-of-order day (--day 3) continues from day 4', [{ date: MON, index: 2, status: 'completed' }], 3, ['B', 'Mobility', 'A']],
  ])('%s', (_name, logs, n, expected) => {
    const today = addDays(MON, (n as number) - 1);
    expect(names(sequencePositions(days, MON, today, logs as never), n as number)).toEqual(expected);
  });

  it('projects one step a day after today, as if each day is done', () => {
    const at = sequencePositions(days, MON, MON, []);
    expect(names(at, 4)).toEqual(['A', 'Rest', 'B', 'Mobility']);
  });

  it('correcting an old log does not move today back', () => {
    const logs = [
      { date: MON, index: 0, status: 'completed' },
      { date: addDays(MON, 2), index: 2, status: 'completed' },
    ];
    const at = sequencePositions(days, MON, addDays(MON, 4), logs);
    expect(days[at(addDays(MON, 4))]!.name).toBe('A');
  });
});

// ---------------------------------------------------------------------------------
// SPEC §6.3 / §4 (v1.1): a training session that waits for the athlete is one session.

import { sequenceReplay } from '../../src/core/plan/sequence.js';
import { countsAsDone, countsAsPlanned, fromRealStart, settleWaits, summarizeDays, type HistoryDay } from '../../src/core/engine/history.js';
import { showWaitOnce, type PlannedSession } from '../../src/core/plan/resolve.js';

describe('waits: the day a session first fell due, and the last day it waited to', () => {
  const at = (i: number) => addDays(MON, i);
  type Log = { date: string; index: number; status: string };
  it.each<[string, Log[], number, string, [string, string][]]>([
    // name                                     logs                                                        days  first due   wait (since, until) of each day
    [
      'A left waiting from Monday: one wait to today',
      [],
      3,
      MON,
      [
        [at(0), at(2)],
        [at(0), at(2)],
        [at(0), at(2)],
      ],
    ],
    [
      'done on the third day: the wait ends there',
      [{ date: at(2), index: 0, status: 'completed' }],
      4,
      MON,
      [
        [at(0), at(2)],
        [at(0), at(2)],
        [at(0), at(2)],
        [at(3), at(3)],
      ],
    ],
    [
      'done the first day: no wait',
      [{ date: at(0), index: 0, status: 'completed' }],
      3,
      MON,
      [
        [at(0), at(0)],
        [at(1), at(1)],
        [at(2), at(2)],
      ],
    ],
    [
      'a rest log keeps it waiting',
      [{ date: at(0), index: 0, status: 'rest' }],
      2,
      MON,
      [
        [at(0), at(1)],
        [at(0), at(1)],
      ],
    ],
    [
      'skipped on day 2 ends the wait',
      [{ date: at(1), index: 0, status: 'skipped' }],
      3,
      MON,
      [
        [at(0), at(1)],
        [at(0), at(1)],
        [at(2), at(2)],
      ],
    ],
    [
      '--day 3 out of order on day 2: a new session',
      [{ date: at(1), index: 2, status: 'completed' }],
      2,
      MON,
      [
        [at(0), at(0)],
        [at(1), at(1)],
      ],
    ],
    [
      'days before the real start never begin a wait',
      [],
      4,
      at(2),
      [
        [at(0), at(0)],
        [at(1), at(1)],
        [at(2), at(3)],
        [at(2), at(3)],
      ],
    ],
  ])('%s', (_n, logs, n, firstDue, expected) => {
    const replay = sequenceReplay(days, MON, addDays(MON, n - 1), logs, firstDue);
    expect(Array.from({ length: n }, (_, i) => replay.waitOn(at(i))).map((w) => [w.since, w.until])).toEqual(expected);
  });

  it('future days wait for nothing', () => {
    expect(sequenceReplay(days, MON, MON, []).waitOn(at(5))).toEqual({ since: at(5), until: at(5) });
  });
});

describe('counted once: on the day it first fell due, done if it was done on any later day of its wait', () => {
  const A: PlannedSession = { type: 'strength', session: 'workout_a', variant: 'standard', minutes: 45, optional: false, items: [] };
  const REST: PlannedSession = { ...A, type: 'rest', session: null, minutes: 0 };
  const done = { status: 'completed' as const, actual_type: 'strength', actual_minutes: 45, rpe: 6, exercises: [] };
  const fri = '2026-11-06';
  const sat = '2026-11-07';
  const sun = '2026-11-08';
  const wait = { since: fri, until: sun };
  const day = (date: string, planned: PlannedSession, logged = false, w?: typeof wait): HistoryDay => ({
    date,
    status: 'unknown',
    planned,
    session: logged ? done : null,
    ...(w ? { wait: w } : {}),
  });
  // Mon A done, Wed B done, Fri A waits until Sunday.
  const week = (doneSunday: boolean): HistoryDay[] => [
    day('2026-11-02', A, true),
    day('2026-11-03', REST),
    day('2026-11-04', A, true),
    day('2026-11-05', REST),
    day(fri, A, false, wait),
    day(sat, A, false, wait),
    day(sun, A, doneSunday, wait),
  ];
  it.each<[string, boolean, number, number]>([
    // name                                 done on Sunday   planned (was 5)   completed
    ['waiting from Friday, still waiting', false, 3, 2],
    ['waiting from Friday, done on Sunday', true, 3, 3],
  ])('%s → %i planned, %i done', (_n, doneSunday, planned, completed) => {
    const s = summarizeDays(settleWaits(week(doneSunday)));
    expect(s.planned).toBe(planned);
    expect(s.completed).toBe(completed);
    expect(s.minutes_planned).toBe(planned * 45);
  });

  it('the first-due day carries the day it was done; the later days do not count as planned', () => {
    const settled = settleWaits(week(true));
    expect(settled.filter(countsAsPlanned).map((d) => d.date)).toEqual(['2026-11-02', '2026-11-04', fri]);
    expect(settled.find((d) => d.date === fri)).toMatchObject({ done_on: sun });
    expect(countsAsDone(settled.find((d) => d.date === fri)!)).toBe(true);
  });

  it.each<[string, string, string | null, string | undefined]>([
    // the athlete's view: shown once, today (or the day it was done)
    ['Friday, waited past', fri, 'rest', sun],
    ['Saturday, waited past', sat, 'rest', sun],
    ['Sunday, today', sun, 'strength', undefined],
    ['Monday, no wait', '2026-11-02', 'strength', undefined],
  ])('showWaitOnce: %s', (_n, date, type, movedTo) => {
    const shown = showWaitOnce(week(false).find((d) => d.date === date)!);
    expect(shown.planned?.type).toBe(type);
    expect(shown.moved_to).toBe(movedTo);
  });
});

describe('SPEC §6.3 v1.1: nothing was planned before the real start date', () => {
  const S: PlannedSession = { type: 'strength', session: 'strength', variant: 'standard', minutes: 15, optional: false, items: [] };
  const logged = { status: 'completed' as const, actual_type: 'strength', actual_minutes: 15, rpe: 4, exercises: [] };
  it.each<[string, string, boolean, boolean]>([
    // name                                   date          logged  still planned
    ['Monday before a Wednesday start', '2026-11-02', false, false],
    ['the start day', '2026-11-04', false, true],
    ['after the start', '2026-11-06', false, true],
    ['logged before the start (an earlier run): kept as stored', '2026-11-02', true, true],
  ])('%s', (_n, date, isLogged, planned) => {
    const [d] = fromRealStart([{ date, status: 'unknown', planned: S, session: isLogged ? logged : null }], '2026-11-04');
    expect(d!.planned !== null).toBe(planned);
  });

  it('a Wednesday start: the start week counts 2 planned sessions, not 3 with a missed Monday', () => {
    const week = ['2026-11-02', '2026-11-04', '2026-11-06'].map(
      (date): HistoryDay => ({ date, status: 'unknown', planned: S, session: date === '2026-11-02' ? null : logged }),
    );
    expect(summarizeDays(fromRealStart(week, '2026-11-04'))).toMatchObject({ planned: 2, completed: 2 });
  });
});
