// Repairs and coach adjustments are layers over the backbone (SPEC §6.5, §4 adjust):
// the plan file is never rewritten; the effective schedule is the backbone with each
// applied layer laid on top, in the order they were applied.
import { addDays, daysBetween, mondayOf, type IsoDate } from '../dates.js';
import type { Plan } from '../plan/model.js';
import type { PhaseWindow } from '../plan/phases.js';
import { blockIntent } from '../plan/phases.js';
import type { PlannedSession, ScheduleDay, ScheduleResolver } from '../plan/resolve.js';

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

/** One date's planned session replaced (coach adjustments); null planned: skipped. */
export interface OverrideLayer {
  kind: 'override';
  date: IsoDate;
  planned: PlannedSession | null;
  skipped?: boolean;
}

export type Layer = SlideLayer | StrategicLayer | PivotLayer | UnpivotLayer | OverrideLayer;

export const PIVOT_PILLAR_SHARE = 0.2;
export const PIVOT_MIND_BODY_SHARE = 3;

const REST: PlannedSession = { type: 'rest', session: null, variant: 'standard', minutes: 0, optional: false, items: [] };

function roundMinutes(value: number): number {
  return value > 0 ? Math.max(1, Math.round(value)) : 0;
}

/** Scale a planned session's minutes (and its items' minutes) by a factor. */
export function scalePlanned(p: PlannedSession, factor: number): PlannedSession {
  if (factor === 1 || p.type === 'rest') return p;
  return {
    ...p,
    minutes: roundMinutes(p.minutes * factor),
    items: p.items.map((i) => (i.minutes === undefined ? i : { ...i, minutes: roundMinutes(i.minutes * factor) })),
  };
}

export function weekMinutes(days: ScheduleDay[]): number {
  return days.reduce((s, d) => s + (d.planned && !d.planned.optional && d.planned.type !== 'rest' ? d.planned.minutes : 0), 0);
}

/** The effective schedule: the backbone resolver with layers applied in order. */
export class LayeredSchedule {
  private readonly memo = new Map<string, ScheduleDay>();
  private readonly pivotEnds: (IsoDate | undefined)[];

  constructor(
    readonly base: ScheduleResolver,
    readonly layers: Layer[],
  ) {
    this.pivotEnds = layers.map((layer, i) => {
      if (layer.kind !== 'pivot') return undefined;
      const ends = layers.slice(i + 1).filter((l): l is UnpivotLayer => l.kind === 'unpivot' && l.site === layer.site);
      return ends.length ? ends.map((l) => l.from).sort()[0] : undefined;
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
        if (daysBetween(layer.from, date) < layer.gap) return { ...here, planned: REST };
        const moved = below(addDays(date, -layer.gap)).planned;
        return { ...here, planned: moved ?? REST };
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
      case 'override':
        return date === layer.date ? { ...here, planned: layer.planned ?? REST, ...(layer.skipped ? { skipped: true } : {}) } : here;
    }
  }

  /** A day in a strategic re-plan: its phase week from the new layout, ramped and capped. */
  private replanned(i: number, layer: StrategicLayer, date: IsoDate, here: ScheduleDay): ScheduleDay {
    const entry = layer.layout.find((e) => date >= e.start && date <= e.end);
    if (!entry) return here;
    const phase = this.plan.phases.find((p) => p.id === entry.phase);
    if (!phase) return here;
    const monday = mondayOf(date);
    const rebuilt = (d: IsoDate) => {
      const weeks = (daysBetween(entry.start, entry.end) + 1) / 7;
      const weekIndex = Math.max(0, phase.weeks - weeks + Math.floor(daysBetween(entry.start, d) / 7));
      const window: PhaseWindow = { phase, index: this.plan.phases.indexOf(phase), start: entry.start, end: entry.end };
      return { day: this.base.day(d, { window, weekIndex }), weekIndex };
    };
    const week = Array.from({ length: 7 }, (_, k) => addDays(monday, k));
    const rebuiltWeek = week.map((d) => rebuilt(d).day);
    const original = weekMinutes(week.map((d) => this.through(i, d)));
    const planned = weekMinutes(rebuiltWeek);
    const share = layer.ramp.find((r) => r.monday === monday)?.share;
    // Ramp weeks are a share of the week's original minutes; other weeks never exceed them.
    const targetTotal = share !== undefined ? share * original : Math.min(planned, original);
    const factor = planned > 0 ? targetTotal / planned : 1;
    const { day, weekIndex } = rebuilt(date);
    const p = day.planned ?? REST;
    return {
      ...here,
      phase: phase.id,
      block: blockIntent(phase, weekIndex),
      planned: p.optional ? p : scalePlanned(p, factor),
    };
  }
}
