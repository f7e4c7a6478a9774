// `regimen plan use FILE` and `regimen plan show` (SPEC §4).
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { addDays, daysBetween, mondayOf } from '../core/dates.js';
import { assignPlan } from '../io/assign.js';
import { loadAthleteState, resolveAthlete } from '../io/athlete-state.js';
import { parseDateOption } from '../io/clock.js';
import { writeTransaction } from '../io/journal/open.js';
import { requirePlan } from '../io/require-plan.js';
import { withJournal } from '../io/with-journal.js';
import { plannedText, unplannedText } from '../render/schedule.js';

export async function runPlanUse(ctx: Context, [file]: unknown[], options: Record<string, unknown>): Promise<number> {
  const loaded = await requirePlan(file as string);
  const start = options.start ? parseDateOption(options.start as string, '--start') : ctx.today;
  const result = await withJournal(ctx, { create: false }, (db) =>
    writeTransaction(db, () => {
      const athlete = resolveAthlete(db, ctx);
      const status = athlete.status === 'prospect' ? 'draft' : 'active';
      return { athlete: athlete.id, ...assignPlan(db, ctx, { athlete: athlete.id, file: file as string, loaded, status, start, restart: Boolean(options.restart) }) };
    }),
  );
  if (ctx.options.json) printJson(ctx, result);
  else {
    const what = {
      assigned: `now on ${result.plan}, starting ${result.start}`,
      resumed: `back on ${result.plan}, resuming where it stopped (started ${result.start})`,
      restarted: `restarted ${result.plan} from its first stage on ${result.start}`,
      unchanged: `already on ${result.plan}`,
    }[result.outcome];
    ctx.out(`${result.athlete}: ${what}.${result.previous ? ` ${result.previous} is kept, with its progress, for later.` : ''}`);
  }
  return 0;
}

export async function runPlanShow(ctx: Context): Promise<number> {
  const shown = await withJournal(ctx, { readOnly: true }, async (db) => {
    const state = await loadAthleteState(db, ctx);
    const { plan, resolver } = state;
    const current = state.stageOn(ctx.today);
    const monday = mondayOf(ctx.today);
    const replanned = [...resolver.layers].reverse().find((l) => l.kind === 'strategic')?.layout ?? [];
    return {
      athlete: state.athlete.id,
      plan: { id: plan.id, name: plan.name, path: state.assignment.plan_path, start: state.assignment.start_date },
      goal: plan.goal ? { ...plan.goal, title: state.goal!.title, downgraded_from: state.goal!.downgradedFrom ?? null } : null,
      stage: current.id,
      ladder: plan.stages.map((s) => ({ id: s.id, description: s.description ?? null, min_weeks: s.minWeeks, current: s.id === current.id })),
      phases: resolver.windows.map((w) => {
        // The latest applied strategic repair may have moved this phase.
        const moved = replanned.find((e) => e.phase === w.phase.id);
        const from = moved?.start ?? w.start;
        const to = moved?.end ?? w.end;
        return { id: w.phase.id, type: w.phase.type, from, to, weeks: (daysBetween(from, to) + 1) / 7, protected: w.phase.protected, intent: w.phase.intent ?? null, repaired: Boolean(moved && (moved.start !== w.start || moved.end !== w.end)) };
      }),
      week: Array.from({ length: 7 }, (_, i) => resolver.day(addDays(monday, i))),
    };
  });
  if (ctx.options.json) {
    printJson(ctx, shown);
    return 0;
  }
  const t = ctx.theme;
  const lines = [t.bold(`${shown.plan.name}`) + t.dim(` (${shown.plan.id}, started ${shown.plan.start})`)];
  if (shown.goal) {
    const was = shown.goal.downgraded_from ? t.dim(` (changed from "${shown.goal.downgraded_from}" by a repair)`) : shown.goal.fallback ? t.dim(` (fallback: ${shown.goal.fallback})`) : '';
    lines.push(`Goal: ${shown.goal.title}${shown.goal.date ? ` on ${shown.goal.date}` : ''}${was}`);
  }
  lines.push('', 'Ladder:');
  for (const s of shown.ladder) lines.push(`  ${s.current ? t.green('▶') : ' '} ${s.id}${s.description ? t.dim(` — ${s.description}`) : ''}`);
  if (shown.phases.length) {
    lines.push('', 'Phases:');
    for (const p of shown.phases) lines.push(`  ${p.id.padEnd(12)} ${p.from} → ${p.to}  ${p.weeks} wk${p.protected ? ' (protected)' : ''}${p.repaired ? ' (re-planned)' : ''}${p.intent ? t.dim(` — ${p.intent}`) : ''}`);
  }
  lines.push('', 'This week:');
  for (const d of shown.week) lines.push(`  ${d.date}  ${d.planned ? plannedText(d.planned) : t.dim(unplannedText(d))}`);
  ctx.out(lines.join('\n'));
  return 0;
}
