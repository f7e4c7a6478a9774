// `regimen week` (SPEC §4): this ISO week, planned and done, and what to expect.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { addDays, isoWeekLabel, mondayOf } from '../core/dates.js';
import { summarizeDays } from '../core/engine/history.js';
import { dayMark } from '../core/schedule/changed-by.js';
import { athleteStateIfAssigned, resolveAthlete } from '../io/athlete-state.js';
import { readHistoryDays } from '../io/history-read.js';
import { expectationLine, weekExpectation } from '../core/engine/expectation.js';
import { readWeekExpectation } from '../io/week-expectation.js';
import { withJournal } from '../io/with-journal.js';
import { renderWeek } from '../render/week.js';

export async function runWeek(ctx: Context): Promise<number> {
  const monday = mondayOf(ctx.today);
  const sunday = addDays(monday, 6);
  const { json: result, marks } = await withJournal(ctx, { readOnly: true }, async (db) => {
    const athlete = resolveAthlete(db, ctx);
    const state = await athleteStateIfAssigned(db, ctx, athlete);
    const days = readHistoryDays(db, athlete.id, state, monday, sunday);
    const summary = summarizeDays(days);
    const stage = state?.stageOn(ctx.today).id ?? null;
    const expectation = state
      ? expectationLine(weekExpectation(readWeekExpectation(db, state, ctx.today, days)))
      : 'No plan yet: every session you log counts.';
    const marks = new Map(state ? days.map((d) => [d.date, dayMark(state.resolver, d.date)] as const) : []);
    return { json: { athlete: athlete.id, week: isoWeekLabel(monday), from: monday, to: sunday, stage, ...summary, days, expectation }, marks };
  });
  if (ctx.options.json) {
    printJson(ctx, result);
    return 0;
  }
  ctx.out(renderWeek(result, marks, ctx.today, ctx.theme));
  return 0;
}
