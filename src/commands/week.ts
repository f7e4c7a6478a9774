// `regimen week` (SPEC §4): this ISO week, planned and done, and what to expect.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { addDays, isoWeekLabel, mondayOf, weekdayOf } from '../core/dates.js';
import { isDone, summarizeDays } from '../core/engine/history.js';
import { dayMark, markText } from '../core/schedule/changed-by.js';
import { typeWord } from '../core/plan/vocabulary.js';
import { athleteStateIfAssigned, resolveAthlete } from '../io/athlete-state.js';
import { readHistoryDays } from '../io/history-read.js';
import { expectationLine, weekExpectation } from '../core/engine/expectation.js';
import { readWeekExpectation } from '../io/week-expectation.js';
import { withJournal } from '../io/with-journal.js';
import { plannedText } from '../render/schedule.js';
import { showWaitOnce } from '../core/plan/resolve.js';

export async function runWeek(ctx: Context): Promise<number> {
  const monday = mondayOf(ctx.today);
  const sunday = addDays(monday, 6);
  const { json: result, marks } = await withJournal(ctx, { readOnly: true }, async (db) => {
    const athlete = resolveAthlete(db, ctx);
    const state = await athleteStateIfAssigned(db, ctx, athlete);
    const days = readHistoryDays(db, athlete.id, state, monday, sunday);
    const summary = summarizeDays(days);
    const stage = state?.stageOn(ctx.today).id ?? null;
    const expectation = state ? expectationLine(weekExpectation(readWeekExpectation(db, state, ctx.today, days))) : 'No plan yet: every session you log counts.';
    const marks = new Map(state ? days.map((d) => [d.date, dayMark(state.resolver, d.date)] as const) : []);
    return { json: { athlete: athlete.id, week: isoWeekLabel(monday), from: monday, to: sunday, stage, ...summary, days, expectation }, marks };
  });
  if (ctx.options.json) {
    printJson(ctx, result);
    return 0;
  }
  const t = ctx.theme;
  const lines = [t.bold(`${result.week} (${result.from} – ${result.to})${result.stage ? ` · stage ${result.stage}` : ''}`)];
  for (const day of result.days) {
    // A session that waited shows once: today, or the day it was done (SPEC §4 v1.1).
    const d = showWaitOnce(day);
    const planned = d.moved_to ? t.dim(`waited; moved to ${weekdayOf(d.moved_to)} ${d.moved_to}`) : d.planned ? plannedText(d.planned) : '—';
    const done = d.session ? (isDone(d.session) ? t.green(`done: ${typeWord(d.session.actual_type)} ${d.session.actual_minutes} min`) : t.dim(d.session.status)) : d.date === ctx.today ? t.cyan('today') : '';
    const mark = marks.get(d.date);
    lines.push(`  ${weekdayOf(d.date)} ${d.date}  ${planned}${mark ? `  ${t.dim(`(${markText(mark)})`)}` : ''}${done ? `  ${done}` : ''}`);
  }
  lines.push('', result.expectation);
  ctx.out(lines.join('\n'));
  return 0;
}
