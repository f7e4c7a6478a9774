// `regimen today` (SPEC §4, §6.1): the backbone first, then today's symptoms modify it.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { adaptSession, todayMessage } from '../core/engine/today.js';
import { previewContext, ScheduleResolver, type ScheduleDay } from '../core/plan/resolve.js';
import type { TodayDecision } from '../core/engine/today.js';
import type { Assessment } from '../core/engine/status.js';
import { athleteStateIfAssigned, resolveAthlete } from '../io/athlete-state.js';
import { readDay } from '../io/day-view.js';
import { lastPerformance } from '../core/daily/last-performance.js';
import { lastWithExercise, sessionExercises } from '../io/journal/daily.js';
import type { Db } from '../io/journal/open.js';
import { requirePlan } from '../io/require-plan.js';
import { expectationLine, weekExpectation } from '../core/engine/expectation.js';
import { readWeekExpectation } from '../io/week-expectation.js';
import { withJournal } from '../io/with-journal.js';
import { renderToday, type TodayView } from '../render/today.js';

function view(ctx: Context, athlete: string | null, day: ScheduleDay, decision: TodayDecision | null, assessment: Assessment | null): TodayView {
  return {
    date: day.date,
    athlete,
    stage: day.stage,
    week: day.week,
    phase: day.phase,
    block: day.block,
    status: decision?.status ?? assessment?.status ?? 'unknown',
    focus: decision?.focus ?? assessment?.focus ?? [],
    planned: day.planned,
    adapted: decision?.adapted ?? null,
    adaptation: decision?.adaptation ?? null,
    reasons: decision?.reasons ?? [],
    last: [],
    message: decision && day.planned ? todayMessage(decision, day.planned, { stage: day.stage ?? '', week: day.week, phase: day.phase }) : '',
  };
}

/** The most recent logged performance of each planned exercise, beside its target. */
function lastPerformances(db: Db, athlete: string, day: ScheduleDay): TodayView['last'] {
  const out: TodayView['last'] = [];
  for (const item of day.planned?.items ?? []) {
    const row = lastWithExercise(db, athlete, item.exercise, day.date);
    if (!row) continue;
    const last = lastPerformance(item.exercise, row.date, sessionExercises(row));
    if (last) out.push(last);
  }
  return out;
}

/** `today --plan FILE` previews a plan file without a journal. */
export const todayOptions = (raw: Record<string, unknown>): { plan?: string } => ({ plan: raw.plan ? String(raw.plan) : undefined });

export async function runToday(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const options = todayOptions(raw);
  if (options.plan) {
    const { plan } = await requirePlan(options.plan);
    const resolver = new ScheduleResolver(plan, previewContext(plan, ctx.today));
    const day = resolver.day(ctx.today);
    const decision = day.planned ? adaptSession({ plan, planned: day.planned, stage: plan.stages[0]!, assessment: null }) : null;
    const v = { ...view(ctx, null, day, decision, null), preview: true };
    const hint = `This is a preview of ${plan.name} at its first stage. To start it for real: regimen init --plan ${options.plan}`;
    if (ctx.options.json) {
      printJson(ctx, v);
      ctx.err(hint);
    } else ctx.out(`${renderToday(v, ctx.theme)}\n\n${ctx.theme.dim(hint)}`);
    return 0;
  }
  const result = await withJournal(ctx, { readOnly: true }, async (db) => {
    const athlete = resolveAthlete(db, ctx);
    const state = await athleteStateIfAssigned(db, ctx, athlete);
    if (!state) return { noPlan: athlete.id } as const;
    const { day, decision, assessment } = readDay(db, state, ctx.today);
    const v = view(ctx, athlete.id, day, decision, assessment);
    v.last = lastPerformances(db, athlete.id, day);
    return { view: v, weekLine: day.planned ? expectationLine(weekExpectation(readWeekExpectation(db, state, ctx.today))) : '' } as const;
  });
  if ('noPlan' in result) {
    const message = `${result.noPlan} has no plan yet. Log what you do with \`regimen log --type TYPE --minutes N\`; after a few sessions \`regimen detect\` turns them into a plan. Or choose one: \`regimen plan use plans/gentle-foundations.yaml\`.`;
    if (ctx.options.json) printJson(ctx, { date: ctx.today, athlete: result.noPlan, planned: null, adapted: null, adaptation: null, message });
    else ctx.out(message);
    return 0;
  }
  if (ctx.options.json) printJson(ctx, result.view);
  else ctx.out(`${renderToday(result.view, ctx.theme)}${result.weekLine ? `\n\n${ctx.theme.dim(result.weekLine)}` : ''}`);
  return 0;
}
