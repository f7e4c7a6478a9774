// Repairs and coach adjustments are layers over the backbone (SPEC §6.5, §4 adjust):
// the plan file is never rewritten; the effective schedule is the backbone with each
// applied layer laid on top, in the order they were applied.
import { addDays, daysBetween, mondayOf, type IsoDate } from '../dates.js';
import type { Plan } from '../plan/model.js';
import type { PhaseWindow } from '../plan/phases.js';
import { blockIntent } from '../plan/phases.js';
import { buildPlanned, roundMinutes, scaleItems, withTargets, type PlannedSession, type ScheduleDay } from '../plan/resolve.js';
import type { Backbone } from '../plan/versions.js';
import type { AdjustAction } from '../adjust/actions.js';
import { scaleLoad } from '../adjust/load.js';
import { isPlannedTraining } from '../engine/history.js';

/** The session planned for day D moves to D + gap, up to `to` (the phase end; null: open-ended). */
export interface SlideLayer {
  kind: 'slide';
  from: IsoDate;
  to: IsoDate | null;
  gap: number;
}

/** The current and later phases laid out again from `from`, with a re-entry ramp. */
export interface StrategicLayer {
  kind: 'strategic';
  from: IsoDate;
  layout: { phase: string; start: IsoDate; end: IsoDate }[];
  /** Share of each calendar week's original planned minutes, by Monday. */
  ramp: { monday: IsoDate; share: number }[];
}

/** Injury pivot: the pillar gets 20% of its minutes, mind-body sessions 300%. */
export interface PivotLayer {
  kind: 'pivot';
  site: string;
  pillar: string;
  from: IsoDate;
}

export interface UnpivotLayer {
  kind: 'unpivot';
  site: string;
  from: IsoDate;
}

/**
 * A coach adjustment, kept as the action itself and worked out when the schedule is
 * read, so a later stage change, load target or repair still reaches the day.
 */
export interface AdjustLayer {
  kind: 'adjust';
  action: AdjustAction;
}

export type Layer = SlideLayer | StrategicLayer | PivotLayer | UnpivotLayer | AdjustLayer;

export const PIVOT_PILLAR_SHARE = 0.2;
export const PIVOT_MIND_BODY_SHARE = 3;

const REST: PlannedSession = { type: 'rest', session: null, variant: 'standard', minutes: 0, optional: false, items: [] };

/** Scale a planned session's minutes (and its items' minutes) by a factor. */
export function scalePlanned(p: PlannedSession, factor: number): PlannedSession {
  if (factor === 1 || p.type === 'rest') return p;
  return {
    ...p,
    minutes: roundMinutes(p.minutes * factor),
    items: scaleItems(p.items, factor),
  };
}

/** The day with another planned session; `skipped` only when this layer says so. */
function withPlanned(day: ScheduleDay, planned: PlannedSession, skipped?: boolean): ScheduleDay {
  const { skipped: _was, ...rest } = day;
  return skipped ? { ...rest, planned, skipped: true } : { ...rest, planned };
}

export function weekMinutes(days: ScheduleDay[]): number {
  return days.reduce((s, d) => s + (isPlannedTraining(d.planned) ? d.planned!.minutes : 0), 0);
}

/** Where the pivot at `layers[i]` ends: the first later unpivot of the same site, if any. */
export function pivotEnd(layers: Layer[], i: number): IsoDate | undefined {
  const layer = layers[i];
  if (layer?.kind !== 'pivot') return undefined;
  const ends = layers.slice(i + 1).filter((l): l is UnpivotLayer => l.kind === 'unpivot' && l.site === layer.site);
  return ends.length ? ends.map((l) => l.from).sort()[0] : undefined;
}

/** The effective schedule: the backbone resolver with layers applied in order. */
export class LayeredSchedule {
  private readonly memo = new Map<string, ScheduleDay>();
  private readonly pivotEnds: (IsoDate | undefined)[];
  /** Skips undone by a later `restore` of the same date. */
  private readonly restored = new Set<number>();

  constructor(
    readonly base: Backbone,
    readonly layers: Layer[],
  ) {
    this.pivotEnds = layers.map((_, i) => pivotEnd(layers, i));
    layers.forEach((layer, i) => {
      if (layer.kind !== 'adjust' || layer.action.action !== 'skip') return;
      const date = layer.action.date;
      if (layers.slice(i + 1).some((l) => l.kind === 'adjust' && l.action.action === 'restore' && l.action.date === date)) this.restored.add(i);
    });
  }

  get plan(): Plan {
    return this.base.plan;
  }
  get windows(): PhaseWindow[] {
    return this.base.windows;
  }
  get startMonday(): IsoDate {
    return this.base.startMonday;
  }
  get end(): IsoDate | null {
    return this.base.end;
  }
  inPlan(date: IsoDate): boolean {
    return this.base.inPlan(date);
  }

  day(date: IsoDate): ScheduleDay {
    return this.through(this.layers.length, date);
  }

  /** A coach's skip of this date is in force (a `restore` of the date would undo it). */
  hasActiveSkip(date: IsoDate): boolean {
    return this.layers.some((l, i) => l.kind === 'adjust' && l.action.action === 'skip' && l.action.date === date && !this.restored.has(i));
  }

  /** The schedule as it was before the layer at `index` (and those after it). */
  below(index: number, date: IsoDate): ScheduleDay {
    return this.through(index, date);
  }

  private through(n: number, date: IsoDate): ScheduleDay {
    if (n === 0) return this.base.day(date);
    const key = `${n}:${date}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const result = this.apply(n - 1, date);
    this.memo.set(key, result);
    return result;
  }

  private apply(i: number, date: IsoDate): ScheduleDay {
    const layer = this.layers[i]!;
    const below = (d: IsoDate) => this.through(i, d);
    const here = below(date);
    if (!here.planned) return here;
    switch (layer.kind) {
      case 'slide': {
        if (date < layer.from || (layer.to !== null && date > layer.to)) return here;
        if (daysBetween(layer.from, date) < layer.gap) return withPlanned(here, REST);
        const source = below(addDays(date, -layer.gap));
        return withPlanned(here, source.planned ?? REST, source.skipped);
      }
      case 'strategic':
        return date < layer.from ? here : this.replanned(i, layer, date, here);
      case 'pivot': {
        const end = this.pivotEnds[i];
        if (date < layer.from || (end !== undefined && date >= end)) return here;
        const p = here.planned;
        if (p.type === layer.pillar || p.session === layer.pillar) return { ...here, planned: scalePlanned(p, PIVOT_PILLAR_SHARE) };
        if (p.type === 'mind_body') return { ...here, planned: scalePlanned(p, PIVOT_MIND_BODY_SHARE) };
        return here;
      }
      case 'unpivot':
        return here;
      case 'adjust':
        return this.adjusted(i, layer.action, date, here, below);
    }
  }

  private adjusted(i: number, action: AdjustAction, date: IsoDate, here: ScheduleDay, below: (d: IsoDate) => ScheduleDay): ScheduleDay {
    const p = here.planned!;
    switch (action.action) {
      case 'swap': {
        const [a, b] = action.dates;
        if (date !== a && date !== b) return here;
        const other = below(date === a ? b : a);
        return withPlanned(here, other.planned ?? REST, other.skipped);
      }
      case 'load':
        if (date !== action.date || p.type === 'rest') return here;
      {
        const scaled = scalePlanned(p, 1 + action.by / 100);
        return withPlanned(here, { ...scaled, items: scaled.items.map((item) => scaleLoad(item, action.by)) });
      }
      case 'replace': {
        const session = this.plan.sessions[action.session];
        if (date !== action.date || !session) return here;
        const stage = this.base.ctx.stageOn(date);
        const planned = buildPlanned(this.plan, { type: session.type, session: session.name, optional: false }, stage, 1, action.variant ?? 'standard');
        return withPlanned(here, { ...planned, items: withTargets(planned.items, date, this.base.ctx.targetLoad) });
      }
      case 'skip':
        return date === action.date && !this.restored.has(i) ? withPlanned(here, REST, true) : here;
      case 'restore':
        return here;
    }
  }

  /** A day in a strategic re-plan: its phase week from the new layout, ramped and capped. */
  private replanned(i: number, layer: StrategicLayer, date: IsoDate, here: ScheduleDay): ScheduleDay {
    const entry = layer.layout.find((e) => date >= e.start && date <= e.end);
    if (!entry) return here;
    const phase = this.plan.phases.find((p) => p.id === entry.phase);
    if (!phase) return here;
    const monday = mondayOf(date);
    const weeks = (daysBetween(entry.start, entry.end) + 1) / 7;
    const window: PhaseWindow = { phase, index: this.plan.phases.indexOf(phase), start: entry.start, end: entry.end };
    const weekIndexOf = (d: IsoDate) => Math.max(0, phase.weeks - weeks + Math.floor(daysBetween(entry.start, d) / 7));
    const week = Array.from({ length: 7 }, (_, k) => addDays(monday, k));
    const rebuiltWeek = week.map((d) => this.base.day(d, { window, weekIndex: weekIndexOf(d) }));
    const original = weekMinutes(week.map((d) => this.through(i, d)));
    const planned = weekMinutes(rebuiltWeek);
    const share = layer.ramp.find((r) => r.monday === monday)?.share;
    // Ramp weeks are a share of the week's original minutes; other weeks never exceed them.
    const targetTotal = share !== undefined ? share * original : Math.min(planned, original);
    const factor = planned > 0 ? targetTotal / planned : 1;
    const weekIndex = weekIndexOf(date);
    const p = rebuiltWeek[week.indexOf(date)]!.planned ?? REST;
    return { ...withPlanned(here, p.optional ? p : scalePlanned(p, factor)), phase: phase.id, block: blockIntent(phase, weekIndex) };
  }
}
