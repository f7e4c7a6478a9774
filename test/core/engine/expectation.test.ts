// SPEC §4 `today` and `week`: the weekly-expectations line — what this week asks for,
// what is done, and whether a review moved the stage this week and why.
import { describe, expect, it } from 'vitest';
import {
  expectationLine,
  reviewChangeThisWeek,
  weekExpectation,
  weekSessions,
  type ReviewGist,
  type StageChangeEntry,
} from '../../../src/core/engine/expectation.js';
import type { HistoryDay, LoggedSession } from '../../../src/core/engine/history.js';
import type { PlannedSession } from '../../../src/core/plan/resolve.js';

const run = (minutes: number, extra: Partial<PlannedSession> = {}): PlannedSession => ({
  type: 'aerobic',
  session: null,
  variant: 'standard',
  minutes,
  optional: false,
  items: [],
  ...extra,
});
const REST: PlannedSession = { type: 'rest', session: null, variant: 'standard', minutes: 0, optional: false, items: [] };
const logged = (status: LoggedSession['status']): LoggedSession => ({ status, actual_type: 'aerobic', actual_minutes: 20, rpe: null, exercises: [] });
const day = (date: string, planned: PlannedSession | null, session: LoggedSession | null = null, extra: Partial<HistoryDay> = {}): HistoryDay => ({
  date,
  status: 'green',
  planned,
  session,
  ...extra,
});

// The week of Monday 2026-11-23.
const WEEK: HistoryDay[] = [
  day('2026-11-23', run(30), logged('completed')),
  day('2026-11-24', REST),
  day('2026-11-25', run(20), logged('adapted')),
  day('2026-11-26', run(10, { optional: true })),
  day('2026-11-27', run(40), logged('skipped')),
  day('2026-11-28', REST),
  day('2026-11-29', null),
];
const start: StageChangeEntry = { stage: 'B', effective_date: '2026-11-02', reason: 'start' };
const progress: StageChangeEntry = { stage: 'C', effective_date: '2026-11-23', reason: 'review 2026-W47: progress' };
const stepDown: StageChangeEntry = { stage: 'A', effective_date: '2026-11-23', reason: 'review 2026-W47: step_down' };
const reviewed = (from: string, decision: string, reasons: string[]): ReviewGist => ({ stage: { from }, decision, reasons });

describe('the review change that takes effect this week', () => {
  it.each<[string, StageChangeEntry[], string, StageChangeEntry | undefined]>([
    ['none: only the start', [start], '2026-11-25', undefined],
    ['a review change on this Monday', [start, progress], '2026-11-29', progress],
    ["a review change of last week is not this week's", [start, progress], '2026-12-01', undefined],
    ['a restart is not a review', [start, { stage: 'A', effective_date: '2026-11-24', reason: 'restart' }], '2026-11-25', undefined],
    [
      'the latest of two review changes',
      [start, stepDown, { ...progress, effective_date: '2026-11-26' }],
      '2026-11-27',
      { ...progress, effective_date: '2026-11-26' },
    ],
  ])('%s', (_n, changes, today, found) => {
    expect(reviewChangeThisWeek(changes, today)).toEqual(found);
  });
});

describe('the expectations line', () => {
  it.each<[string, Parameters<typeof weekExpectation>[0], string]>([
    [
      'a week that continues: optional and rest days are not asked for; adapted counts as done',
      { stage: 'B', days: WEEK },
      'This week continues B: 3 sessions, about 90 minutes in all; 2 done so far. Any amount counts, and resting is always fine.',
    ],
    [
      'a step down with the review kept',
      { stage: 'A', days: WEEK, change: stepDown, review: reviewed('B', 'step_down', ['2 of 4 sessions were done', 'rpe high']) },
      'This week eases back from B to A after the weekly review (2 of 4 sessions were done): 3 sessions, about 90 minutes in all; 2 done so far. Scaling down or resting is always fine.',
    ],
    [
      'a progress',
      { stage: 'C', days: WEEK.slice(0, 1), change: progress, review: reviewed('B', 'progress', ['all done']) },
      'This week is nudged forward from B to C after the weekly review (all done): 1 session, about 30 minutes in all; 1 done so far. Scaling down or resting is always fine.',
    ],
    [
      'a step down whose review record is missing names only where it went',
      { stage: 'A', days: WEEK.slice(0, 1), change: { ...stepDown, reason: 'review 2026-W47: step down' }, review: null },
      'This week eases back to A after the weekly review: 1 session, about 30 minutes in all; 1 done so far. Scaling down or resting is always fine.',
    ],
    [
      'a change with neither review nor a readable reason',
      { stage: 'C', days: [], change: { ...progress, reason: 'review' } },
      'This week changes to C after the weekly review: 0 sessions, about 0 minutes in all; 0 done so far. Scaling down or resting is always fine.',
    ],
    [
      'a hold (same stage) reads as continuing',
      { stage: 'B', days: [], change: { ...progress, stage: 'B' }, review: reviewed('B', 'hold', []) },
      'This week continues B: 0 sessions, about 0 minutes in all; 0 done so far. Any amount counts, and resting is always fine.',
    ],
    [
      'a session that waited over several days is one session',
      {
        stage: 'B',
        days: ['2026-11-23', '2026-11-24', '2026-11-25'].map((d) => day(d, run(30), null, { wait: { since: '2026-11-23', until: '2026-11-25' } })),
      },
      'This week continues B: 1 session, about 30 minutes in all; 0 done so far. Any amount counts, and resting is always fine.',
    ],
    [
      'a rest day logged is not a session done (as history counts it)',
      { stage: 'B', days: [day('2026-11-23', REST, logged('completed')), day('2026-11-24', run(30), logged('completed'))] },
      'This week continues B: 1 session, about 30 minutes in all; 1 done so far. Any amount counts, and resting is always fine.',
    ],
  ])('%s', (_n, input, line) => {
    expect(expectationLine(weekExpectation(input))).toBe(line);
  });
});

// The week's sessions as the week shows them (a wait from last week is on today's row).
const strength: PlannedSession = { type: 'strength', session: 'workout_b', variant: 'standard' as const, minutes: 45, optional: false, items: [] };
const rest: PlannedSession = { ...strength, type: 'rest', session: null, minutes: 0 };
const waitDay = (date: string, planned = strength, wait?: { since: string; until: string }): HistoryDay => ({
  date,
  status: 'unknown',
  planned,
  session: null,
  ...(wait ? { wait } : {}),
});

describe('weekSessions', () => {
  it("a session waiting since last Friday is one of this week's sessions (shown today)", () => {
    const week = [
      waitDay('2027-01-11', strength, { since: '2027-01-08', until: '2027-01-11' }),
      waitDay('2027-01-12', rest),
      waitDay('2027-01-13'),
      waitDay('2027-01-14', rest),
      waitDay('2027-01-15', { ...strength, type: 'mind_body', optional: true, minutes: 10 } as PlannedSession),
      waitDay('2027-01-16'),
      waitDay('2027-01-17', rest),
    ];
    expect(weekSessions(week)).toEqual({ sessions: 3, minutes: 135 });
  });
  it('a session that waited inside the week counts once', () => {
    const wait = { since: '2027-01-11', until: '2027-01-13' };
    expect(weekSessions([waitDay('2027-01-11', strength, wait), waitDay('2027-01-12', strength, wait), waitDay('2027-01-13', strength, wait)])).toEqual({
      sessions: 1,
      minutes: 45,
    });
  });
});
