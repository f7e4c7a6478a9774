// The athlete's state laid over a plan (SPEC §3, §6): the stage in force on a date,
// the load targets in effect, the sequence position, the layers applied proposals
// left, and the goal as an honesty protocol changed it. Pure: the journal's rows
// come in as arguments.
import { mondayOf, type IsoDate } from '../dates.js';
import type { Plan, Stage } from '../plan/model.js';
import { ScheduleResolver, type AthleteContext } from '../plan/resolve.js';
import { sequenceReplay, type SequenceLog, type Wait } from '../plan/sequence.js';
import { VersionedBackbone, type Backbone, type PlanVersionSpan } from '../plan/versions.js';
import { LayeredSchedule, type Layer } from './layers.js';

/** A stage change as the journal keeps it: the stage in force from a date on. */
export interface StageChange {
  stage: string;
  effective_date: IsoDate;
}

/** The stage in force on a date: the latest change on or before it, else the plan's first stage. */
export function stageLookup(plan: Plan, changes: readonly StageChange[]): (date: IsoDate) => Stage {
  const first = plan.stages[0]!;
  return (date) => {
    let id: string | undefined;
    for (const c of changes) if (c.effective_date <= date) id = c.stage;
    return (id && plan.stages.find((s) => s.id === id)) || first;
  };
}

/** A load target set by a review, in effect from a date on. */
export interface LoadTarget {
  exercise: string;
  load: string;
  effective_date: IsoDate;
}

/** The latest target for each exercise that is in effect on a date (names match case-insensitively). */
export function targetLookup(rows: readonly LoadTarget[]): AthleteContext['targetLoad'] {
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
  assignment: { start_date: IsoDate },
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

/** What an applied proposal left behind, as far as the schedule and the goal are concerned. */
export interface AppliedProposalBody {
  /** The plan (by id) the proposal was made for; absent on proposals stored before it was kept. */
  plan?: string;
  layer?: Layer | null;
  layers?: Layer[];
  disruption?: { from: string; to: string } | null;
  honesty?: { goal?: { from: string; to: string | null } | null } | null;
}

export interface GoalChange {
  from: string;
  to: string;
}

/**
 * Applied repairs and adjustments (oldest first) as layers, and the latest goal change
 * among them. Only those made for `plan` count: a repair, a coach's change or a goal
 * downgrade describes that plan's days, and stays with it when the athlete moves to
 * another plan (SPEC §4 plan use: the previous plan keeps its progress). A proposal
 * stored before the plan was kept with it applies as it always did.
 */
export function layersFromProposals(bodies: readonly AppliedProposalBody[], plan?: string): { layers: Layer[]; goalChange: GoalChange | null } {
  const layers: Layer[] = [];
  let goalChange: GoalChange | null = null;
  for (const body of bodies) {
    if (plan !== undefined && body.plan !== undefined && body.plan !== plan) continue;
    // Repairs stored before v1.1 did not carry their time away in the layer: it is repaired away all the same (SPEC §6.3).
    const l = body.layer;
    if (l && (l.kind === 'slide' || l.kind === 'strategic') && !l.away && body.disruption)
      layers.push({ ...l, away: { from: body.disruption.from, to: body.disruption.to } });
    else if (l) layers.push(l);
    if (body.layers) layers.push(...body.layers);
    const g = body.honesty?.goal;
    if (g?.to) goalChange = { from: g.from, to: g.to };
  }
  return { layers, goalChange };
}

export interface EffectiveGoal {
  title: string;
  date?: string;
  downgradedFrom?: string;
}

/** The plan's goal, as changed by an applied honesty protocol if it was (SPEC §6.5). */
export function effectiveGoal(plan: Plan, goalChange: GoalChange | null): EffectiveGoal | null {
  if (!plan.goal) return null;
  return goalChange ? { title: goalChange.to, date: plan.goal.date, downgradedFrom: goalChange.from } : { title: plan.goal.title, date: plan.goal.date };
}

export interface AthleteScheduleInput {
  /** The plan in force now, and its hash. */
  plan: Plan;
  hash: string;
  assignment: { start_date: IsoDate };
  changes: readonly StageChange[];
  targets: readonly LoadTarget[];
  /** Sequence plans: this assignment's logs since its (re)start date. */
  logs: SequenceLog[];
  today: IsoDate;
  /** The plan versions in force over the assignment, the current one included (SPEC §3). */
  spans: readonly PlanVersionSpan[];
  /** Earlier versions by hash; undefined for one this program can no longer read. */
  storedPlans: ReadonlyMap<string, Plan | undefined>;
  layers: Layer[];
}

export interface AthleteSchedule {
  stageOn: (date: IsoDate) => Stage;
  sequenceIndexOn: (date: IsoDate) => number;
  waitOn: (date: IsoDate) => Wait;
  targetLoad: AthleteContext['targetLoad'];
  /** The effective schedule: backbone, stage history, targets, applied repairs and adjustments. */
  resolver: LayeredSchedule;
  /** The hash of the plan version in force on a date: what a session logged then was planned with. */
  planHashOn: (date: IsoDate) => string;
}

/** The hashes of earlier plan versions whose plans `athleteSchedule` needs. */
export function earlierVersions(spans: readonly PlanVersionSpan[], hash: string): string[] {
  return [...new Set(spans.map((s) => s.hash).filter((h) => h !== hash))];
}

/** The athlete's effective schedule: each day resolved with the plan version in force on it, then the layers. */
export function athleteSchedule(input: AthleteScheduleInput): AthleteSchedule {
  const { plan, hash, assignment, changes, logs, today, spans } = input;
  const stageOn = stageLookup(plan, changes);
  const targetLoad = targetLookup(input.targets);
  const { ctx, sequenceIndexOn, waitOn } = athleteContext(plan, assignment, stageOn, today, targetLoad, logs);
  const current = new ScheduleResolver(plan, ctx);
  let backbone: Backbone = current;
  let planHashOn = (_date: IsoDate) => hash;
  if (spans.some((s) => s.hash !== hash)) {
    // Edited since it started: each day resolves with the version in force on it.
    const resolvers = new Map<string, ScheduleResolver>([[hash, current]]);
    for (const span of spans) {
      if (resolvers.has(span.hash)) continue;
      const earlier = input.storedPlans.get(span.hash);
      // A stored version this program can no longer read falls back to the plan as it is.
      if (!earlier) resolvers.set(span.hash, current);
      else
        resolvers.set(
          span.hash,
          new ScheduleResolver(earlier, athleteContext(earlier, assignment, stageLookup(earlier, changes), today, targetLoad, logs).ctx),
        );
    }
    const versioned = new VersionedBackbone(spans.map((span) => ({ span, resolver: resolvers.get(span.hash)! })));
    backbone = versioned;
    planHashOn = (date) => versioned.hashOn(date);
  }
  return { stageOn, sequenceIndexOn, waitOn, targetLoad, resolver: new LayeredSchedule(backbone, input.layers), planHashOn };
}
