// What a planned session is on a given date (SPEC §2.1). Pure: the athlete's start,
// stage and sequence position come in as arguments.
import { addDays, daysBetween, eachDay, mondayOf, weekdayOf, type IsoDate } from '../dates.js';
import type { BlockIntent, SessionType, Variant } from './vocabulary.js';
import type { DaySpec, Item, Plan, Stage } from './model.js';
import { blockIntent, layoutPhases, phaseAt, weeklyTarget, type PhasePosition, type PhaseWindow } from './phases.js';
import { itemMinutes, variantItems } from './variants.js';
import type { Wait } from './sequence.js';

export interface PlannedSession {
  type: SessionType;
  session: string | null;
  variant: Variant;
  minutes: number;
  optional: boolean;
  items: Item[];
  /** Sequence plans: the name of the day in `days` (Push, Pull, …). */
  day?: string;
}

export interface ScheduleDay {
  date: IsoDate;
  week: number | null;
  phase: string | null;
  block: BlockIntent | null;
  stage: string | null;
  planned: PlannedSession | null;
  /** A coach skipped this day's session, or a repair covered it (it counts as neither planned nor missed). */
  skipped?: boolean;
  /** The skip is time away covered by an applied repair (SPEC §6.3 "repaired away"). */
  repaired_away?: boolean;
  /** Sequence plans: the session here waited for the athlete over several days (SPEC §6.3). */
  wait?: Wait;
}

export interface AthleteContext {
  /** The athlete's real start date on this plan (weeks count from its Monday; nothing is planned before it). */
  start: IsoDate;
  /** The stage the athlete is at on a date. */
  stageOn: (date: IsoDate) => Stage;
  /** Sequence plans: the position in `days` on a date (default: one step a day from the start). */
  sequenceIndexOn?: (date: IsoDate) => number;
  /** Sequence plans: the wait a date belongs to (a session left waiting over several days). */
  sequenceWaitOn?: (date: IsoDate) => Wait;
  /** The athlete's own load target for an exercise on a date (set by reviews, SPEC §6.4). */
  targetLoad?: (exercise: string, date: IsoDate) => string | undefined;
}

/** Replace plan loads with the athlete's targets; the plan itself is never rewritten. */
export function withTargets(items: Item[], date: IsoDate, targetLoad: AthleteContext['targetLoad']): Item[] {
  if (!targetLoad) return items;
  return items.map((item) => {
    if (item.load === undefined) return item;
    const load = targetLoad(item.exercise, date);
    return load === undefined ? item : { ...item, load };
  });
}

const REST_DAY: DaySpec = { type: 'rest', optional: false };

/** Context for previewing a plan without a journal: one stage, start this week. */
export function previewContext(plan: Plan, start: IsoDate, stageId?: string): AthleteContext {
  const stage = plan.stages.find((s) => s.id === stageId) ?? plan.stages[0]!;
  return { start, stageOn: () => stage };
}

export function planEnd(plan: Plan, windows: PhaseWindow[]): IsoDate | null {
  if (plan.goal?.date) return plan.goal.date;
  // Phases without a goal date make a finite calendar plan; without phases it is open-ended.
  return windows.length ? windows[windows.length - 1]!.end : null;
}

export function sessionNameFor(plan: Plan, day: DaySpec): string | null {
  if (day.type === 'rest') return null;
  if (day.session) return day.session;
  return plan.sessions[day.type] ? day.type : null;
}

/** Minutes before weekly scaling and volume: the day's, else the stage's, else the items'. */
export function baseMinutes(plan: Plan, day: DaySpec, stage: Stage): number {
  if (day.type === 'rest') return 0;
  if (day.minutes !== undefined) return day.minutes;
  const byStage = stage.minutes[day.type];
  if (byStage !== undefined) return byStage;
  const name = sessionNameFor(plan, day);
  const session = name ? plan.sessions[name] : undefined;
  return (session && itemMinutes(session.standard)) ?? 0;
}

/** Whole minutes; anything that has minutes keeps at least one. */
export function roundMinutes(value: number): number {
  return value > 0 ? Math.max(1, Math.round(value)) : 0;
}

/** Item minutes scaled with their session, rounded (derived variants carry fractions). */
export function scaleItems(items: Item[], factor: number): Item[] {
  return items.map((i) => (i.minutes === undefined ? i : { ...i, minutes: roundMinutes(i.minutes * factor) }));
}

export function buildPlanned(plan: Plan, day: DaySpec, stage: Stage, weeklyFactor: number, variant: Variant = 'standard'): PlannedSession {
  const sessionName = sessionNameFor(plan, day);
  const session = sessionName ? plan.sessions[sessionName] : undefined;
  const factor = (day.optional ? 1 : weeklyFactor) * stage.volume;
  const planned: PlannedSession = {
    type: day.type,
    session: sessionName,
    variant,
    minutes: roundMinutes(baseMinutes(plan, day, stage) * factor),
    optional: day.optional,
    items: session ? scaleItems(variantItems(session, variant, stage), factor) : [],
  };
  if (day.name !== undefined) planned.day = day.name;
  return planned;
}

/** Resolves schedules for one plan and athlete; caches per-week scaling factors. */
export class ScheduleResolver {
  readonly windows: PhaseWindow[];
  readonly startMonday: IsoDate;
  readonly end: IsoDate | null;
  private readonly factors = new Map<string, number>();

  constructor(
    readonly plan: Plan,
    readonly ctx: AthleteContext,
  ) {
    this.startMonday = mondayOf(ctx.start);
    this.windows = layoutPhases(plan, ctx.start);
    this.end = planEnd(plan, this.windows);
  }

  inPlan(date: IsoDate): boolean {
    return date >= this.startMonday && (this.end === null || date <= this.end);
  }

  daySpec(date: IsoDate, stage: Stage, position: PhasePosition | null): DaySpec {
    const plan = this.plan;
    if (plan.schedule === 'sequence') {
      const n = plan.days.length;
      const index = this.ctx.sequenceIndexOn ? this.ctx.sequenceIndexOn(date) : daysBetween(this.startMonday, date) % n;
      return plan.days[index]!;
    }
    const template = stage.weekTemplate ?? position?.window.phase.weekTemplate ?? plan.weekTemplate;
    return template?.[weekdayOf(date)] ?? REST_DAY;
  }

  /**
   * One factor per phase week that has a weekly_minutes target (SPEC §2.1 "Minutes").
   * Phases are whole ISO weeks, so every day of the week shares the position.
   */
  weeklyFactor(date: IsoDate, position: PhasePosition | null): number {
    if (!position) return 1;
    const target = weeklyTarget(position.window.phase, position.weekIndex);
    if (target === undefined) return 1;
    const monday = mondayOf(date);
    const key = `${monday}:${position.window.phase.id}:${position.weekIndex}`;
    const cached = this.factors.get(key);
    if (cached !== undefined) return cached;
    let sum = 0;
    for (let i = 0; i < 7; i++) {
      const d = addDays(monday, i);
      if (!this.inPlan(d)) continue;
      const stage = this.ctx.stageOn(d);
      const spec = this.daySpec(d, stage, position);
      if (!spec.optional) sum += baseMinutes(this.plan, spec, stage);
    }
    const factor = sum > 0 ? target / sum : 1;
    this.factors.set(key, factor);
    return factor;
  }

  /** The backbone day; `position` re-plans it as a given phase week (strategic repairs). */
  day(date: IsoDate, positionOverride?: PhasePosition | null): ScheduleDay {
    if (!this.inPlan(date)) return { date, week: null, phase: null, block: null, stage: null, planned: null };
    const stage = this.ctx.stageOn(date);
    const position = positionOverride !== undefined ? positionOverride : phaseAt(this.windows, date);
    const spec = this.daySpec(date, stage, position);
    const planned = buildPlanned(this.plan, spec, stage, this.weeklyFactor(date, position));
    planned.items = withTargets(planned.items, date, this.ctx.targetLoad);
    const day: ScheduleDay = {
      date,
      week: Math.floor(daysBetween(this.startMonday, date) / 7) + 1,
      phase: position?.window.phase.id ?? null,
      block: position ? blockIntent(position.window.phase, position.weekIndex) : null,
      stage: stage.id,
      planned,
    };
    // SPEC §4 schedule (v1.1 §6.3): nothing is planned before the real start — the week
    // still counts from its Monday, but a Wednesday starter has no Monday session.
    if (date < this.ctx.start) day.planned = null;
    const wait = this.plan.schedule === 'sequence' ? this.ctx.sequenceWaitOn?.(date) : undefined;
    if (wait && wait.since !== wait.until) day.wait = wait;
    return day;
  }
}

export function resolveSchedule(plan: Plan, ctx: AthleteContext, from: IsoDate, to: IsoDate): ScheduleDay[] {
  const resolver = new ScheduleResolver(plan, ctx);
  return [...eachDay(from, to)].map((d) => resolver.day(d));
}

/**
 * The schedule as the athlete sees it (SPEC §4 schedule/week/today, v1.1): a session
 * that waited shows once — on the day it was done, or today while it still waits —
 * not on every day it waited. The days it waited past show it moved on (`moved_to`).
 */
export function showWaitOnce<D extends { date: IsoDate; planned: PlannedSession | null; wait?: Wait }>(day: D): D & { moved_to?: IsoDate } {
  if (!day.wait || !day.planned || day.date >= day.wait.until) return day;
  return { ...day, planned: { type: 'rest', session: null, variant: 'standard', minutes: 0, optional: false, items: [] }, moved_to: day.wait.until };
}
