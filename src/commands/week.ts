// `regimen week` (SPEC §4): this ISO week, planned and done, and what to expect.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { addDays, isoWeekLabel, mondayOf, weekdayOf } from '../core/dates.js';
import { isDone, isPlannedTraining, summarizeDays } from '../core/engine/history.js';
import { loadAthleteState, resolveAthlete } from '../io/athlete-state.js';
import { readHistoryDays } from '../io/history-read.js';
import { activeAssignment } from '../io/journal/athletes.js';
import { withJournal } from '../io/with-journal.js';
import { plannedText } from '../render/schedule.js';

export async function runWeek(ctx: Context): Promise<number> {
  const monday = mondayOf(ctx.today);
  const sunday = addDays(monday, 6);
  const result = await withJournal(ctx, { create: false }, async (db) => {
    const athlete = resolveAthlete(db, ctx);
    const state = activeAssignment(db, athlete.id) ? await loadAthleteState(db, ctx, athlete) : null;
    const days = readHistoryDays(db, athlete.id, state, monday, sunday);
    const summary = summarizeDays(days);
    const stage = state?.stageOn(ctx.today).id ?? null;
    const change = state?.changes.find((c) => c.effective_date >= monday && c.effective_date <= sunday && c.reason !== 'start');
    const remaining = days.filter((d) => d.date >= ctx.today && isPlannedTraining(d.planned) && !isDone(d.session)).length;
    let expectation: string;
    if (!state) expectation = 'No plan yet: every session you log counts.';
    else if (change) expectation = `This week moves to ${change.stage} (${change.reason.replace('_', ' ')}): ${summary.planned} sessions, about ${summary.minutes_planned} minutes. Scaling down or resting is always fine.`;
    else expectation = `This week continues ${stage} with ${summary.planned} session${summary.planned === 1 ? '' : 's'}, about ${summary.minutes_planned} minutes in all; ${summary.completed} done, ${remaining} still ahead. Any amount counts.`;
    return { athlete: athlete.id, week: isoWeekLabel(monday), from: monday, to: sunday, stage, ...summary, days, expectation };
  });
  if (ctx.options.json) {
    printJson(ctx, result);
    return 0;
  }
  const t = ctx.theme;
  const lines = [t.bold(`${result.week} (${result.from} – ${result.to})${result.stage ? ` · stage ${result.stage}` : ''}`)];
  for (const d of result.days) {
    const planned = d.planned ? plannedText(d.planned) : '—';
    const done = d.session ? (isDone(d.session) ? t.green(`done: ${d.session.actual_type.replace('_', '-')} ${d.session.actual_minutes} min`) : t.dim(d.session.status)) : d.date === ctx.today ? t.cyan('today') : '';
    lines.push(`  ${weekdayOf(d.date)} ${d.date}  ${planned}${done ? `  ${done}` : ''}`);
  }
  lines.push('', result.expectation);
  ctx.out(lines.join('\n'));
  return 0;
}
