// Everything a command needs to know about one athlete: who (SPEC §4 --athlete
// rules), their active plan (as edited now, or as stored if the file is gone),
// stage history and sequence position — the inputs the pure core is given.
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import type { IsoDate } from '../core/dates.js';
import type { Plan, Stage } from '../core/plan/model.js';
import type { AthleteContext } from '../core/plan/resolve.js';
import type { SequenceLog, Wait } from '../core/plan/sequence.js';
import { sessionsBetween } from './journal/daily.js';
import { readRegularFile } from './regular-file.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import {
  activeAssignment,
  cachedPlan,
  getAthlete,
  listAthletes,
  planVersionText,
  stageChanges,
  type AssignmentRow,
  type AthleteRow,
  type StageChangeRow,
} from './journal/athletes.js';
import type { Db } from './journal/open.js';
import { targetsOf } from './journal/reviews.js';
import { appliedProposals, proposalBody } from './journal/proposals.js';
import type { Layer, LayeredSchedule } from '../core/schedule/layers.js';
import { athleteSchedule, earlierVersions, effectiveGoal, layersFromProposals, type EffectiveGoal, type GoalChange } from '../core/schedule/athlete-context.js';
import { versionsWithCurrent } from '../core/plan/versions.js';
import { planVersionSpans } from './journal/plan-versions.js';

const requireHere = createRequire(import.meta.url);

/** SHA-256 of a plan text. node:crypto loads only when a file changed (it costs startup time). */
export function hashText(text: string): string {
  const { createHash } = requireHere('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}

/** The athlete with this id, or a usage error listing the ones there are (`none` when there are none). */
export function requireAthlete(db: Db, id: string, none: string): AthleteRow {
  const athlete = getAthlete(db, id);
  if (athlete) return athlete;
  const ids = listAthletes(db).map((a) => a.id);
  throw new UsageError(`unknown athlete "${id}"`, ids.length ? `athletes in this journal: ${ids.join(', ')}` : none);
}

/** --athlete, else $REGIMEN_ATHLETE, else the journal's only active athlete. */
export function resolveAthlete(db: Db, ctx: Context): AthleteRow {
  const id = ctx.options.athlete ?? ctx.env.REGIMEN_ATHLETE;
  if (id) return requireAthlete(db, id, 'run `regimen init` to add one');
  const active = listAthletes(db).filter((a) => a.status === 'active');
  if (active.length === 1) return active[0]!;
  if (active.length === 0) throw new UsageError('this journal has no active athlete', 'run `regimen init`, or `regimen athlete activate ID`');
  throw new UsageError(`several active athletes: ${active.map((a) => a.id).join(', ')}`, 'choose one with --athlete ID or $REGIMEN_ATHLETE');
}

export interface PlanSource {
  plan: Plan;
  hash: string;
  /** The text, when it was read (a cache hit on an unchanged file skips reading it). */
  text?: string;
  /** Size and mtime of the file, to recognise it unchanged next time. */
  stat?: string;
  /** True when this version is newer than the one the assignment knows. */
  changed: boolean;
  /** Set when the file could not be used and the stored copy was used instead. */
  fallbackReason?: string;
}

/** Validate plan text with the full loader (YAML, zod), which only loads when needed. */
async function validatePlanText(path: string, bytes: Buffer) {
  const { loadPlanText } = await import('./validators.js');
  return loadPlanText(path, bytes);
}

export function fileStat(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * The plan as it is now on disk (edits apply to the future), else the stored version.
 * A file unchanged since it was last validated, or any text validated before, is read
 * from the journal's cache, so daily commands skip YAML and schema validation.
 */
export async function loadAssignedPlan(db: Db, assignment: AssignmentRow): Promise<PlanSource> {
  const stat = fileStat(assignment.plan_path);
  if (stat !== undefined && stat === assignment.plan_stat) {
    const cached = cachedPlan(db, assignment.plan_hash);
    if (cached) return { plan: cached, hash: assignment.plan_hash, stat, changed: false };
  }
  let reason: string;
  try {
    const bytes = readRegularFile(assignment.plan_path);
    const text = bytes.toString('utf8');
    const hash = hashText(text);
    const changed = hash !== assignment.plan_hash;
    const cached = cachedPlan(db, hash);
    if (cached) return { plan: cached, text, hash, stat, changed };
    const loaded = await validatePlanText(assignment.plan_path, bytes);
    if (loaded.plan) return { plan: loaded.plan, text, hash, stat, changed };
    const first = loaded.diagnostics.find((d) => d.severity === 'error')!;
    reason = `${assignment.plan_path} has errors now (${first.line}:${first.col} ${first.message})`;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    reason = `${assignment.plan_path} cannot be read`;
  }
  const fallback = `${reason}; using the copy stored in the journal`;
  const cached = cachedPlan(db, assignment.plan_hash);
  if (cached) return { plan: cached, hash: assignment.plan_hash, changed: false, fallbackReason: fallback };
  const stored = planVersionText(db, assignment.plan_hash);
  const loaded = stored === undefined ? undefined : await validatePlanText(assignment.plan_path, Buffer.from(stored));
  if (!loaded?.plan) throw new UsageError(`${reason}, and no usable stored copy exists`, `fix the file, or assign a plan with \`regimen plan use FILE\``);
  return { plan: loaded.plan, text: loaded.text, hash: assignment.plan_hash, changed: false, fallbackReason: fallback };
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
  /** Sequence plans: the wait a date belongs to (SPEC §6.3); weekly plans: the date itself. */
  waitOn: (date: IsoDate) => Wait;
  /** Sequence plans: the logs the positions are replayed from. */
  sequenceLogs: SequenceLog[];
  targetLoad: AthleteContext['targetLoad'];
  /** The effective schedule: backbone, stage history, targets, applied repairs and adjustments. */
  resolver: LayeredSchedule;
  /** The goal as changed by an applied honesty protocol, if it was. */
  goal: EffectiveGoal | null;
  /** The hash of the plan version in force on a date (SPEC §3): what a session logged then was planned with. */
  planHashOn: (date: IsoDate) => string;
}

/** Applied repairs and adjustments made for `plan`, oldest first, and the latest goal change among them. */
export function layersOf(db: Db, athlete: string, plan: string): { layers: Layer[]; goalChange: GoalChange | null } {
  return layersFromProposals(appliedProposals(db, athlete).map(proposalBody), plan);
}

/** The athlete and their active plan, or null when they have none yet. */
export async function athleteStateIfAssigned(db: Db, ctx: Context, athlete: AthleteRow): Promise<AthleteState | null> {
  const assignment = activeAssignment(db, athlete.id);
  return assignment ? loadAthleteState(db, ctx, athlete, assignment) : null;
}

/** The athlete and their active plan, or a usage error that says what to do. */
export async function loadAthleteState(
  db: Db,
  ctx: Context,
  athlete = resolveAthlete(db, ctx),
  assignment = activeAssignment(db, athlete.id),
): Promise<AthleteState> {
  if (!assignment) {
    throw new UsageError(
      `athlete ${athlete.id} has no active plan yet`,
      'pick one with `regimen plan use plans/gentle-foundations.yaml` (see plans/ for more)',
    );
  }
  const source = await loadAssignedPlan(db, assignment);
  if (source.fallbackReason) ctx.err(`note: ${source.fallbackReason}`);
  const plan = source.plan;
  const changes = stageChanges(db, assignment.id);
  // Sequence positions are replayed from this assignment's logs since its (re)start date.
  const logs =
    plan.schedule === 'sequence'
      ? sessionsBetween(db, athlete.id, assignment.start_date, ctx.today).map((s) => ({ date: s.date, index: s.seq_index, status: s.status }))
      : [];
  const { layers, goalChange } = layersOf(db, athlete.id, assignment.plan_id);
  const spans = versionsWithCurrent(planVersionSpans(db, assignment.id), source.hash, ctx.clockToday);
  const storedPlans = new Map<string, Plan | undefined>();
  for (const hash of earlierVersions(spans, source.hash)) storedPlans.set(hash, await storedPlan(db, hash, assignment.plan_path));
  const schedule = athleteSchedule({
    plan,
    hash: source.hash,
    assignment,
    changes,
    targets: targetsOf(db, athlete.id),
    logs,
    today: ctx.today,
    spans,
    storedPlans,
    layers,
  });
  const { stageOn, sequenceIndexOn, waitOn, targetLoad, resolver, planHashOn } = schedule;
  const goal = effectiveGoal(plan, goalChange);
  return { athlete, assignment, source, plan, changes, stageOn, sequenceIndexOn, waitOn, sequenceLogs: logs, targetLoad, resolver, goal, planHashOn };
}

/** A stored plan version, from its normalised cache or by validating its stored text again. */
async function storedPlan(db: Db, hash: string, path: string): Promise<Plan | undefined> {
  const cached = cachedPlan(db, hash);
  if (cached) return cached;
  const text = planVersionText(db, hash);
  return text === undefined ? undefined : (await validatePlanText(path, Buffer.from(text))).plan;
}
