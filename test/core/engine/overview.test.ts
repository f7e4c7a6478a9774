// SPEC §4 `athlete list` (v1.1): the coach's overview. Needs attention: a stop or red
// day in the last 7 days (SPEC: "this week"), a step down at the last review, nothing logged for
// 7 days or more; those athletes first (most serious reason first), with the reason.
import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from '../../../src/core/dates.js';
import type { HistoryDay } from '../../../src/core/engine/history.js';
import { attentionReasons, buildOverview, type OverviewInput } from '../../../src/core/engine/overview.js';
import type { DayStatus } from '../../../src/core/engine/status.js';
import type { PlannedSession } from '../../../src/core/plan/resolve.js';

const TODAY = '2026-11-30'; // a Monday
const strength = { type: 'strength', minutes: 20, optional: false } as unknown as PlannedSession;
const rest = { type: 'rest', minutes: 0, optional: false } as unknown as PlannedSession;

/** 14 days to today: strength on even day numbers; `done` dates logged; statuses by date. */
function days(opts: { done?: string[]; status?: Record<string, DayStatus> } = {}): HistoryDay[] {
  return [...eachDay(addDays(TODAY, -13), TODAY)].map((date, i) => ({
    date,
    status: opts.status?.[date] ?? 'green',
    planned: i % 2 === 0 ? strength : rest,
    session: opts.done?.includes(date) ? { status: 'completed', actual_type: 'strength', actual_minutes: 20, rpe: 4, exercises: [] } : null,
  }));
}
const planned = days()
  .filter((d) => d.planned === strength && d.date < TODAY)
  .map((d) => d.date);

function athlete(id: string, over: Partial<OverviewInput> = {}): OverviewInput {
  return {
    id,
    name: id,
    status: 'active',
    plan: 'gentle',
    stage: 'FOUNDATIONS',
    start: '2026-10-01',
    last_activity: addDays(TODAY, -1),
    last_log: addDays(TODAY, -1),
    days: days({ done: planned }),
    last_review: { week: '2026-W48', decision: 'progress' },
    ...over,
  };
}

const FIVE: OverviewInput[] = [
  athlete('ana'), // all well
  athlete('ben', { last_log: addDays(TODAY, -9), days: days({ done: planned.filter((d) => d < addDays(TODAY, -9)) }) }), // quiet 9 days
  athlete('cleo', { last_review: { week: '2026-W48', decision: 'step_down' } }), // stepped down
  athlete('dev', { days: days({ done: planned, status: { [addDays(TODAY, -2)]: 'red', [addDays(TODAY, -8)]: 'red' } }) }), // one red this week, one older
  athlete('eli', {
    days: days({ done: planned, status: { [TODAY]: 'stop', [addDays(TODAY, -3)]: 'red' } }),
    last_review: { week: '2026-W48', decision: 'step_down' },
  }),
];

describe('buildOverview on five athletes', () => {
  const rows = buildOverview(FIVE, TODAY);

  it('puts those who may need attention first, the most serious reason first, then the rest', () => {
    expect(rows.map((r) => [r.id, r.attention])).toEqual([
      ['eli', true], // a stop day
      ['dev', true], // a red day
      ['cleo', true], // a step down
      ['ben', true], // nothing logged for 9 days
      ['ana', false],
    ]);
  });

  it('gives every reason, in words, with the dates', () => {
    expect(Object.fromEntries(rows.map((r) => [r.id, r.reasons]))).toEqual({
      eli: ['stop day in the last 7 days (2026-11-30)', '1 red day in the last 7 days (2026-11-27)', 'stepped down at the last review (2026-W48)'],
      dev: ['1 red day in the last 7 days (2026-11-28)'],
      cleo: ['stepped down at the last review (2026-W48)'],
      ben: ['nothing logged for 9 days'],
      ana: [],
    });
  });

  it('carries the numbers a coach reads', () => {
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.ana).toMatchObject({
      completion_14d: 1,
      days_since_log: 1,
      today_status: 'green',
      red_days_7d: 0,
      stop_days_7d: 0,
      last_review: { week: '2026-W48', decision: 'progress' },
    });
    expect(byId.eli).toMatchObject({ today_status: 'stop', red_days_7d: 1, stop_days_7d: 1 });
    expect(byId.dev).toMatchObject({ red_days_7d: 1 }); // the red day 8 days ago is outside the week
    expect(byId.ben!.completion_14d).toBe(0.29); // 2 of the 7 past planned days were done
  });
});

describe('attentionReasons, one rule at a time', () => {
  it.each([
    ['a red day 6 days ago counts', { days: days({ status: { [addDays(TODAY, -6)]: 'red' } }) }, ['red_days']],
    ['a red day 7 days ago does not', { days: days({ status: { [addDays(TODAY, -7)]: 'red' } }) }, []],
    ['nothing logged for exactly 7 days', { last_log: addDays(TODAY, -7) }, ['no_log']],
    ['6 days is not yet quiet', { last_log: addDays(TODAY, -6) }, []],
    ['never logged, started 7 days ago', { last_log: null, start: addDays(TODAY, -7) }, ['no_log']],
    ['never logged, started 3 days ago', { last_log: null, start: addDays(TODAY, -3) }, []],
    ['a hold is not a step down', { last_review: { week: '2026-W48', decision: 'hold' as const } }, []],
    ['an inactive athlete is not expected to train', { status: 'inactive', last_log: addDays(TODAY, -30) }, []],
  ])('%s', (_name, over, codes) => {
    expect(attentionReasons(athlete('x', over as Partial<OverviewInput>), TODAY).map((r) => r.code)).toEqual(codes);
  });
});
