// `regimen plan use FILE` and `regimen plan show` (SPEC §4).
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { addDays, mondayOf, type IsoDate } from '../core/dates.js';
import { effectivePhases } from '../core/schedule/phase-windows.js';
import { assignPlan } from '../io/assign.js';
import { loadAthleteState, resolveAthlete } from '../io/athlete-state.js';
import { parseDateOption } from '../io/clock.js';
import { writeTransaction } from '../io/journal/open.js';
import { requirePlan } from '../io/require-plan.js';
import { withJournal } from '../io/with-journal.js';
import { renderPlanShow, renderPlanUse } from '../render/plan.js';

/** Commander's raw values → when the plan starts, and whether its progress restarts. */
export function planUseOptions(raw: Record<string, unknown>, today: IsoDate): { start: IsoDate; restart: boolean } {
  return { start: raw.start ? parseDateOption(raw.start as string, '--start') : today, restart: Boolean(raw.restart) };
}

export async function runPlanUse(ctx: Context, [file]: unknown[], raw: Record<string, unknown>): Promise<number> {
  // The plan file's problems come first, as they always have.
  const loaded = await requirePlan(file as string);
  const { start, restart } = planUseOptions(raw, ctx.today);
  const result = await withJournal(ctx, { create: false }, (db) =>
    writeTransaction(db, () => {
      const athlete = resolveAthlete(db, ctx);
      const status = athlete.status === 'prospect' ? 'draft' : 'active';
      return {
        athlete: athlete.id,
        ...assignPlan(db, ctx, { athlete: athlete.id, file: file as string, loaded, status, start, restart }),
      };
    }),
  );
  if (ctx.options.json) printJson(ctx, result);
  else ctx.out(renderPlanUse(result));
  return 0;
}

export async function runPlanShow(ctx: Context): Promise<number> {
  const shown = await withJournal(ctx, { readOnly: true }, async (db) => {
    const state = await loadAthleteState(db, ctx);
    const { plan, resolver } = state;
    const current = state.stageOn(ctx.today);
    const monday = mondayOf(ctx.today);
    return {
      athlete: state.athlete.id,
      plan: { id: plan.id, name: plan.name, path: state.assignment.plan_path, start: state.assignment.start_date },
      goal: plan.goal ? { ...plan.goal, title: state.goal!.title, downgraded_from: state.goal!.downgradedFrom ?? null } : null,
      stage: current.id,
      ladder: plan.stages.map((s) => ({ id: s.id, description: s.description ?? null, min_weeks: s.minWeeks, current: s.id === current.id })),
      phases: effectivePhases(resolver.windows, resolver.layers).map(({ window: { phase }, from, to, weeks, repaired }) => ({
        id: phase.id,
        type: phase.type,
        from,
        to,
        weeks,
        protected: phase.protected,
        intent: phase.intent ?? null,
        repaired,
      })),
      week: Array.from({ length: 7 }, (_, i) => resolver.day(addDays(monday, i))),
    };
  });
  if (ctx.options.json) {
    printJson(ctx, shown);
    return 0;
  }
  ctx.out(renderPlanShow(shown, ctx.theme));
  return 0;
}
