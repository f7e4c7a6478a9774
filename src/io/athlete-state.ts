// Everything a command needs to know about one athlete: who (SPEC §4 --athlete
// rules), their active plan (as edited now, or as stored if the file is gone),
// stage history and sequence position — the inputs the pure core is given.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mondayOf, type IsoDate } from '../core/dates.js';
import type { Plan, Stage } from '../core/plan/model.js';
import type { AthleteContext } from '../core/plan/resolve.js';
import { ScheduleResolver } from '../core/plan/resolve.js';
import { sequencePositionOn } from '../core/plan/sequence.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { activeAssignment, getAthlete, listAthletes, planVersionText, stageChanges, type AssignmentRow, type AthleteRow, type StageChangeRow } from './journal/athletes.js';
import type { Db } from './journal/open.js';
import { loadPlanText } from './plan-file.js';

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** --athlete, else $REGIMEN_ATHLETE, else the journal's only active athlete. */
export function resolveAthlete(db: Db, ctx: Context): AthleteRow {
  const id = ctx.options.athlete ?? ctx.env.REGIMEN_ATHLETE;
  if (id) {
    const athlete = getAthlete(db, id);
    if (!athlete) {
      const ids = listAthletes(db).map((a) => a.id);
      throw new UsageError(`unknown athlete "${id}"`, ids.length ? `athletes in this journal: ${ids.join(', ')}` : 'run `regimen init` to add one');
    }
    return athlete;
  }
  const active = listAthletes(db).filter((a) => a.status === 'active');
  if (active.length === 1) return active[0]!;
  if (active.length === 0) throw new UsageError('this journal has no active athlete', 'run `regimen init`, or `regimen athlete activate ID`');
  throw new UsageError(`several active athletes: ${active.map((a) => a.id).join(', ')}`, 'choose one with --athlete ID or $REGIMEN_ATHLETE');
}

export interface PlanSource {
  plan: Plan;
  text: string;
  hash: string;
  /** Set when the file could not be used and the stored copy was used instead. */
  fallbackReason?: string;
}

/** The plan as it is now on disk (edits apply to the future), else the stored version. */
export function loadAssignedPlan(db: Db, assignment: AssignmentRow): PlanSource {
  let reason: string;
  try {
    const bytes = readFileSync(assignment.plan_path);
    const loaded = loadPlanText(assignment.plan_path, bytes);
    if (loaded.plan) return { plan: loaded.plan, text: loaded.text, hash: hashText(loaded.text) };
    const first = loaded.diagnostics.find((d) => d.severity === 'error')!;
    reason = `${assignment.plan_path} has errors now (${first.line}:${first.col} ${first.message})`;
  } catch {
    reason = `${assignment.plan_path} cannot be read`;
  }
  const stored = planVersionText(db, assignment.plan_hash);
  const loaded = stored === undefined ? undefined : loadPlanText(assignment.plan_path, Buffer.from(stored));
  if (!loaded?.plan) throw new UsageError(`${reason}, and no usable stored copy exists`, `fix the file, or assign a plan with \`regimen plan use FILE\``);
  return { plan: loaded.plan, text: loaded.text, hash: assignment.plan_hash, fallbackReason: `${reason}; using the copy stored on ${assignment.created_at.slice(0, 10)}` };
}

export function stageLookup(plan: Plan, changes: StageChangeRow[]): (date: IsoDate) => Stage {
  const first = plan.stages[0]!;
  return (date) => {
    let id: string | undefined;
    for (const c of changes) if (c.effective_date <= date) id = c.stage;
    return (id && plan.stages.find((s) => s.id === id)) || first;
  };
}

export interface AthleteState {
  athlete: AthleteRow;
  assignment: AssignmentRow;
  source: PlanSource;
  plan: Plan;
  changes: StageChangeRow[];
  stageOn: (date: IsoDate) => Stage;
  /** Sequence plans: position in `days` on a date (up to today; later days project forward). */
  sequenceIndexOn: (date: IsoDate) => number;
  resolver: ScheduleResolver;
}

export function athleteContext(plan: Plan, assignment: AssignmentRow, stageOn: (d: IsoDate) => Stage, today: IsoDate): { ctx: AthleteContext; sequenceIndexOn: (d: IsoDate) => number } {
  const anchor = { date: assignment.seq_anchor_date ?? mondayOf(assignment.start_date), index: assignment.seq_anchor_index ?? 0 };
  const sequenceIndexOn = (d: IsoDate) => (plan.schedule === 'sequence' && plan.days.length ? sequencePositionOn(plan.days, anchor, d) : 0);
  const ctx: AthleteContext = { start: assignment.start_date, stageOn };
  if (plan.schedule === 'sequence') ctx.sequenceAnchor = { date: today, index: sequenceIndexOn(today) };
  return { ctx, sequenceIndexOn };
}

/** The athlete and their active plan, or a usage error that says what to do. */
export function loadAthleteState(db: Db, ctx: Context, athlete = resolveAthlete(db, ctx)): AthleteState {
  const assignment = activeAssignment(db, athlete.id);
  if (!assignment) {
    throw new UsageError(`athlete ${athlete.id} has no active plan yet`, 'pick one with `regimen plan use plans/gentle-foundations.yaml` (see plans/ for more)');
  }
  const source = loadAssignedPlan(db, assignment);
  if (source.fallbackReason) ctx.err(`note: ${source.fallbackReason}`);
  const changes = stageChanges(db, assignment.id);
  const stageOn = stageLookup(source.plan, changes);
  const { ctx: athleteCtx, sequenceIndexOn } = athleteContext(source.plan, assignment, stageOn, ctx.today);
  return { athlete, assignment, source, plan: source.plan, changes, stageOn, sequenceIndexOn, resolver: new ScheduleResolver(source.plan, athleteCtx) };
}
