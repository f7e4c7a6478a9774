// `regimen schedule` (SPEC §4): the effective planned schedule, day by day.
// This is the plan-only form (`--plan FILE`): a preview at one stage from a start date.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { addDays, daysBetween, eachDay, mondayOf, type IsoDate } from '../core/dates.js';
import type { Plan } from '../core/plan/model.js';
import { previewContext, resolveSchedule, showWaitOnce, type ScheduleDay } from '../core/plan/resolve.js';
import { intOption } from '../io/validate-input.js';
import { dayMark } from '../core/schedule/changed-by.js';
import { UsageError } from '../errors.js';
import { parseDateOption } from '../io/clock.js';
import { requirePlan } from '../io/require-plan.js';
import { loadAthleteState } from '../io/athlete-state.js';
import { withJournal } from '../io/with-journal.js';
import { renderScheduleText } from '../render/schedule.js';

/** Commander's raw values for the range (`--from`, `--to`, `--weeks`). */
interface RangeFlags {
  from?: string;
  to?: string;
  weeks?: string;
}

export interface ScheduleOptions {
  from: IsoDate;
  to: IsoDate;
  /** Previewing a plan file only: the assumed start and stage. */
  start: IsoDate;
  stage?: string;
}

const MAX_DAYS = 366 * 3;

export function scheduleRange(today: IsoDate, opts: RangeFlags): { from: IsoDate; to: IsoDate } {
  const from = opts.from ? parseDateOption(opts.from, '--from') : mondayOf(today);
  let to: IsoDate;
  if (opts.to) to = parseDateOption(opts.to, '--to');
  else {
    const weeks = intOption(opts.weeks, '--weeks', 1, 156) ?? 2;
    to = addDays(from, weeks * 7 - 1);
  }
  if (to < from) throw new UsageError(`--to ${to} is before --from ${from}`);
  if (daysBetween(from, to) >= MAX_DAYS) throw new UsageError(`the range ${from}..${to} is too long`, `ask for at most ${MAX_DAYS} days`);
  return { from, to };
}

function stageFor(plan: Plan, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  if (!plan.stages.some((s) => s.id === id)) {
    throw new UsageError(`--stage "${id}" is not a stage of plan ${plan.id}`, `stages: ${plan.stages.map((s) => s.id).join(', ')}`);
  }
  return id;
}

export interface ScheduleResult {
  athlete: string | null;
  plan: string;
  from: IsoDate;
  to: IsoDate;
  days: ScheduleDay[];
}

/**
 * Commander's raw values → checked schedule options. With `--plan` the plan is read
 * first (its problems are reported before the flags'), and `--stage` is checked against it.
 */
export function scheduleOptions(raw: Record<string, unknown>, today: IsoDate, plan?: Plan): ScheduleOptions {
  if (!plan && (raw.start || raw.stage))
    throw new UsageError('--start and --stage are for previewing a plan file', 'add --plan FILE, or drop them to see your own schedule');
  const start = raw.start ? parseDateOption(raw.start as string, '--start') : today;
  const stage = plan ? stageFor(plan, raw.stage as string | undefined) : undefined;
  return { ...scheduleRange(today, raw as RangeFlags), start, stage };
}

/** The athlete's effective schedule from the journal: stage history and position applied. */
async function runJournalSchedule(ctx: Context, opts: ScheduleOptions): Promise<number> {
  const { from, to } = opts;
  const result = await withJournal(ctx, { readOnly: true }, async (db) => {
    const state = await loadAthleteState(db, ctx);
    const dates = [...eachDay(from, to)];
    const marks = new Map(dates.map((d) => [d, dayMark(state.resolver, d)] as const));
    return {
      plan: state.plan,
      marks,
      out: { athlete: state.athlete.id, plan: state.plan.id, from, to, days: dates.map((d) => showWaitOnce(state.resolver.day(d))) },
    };
  });
  if (ctx.options.json) printJson(ctx, result.out);
  else ctx.out(renderScheduleText(result.out, result.plan, ctx.theme, result.marks));
  return 0;
}

export async function runSchedule(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  if (!raw.plan) return runJournalSchedule(ctx, scheduleOptions(raw, ctx.today));
  const { plan } = await requirePlan(raw.plan as string);
  const { start, stage, from, to } = scheduleOptions(raw, ctx.today, plan);
  const result: ScheduleResult = { athlete: null, plan: plan.id, from, to, days: resolveSchedule(plan, previewContext(plan, start, stage), from, to) };
  if (ctx.options.json) printJson(ctx, result);
  else ctx.out(renderScheduleText(result, plan, ctx.theme));
  return 0;
}
