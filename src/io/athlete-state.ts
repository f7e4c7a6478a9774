// Everything a command needs to know about one athlete: who (SPEC §4 --athlete
// rules), their active plan (as edited now, or as stored if the file is gone),
// stage history and sequence position — the inputs the pure core is given.
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { mondayOf, type IsoDate } from '../core/dates.js';
import type { Plan, Stage } from '../core/plan/model.js';
import type { AthleteContext } from '../core/plan/resolve.js';
import { ScheduleResolver } from '../core/plan/resolve.js';
import { sequenceReplay, type SequenceLog, type Wait } from '../core/plan/sequence.js';
import { sessionsBetween } from './journal/daily.js';
import { readRegularFile } from './regular-file.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { activeAssignment, cachedPlan, getAthlete, listAthletes, planVersionText, stageChanges, type AssignmentRow, type AthleteRow, type StageChangeRow } from './journal/athletes.js';
import type { Db } from './journal/open.js';
import { targetsOf, type TargetRow } from './journal/reviews.js';
import { appliedProposals } from './journal/proposals.js';
import { LayeredSchedule, type Layer } from '../core/schedule/layers.js';
import { VersionedBackbone, versionsWithCurrent, type Backbone } from '../core/plan/versions.js';
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
  /** Sequence plans: the wait a date belongs to (SPEC §6.3); weekly plans: the date itself. */
  waitOn: (date: IsoDate) => Wait;
  /** Sequence plans: the logs the positions are replayed from. */
  sequenceLogs: SequenceLog[];
  targetLoad: AthleteContext['targetLoad'];
  /** The effective schedule: backbone, stage history, targets, applied repairs and adjustments. */
  resolver: LayeredSchedule;
  /** The goal as changed by an applied honesty protocol, if it was. */
  goal: { title: string; date?: string; downgradedFrom?: string } | null;
  /** The hash of the plan version in force on a date (SPEC §3): what a session logged then was planned with. */
  planHashOn: (date: IsoDate) => string;
}

/** Applied repairs and adjustments, oldest first, and the latest goal change among them. */
export function layersOf(db: Db, athlete: string): { layers: Layer[]; goalChange: { from: string; to: string } | null } {
  const layers: Layer[] = [];
  let goalChange: { from: string; to: string } | null = null;
  for (const row of appliedProposals(db, athlete)) {
    const body = JSON.parse(row.body) as { layer?: Layer | null; layers?: Layer[]; disruption?: { from: string; to: string } | null; honesty?: { goal?: { from: string; to: string | null } | null } };
    // Repairs stored before v1.1 did not carry their time away in the layer: it is repaired away all the same (SPEC §6.3).
    const l = body.layer;
    if (l && (l.kind === 'slide' || l.kind === 'strategic') && !l.away && body.disruption) layers.push({ ...l, away: { from: body.disruption.from, to: body.disruption.to } });
    else if (l) layers.push(l);
    if (body.layers) layers.push(...body.layers);
    const g = body.honesty?.goal;
    if (g?.to) goalChange = { from: g.from, to: g.to };
  }
  return { layers, goalChange };
}

/** The latest target for each exercise that is in effect on a date (names match case-insensitively). */
export function targetLookup(rows: TargetRow[]): AthleteContext['targetLoad'] {
  if (!rows.length) return undefined;
  return (exercise, date) => {
    let load: string | undefined;
    const key = exercise.toLowerCase();
    for (const r of rows) if (r.effective_date <= date && r.exercise.toLowerCase() === key) load = r.load;
    return load;
  };
}

export function athleteContext(
  plan: Plan,
  assignment: AssignmentRow,
  stageOn: (d: IsoDate) => Stage,
  today: IsoDate,
  targetLoad?: AthleteContext['targetLoad'],
  logs: SequenceLog[] = [],
): { ctx: AthleteContext; sequenceIndexOn: (d: IsoDate) => number; waitOn: (d: IsoDate) => Wait } {
  const start = mondayOf(assignment.start_date);
  // Positions replay from the start's Monday; a wait never begins before the real start.
  const replay = plan.schedule === 'sequence' && plan.days.length ? sequenceReplay(plan.days, start, today, logs, assignment.start_date) : null;
  const sequenceIndexOn = replay ? replay.indexOn : () => 0;
  const waitOn = replay ? replay.waitOn : (d: IsoDate) => ({ since: d, until: d });
  const ctx: AthleteContext = { start: assignment.start_date, stageOn, targetLoad, sequenceIndexOn, sequenceWaitOn: replay?.waitOn };
  return { ctx, sequenceIndexOn, waitOn };
}

/** The athlete and their active plan, or null when they have none yet. */
export async function athleteStateIfAssigned(db: Db, ctx: Context, athlete: AthleteRow): Promise<AthleteState | null> {
  const assignment = activeAssignment(db, athlete.id);
  return assignment ? loadAthleteState(db, ctx, athlete, assignment) : null;
}

/** The athlete and their active plan, or a usage error that says what to do. */
export async function loadAthleteState(db: Db, ctx: Context, athlete = resolveAthlete(db, ctx), assignment = activeAssignment(db, athlete.id)): Promise<AthleteState> {
  if (!assignment) {
    throw new UsageError(`athlete ${athlete.id} has no active plan yet`, 'pick one with `regimen plan use plans/gentle-foundations.yaml` (see plans/ for more)');
  }
  const source = await loadAssignedPlan(db, assignment);
  if (source.fallbackReason) ctx.err(`note: ${source.fallbackReason}`);
  const changes = stageChanges(db, assignment.id);
  const stageOn = stageLookup(source.plan, changes);
  const targetLoad = targetLookup(targetsOf(db, athlete.id));
  // Sequence positions are replayed from this assignment's logs since its (re)start date.
  const logs =
    source.plan.schedule === 'sequence'
      ? sessionsBetween(db, athlete.id, assignment.start_date, ctx.today).map((s) => ({ date: s.date, index: s.seq_index, status: s.status }))
      : [];
  const { ctx: athleteCtx, sequenceIndexOn, waitOn } = athleteContext(source.plan, assignment, stageOn, ctx.today, targetLoad, logs);
  const { layers, goalChange } = layersOf(db, athlete.id);
  const plan = source.plan;
  const goal = plan.goal ? (goalChange ? { title: goalChange.to, date: plan.goal.date, downgradedFrom: goalChange.from } : { title: plan.goal.title, date: plan.goal.date }) : null;
  const current = new ScheduleResolver(plan, athleteCtx);
  const spans = versionsWithCurrent(planVersionSpans(db, assignment.id), source.hash, ctx.clockToday);
  let backbone: Backbone = current;
  let planHashOn = (_date: IsoDate) => source.hash;
  if (spans.some((s) => s.hash !== source.hash)) {
    // Edited since it started: each day resolves with the version in force on it.
    const resolvers = new Map<string, ScheduleResolver>([[source.hash, current]]);
    for (const span of spans) {
      if (resolvers.has(span.hash)) continue;
      const earlier = await storedPlan(db, span.hash, assignment.plan_path);
      // A stored version this program can no longer read falls back to the plan as it is.
      if (!earlier) resolvers.set(span.hash, current);
      else resolvers.set(span.hash, new ScheduleResolver(earlier, athleteContext(earlier, assignment, stageLookup(earlier, changes), ctx.today, targetLoad, logs).ctx));
    }
    const versioned = new VersionedBackbone(spans.map((span) => ({ span, resolver: resolvers.get(span.hash)! })));
    backbone = versioned;
    planHashOn = (date) => versioned.hashOn(date);
  }
  const resolver = new LayeredSchedule(backbone, layers);
  return { athlete, assignment, source, plan, changes, stageOn, sequenceIndexOn, waitOn, sequenceLogs: logs, targetLoad, resolver, goal, planHashOn };
}

/** A stored plan version, from its normalised cache or by validating its stored text again. */
async function storedPlan(db: Db, hash: string, path: string): Promise<Plan | undefined> {
  const cached = cachedPlan(db, hash);
  if (cached) return cached;
  const text = planVersionText(db, hash);
  return text === undefined ? undefined : (await validatePlanText(path, Buffer.from(text))).plan;
}
