// `regimen athlete add|list|activate|status` (SPEC §4): the athlete lifecycle
// prospect → active ↔ inactive, any → archived; history is kept.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { UsageError } from '../errors.js';
import { assignPlan } from '../io/assign.js';
import { addDays, maxDate, type IsoDate } from '../core/dates.js';
import { buildOverview, type OverviewInput } from '../core/engine/overview.js';
import { loadAthleteState, requireAthlete, type AthleteState } from '../io/athlete-state.js';
import { readHistoryDays } from '../io/history-read.js';
import { latestReview } from '../io/journal/reviews.js';
import { renderOverview } from '../render/overview.js';
import { terminalWidth } from '../io/terminal-width.js';
import { clockTimestamp, parseDateOption } from '../io/clock.js';
import { actorName, appendAudit } from '../io/journal/audit.js';
import {
  activeAssignment,
  draftAssignment,
  getAthlete,
  insertAthlete,
  insertStageChange,
  lastActivity,
  lastLogOnOrBefore,
  listAthletes,
  setAthleteStatus,
  stageChanges,
  updateAssignment,
  type AthleteRow,
  type AthleteStatus,
} from '../io/journal/athletes.js';
import { writeTransaction, type Db } from '../io/journal/open.js';
import { requirePlan } from '../io/require-plan.js';
import { athleteId, choiceOption } from '../io/validate-input.js';
import { withJournal } from '../io/with-journal.js';

const ALLOWED: Record<AthleteStatus, AthleteStatus[]> = {
  prospect: ['active', 'archived'],
  active: ['inactive', 'archived'],
  inactive: ['active', 'archived'],
  archived: [],
};

const requireListed = (db: Db, id: string): AthleteRow => requireAthlete(db, id, 'add one with `regimen athlete add ID --plan FILE`');

export interface AthleteAddOptions {
  id: string;
  name: string;
  status: 'prospect' | 'active';
  start: IsoDate;
  plan: string;
}

/** Commander's raw values (ID and flags) → the athlete to add; a plan is required. */
export function athleteAddOptions([rawId]: unknown[], raw: Record<string, unknown>, today: IsoDate): AthleteAddOptions {
  const id = athleteId(rawId as string);
  const status = choiceOption(raw.status, '--status', ['prospect', 'active'] as const) ?? 'prospect';
  const start = raw.start ? parseDateOption(raw.start as string, '--start') : today;
  if (!raw.plan) throw new UsageError('athlete add needs --plan FILE');
  return { id, name: (raw.name as string | undefined) ?? id, status, start, plan: raw.plan as string };
}

/** `athlete activate ID [--start DATE]`. */
export function athleteActivateOptions([rawId]: unknown[], raw: Record<string, unknown>, today: IsoDate): { id: string; start: IsoDate } {
  return { id: athleteId(rawId as string), start: raw.start ? parseDateOption(raw.start as string, '--start') : today };
}

export async function runAthleteAdd(ctx: Context, args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const options = athleteAddOptions(args, raw, ctx.today);
  const { id, status, start } = options;
  const loaded = await requirePlan(options.plan);
  const result = await withJournal(ctx, { create: true }, (db) =>
    writeTransaction(db, () => {
      if (getAthlete(db, id)) throw new UsageError(`athlete "${id}" already exists`, 'athlete ids are unique; choose another');
      const { name } = options;
      insertAthlete(db, { id, name, status });
      appendAudit(db, {
        athlete: id,
        action: 'athlete.status_changed',
        actor: actorName(ctx.env),
        details: { from: null, to: status, name },
        at: clockTimestamp(ctx.today),
      });
      assignPlan(db, ctx, { athlete: id, file: options.plan, loaded, status: status === 'active' ? 'active' : 'draft', start });
      return { athlete: id, name, status, plan: loaded.plan.id, plan_status: status === 'active' ? 'active' : 'draft' };
    }),
  );
  if (ctx.options.json) printJson(ctx, result);
  else
    ctx.out(
      `Added ${result.athlete} (${result.status}) on ${result.plan}${result.status === 'prospect' ? ' as a draft; `regimen athlete activate ' + id + '` starts it' : ''}.`,
    );
  return 0;
}

function changeStatus(db: Db, ctx: Context, athlete: AthleteRow, to: AthleteStatus, start: string): Record<string, unknown> {
  if (athlete.status === to) return { athlete: athlete.id, from: to, to, changed: false };
  if (!ALLOWED[athlete.status].includes(to)) {
    const allowed = ALLOWED[athlete.status];
    throw new UsageError(
      `athlete ${athlete.id} cannot go from ${athlete.status} to ${to}`,
      allowed.length ? `from ${athlete.status}: ${allowed.join(' or ')}` : 'an archived athlete stays archived',
    );
  }
  const details: Record<string, unknown> = { from: athlete.status, to };
  if (athlete.status === 'prospect' && to === 'active') {
    const draft = draftAssignment(db, athlete.id);
    if (draft) {
      updateAssignment(db, draft.id, { status: 'active', start_date: start });
      // The schedule starts now: the ladder begins at its first rung on the start date.
      const first = stageChanges(db, draft.id)[0]?.stage;
      if (first) insertStageChange(db, { assignmentId: draft.id, stage: first, effectiveDate: start, reason: 'activated' });
      details.plan = draft.plan_id;
      details.start = start;
    }
  }
  setAthleteStatus(db, athlete.id, to);
  appendAudit(db, { athlete: athlete.id, action: 'athlete.status_changed', actor: actorName(ctx.env), details, at: clockTimestamp(ctx.today) });
  return { athlete: athlete.id, ...details, changed: true };
}

export async function runAthleteActivate(ctx: Context, args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const { id, start } = athleteActivateOptions(args, raw, ctx.today);
  const result = await withJournal(ctx, { create: false }, (db) => writeTransaction(db, () => changeStatus(db, ctx, requireListed(db, id), 'active', start)));
  if (ctx.options.json) printJson(ctx, result);
  else ctx.out(result.changed ? `${id} is now active${result.start ? `; ${result.plan} starts ${result.start}` : ''}.` : `${id} is already active.`);
  return 0;
}

export async function runAthleteStatus(ctx: Context, [rawId, rawStatus]: unknown[]): Promise<number> {
  const id = athleteId(rawId as string);
  const to = choiceOption(rawStatus, 'status', ['active', 'inactive', 'archived'] as const)!;
  const result = await withJournal(ctx, { create: false }, (db) => writeTransaction(db, () => changeStatus(db, ctx, requireListed(db, id), to, ctx.today)));
  if (ctx.options.json) printJson(ctx, result);
  else ctx.out(result.changed ? `${id}: ${result.from} → ${to}.` : `${id} is already ${to}.`);
  return 0;
}

export async function runAthleteList(ctx: Context): Promise<number> {
  const today = ctx.today;
  const inputs = await withJournal(ctx, { readOnly: true }, async (db) => {
    const rows: OverviewInput[] = [];
    for (const a of listAthletes(db)) rows.push(await overviewInput(db, ctx, a, today));
    return rows;
  });
  const athletes = buildOverview(inputs, today);
  if (ctx.options.json) printJson(ctx, { athletes });
  else if (!athletes.length) ctx.out('No athletes yet.');
  else ctx.out(renderOverview(athletes, ctx.theme, terminalWidth()));
  return 0;
}

/** What the overview is decided from: the last 14 days, the last log and the last review. */
async function overviewInput(db: Db, ctx: Context, a: AthleteRow, today: string): Promise<OverviewInput> {
  const assignment = activeAssignment(db, a.id) ?? draftAssignment(db, a.id);
  let stage: string | null = null;
  let state: AthleteState | null = null;
  if (assignment) {
    try {
      state = await loadAthleteState(db, ctx, a, assignment);
      stage = state.stageOn(today).id;
    } catch {
      // A plan file that no longer loads still shows the last stage recorded.
      stage = stageChanges(db, assignment.id).at(-1)?.stage ?? null;
    }
  }
  const from = addDays(today, -14);
  const review = latestReview(db, a.id, today);
  return {
    id: a.id,
    name: a.name,
    status: a.status,
    plan: assignment?.plan_id ?? null,
    stage,
    start: assignment?.status === 'active' ? assignment.start_date : null,
    last_activity: lastActivity(db, a.id),
    last_log: lastLogOnOrBefore(db, a.id, today),
    // Only an active athlete's days count: a prospect's draft plan has not started.
    days: state && a.status === 'active' ? readHistoryDays(db, a.id, state, maxDate(from, state.assignment.start_date), today) : [],
    last_review: review ? { week: review.week, decision: review.decision } : null,
  };
}
