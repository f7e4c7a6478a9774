// Repairs and coach adjustments are layers over the backbone (SPEC §6.5, §4 adjust):
// the plan file is never rewritten; the effective schedule is the backbone with each
// applied layer laid on top, in the order they were applied.
import { addDays, daysBetween, mondayOf, type IsoDate } from '../dates.js';
import type { Plan } from '../plan/model.js';
import type { PhaseWindow } from '../plan/phases.js';
import { blockIntent } from '../plan/phases.js';
import { buildPlanned, roundMinutes, scaleItems, withTargets, type PlannedSession, type ScheduleDay } from '../plan/resolve.js';
import type { Backbone } from '../plan/versions.js';
import type { AdjustAction } from './adjust-actions.js';
import { scaleLoad } from './scale-load.js';
import { isPlannedTraining } from '../engine/history.js';

/** The disruption a repair covers: time repaired away (SPEC §6.3), counted as neither planned nor missed. */
export interface Away {
  from: IsoDate;
  to: IsoDate;
}

/** The session planned for day D moves to D + gap, up to `to` (the phase end; null: open-ended). */
export interface SlideLayer {
  kind: 'slide';
  from: IsoDate;
  to: IsoDate | null;
  gap: number;
  /** The first day the layer may change (the day it was proposed): a repair never rewrites the past. Absent in layers stored before v1.1. */
  since?: IsoDate;
  away?: Away;
}

/** One re-entry ramp week: the days from `from` to `to` get `share` of their original minutes. */
export interface RampWeek {
  from: IsoDate;
  to: IsoDate;
  share: number;
  /** Layers stored before v1.1 name a calendar week by its Monday instead. */
  monday?: IsoDate;
}

/** The current and later phases laid out again from `from` (a Monday), with a re-entry ramp. */
export interface StrategicLayer {
  kind: 'strategic';
  from: IsoDate;
  layout: { phase: string; start: IsoDate; end: IsoDate }[];
  ramp: RampWeek[];
  since?: IsoDate;
  away?: Away;
}

/** Injury pivot: the pillar gets 20% of its minutes, mind-body sessions 300%. */
export interface PivotLayer {
  kind: 'pivot';
  site: string;
  pillar: string;
  from: IsoDate;
}

/**
 * The end of a pivot. From v1.1 the pillar ramps back (`ramp`: shares of 7 days each,
 * from the day after the unpivot is applied); layers stored before end the pivot on `from`.
 */
export interface UnpivotLayer {
  kind: 'unpivot';
  site: string;
  from: IsoDate;
  ramp?: number[];
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
/** SPEC §6.5: an ended pivot's pillar gets 50%, then 75%, of its minutes, 7 days each. */
export const UNPIVOT_RAMP = [0.5, 0.75];

/** Why a day counts as neither planned nor missed: a coach's skip, or time repaired away. */
export type Skip = 'coach' | 'repair';

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

/** The day with another planned session; marked skipped only when this layer says so. */
function withPlanned(day: ScheduleDay, planned: PlannedSession, skip?: Skip): ScheduleDay {
  const { skipped: _was, repaired_away: _away, ...rest } = day;
  if (!skip) return { ...rest, planned };
  return skip === 'repair' ? { ...rest, planned, skipped: true, repaired_away: true } : { ...rest, planned, skipped: true };
}

/** The skip mark a day carries (kept when its session moves to another day). */
export function skipOf(day: ScheduleDay): Skip | undefined {
  return day.repaired_away ? 'repair' : day.skipped ? 'coach' : undefined;
}

/** The days a ramp week covers. */
function rampDays(r: RampWeek): IsoDate[] {
  const from = r.from ?? r.monday!;
  const to = r.to ?? addDays(r.monday!, 6);
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, k) => addDays(from, k));
}

/** The ramp week holding `date`, if any. */
export function rampAt(ramp: RampWeek[], date: IsoDate): RampWeek | undefined {
  return ramp.find((r) => date >= (r.from ?? r.monday!) && date <= (r.to ?? addDays(r.monday!, 6)));
}

/** A pillar's sessions: its type, or the session of that name. */
const ofPillar = (p: PlannedSession, pillar: string) => p.type === pillar || p.session === pillar;

export function weekMinutes(days: ScheduleDay[]): number {
  return days.reduce((s, d) => s + (isPlannedTraining(d.planned) ? d.planned!.minutes : 0), 0);
}

/** The first day after a pivot: the unpivot day itself still holds the pivot when the pillar ramps back. */
export const unpivotEnd = (l: UnpivotLayer): IsoDate => (l.ramp ? addDays(l.from, 1) : l.from);

/** Where the pivot at `layers[i]` ends: the first later unpivot of the same site, if any. */
export function pivotEnd(layers: Layer[], i: number): IsoDate | undefined {
  const layer = layers[i];
  if (layer?.kind !== 'pivot') return undefined;
  const ends = layers.slice(i + 1).filter((l): l is UnpivotLayer => l.kind === 'unpivot' && l.site === layer.site);
  return ends.length ? ends.map(unpivotEnd).sort()[0] : undefined;
}

/** The pivot an unpivot at `layers[i]` ends: the latest earlier pivot of the same site. */
function pivotOf(layers: Layer[], i: number): PivotLayer | undefined {
  const site = (layers[i] as UnpivotLayer).site;
  return layers
    .slice(0, i)
    .reverse()
    .find((l): l is PivotLayer => l.kind === 'pivot' && l.site === site);
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
        if (layer.away && date >= layer.away.from && date <= layer.away.to) return withPlanned(here, REST, 'repair');
        if (date < layer.from || (layer.since !== undefined && date < layer.since) || (layer.to !== null && date > layer.to)) return here;
        if (daysBetween(layer.from, date) < layer.gap) return withPlanned(here, REST);
        const source = below(addDays(date, -layer.gap));
        return withPlanned(here, source.planned ?? REST, skipOf(source));
      }
      case 'strategic':
        if (layer.away && date >= layer.away.from && date <= layer.away.to) return withPlanned(here, REST, 'repair');
        return date < (layer.since ?? layer.from) ? here : this.replanned(i, layer, date, here);
      case 'pivot': {
        const end = this.pivotEnds[i];
        if (date < layer.from || (end !== undefined && date >= end)) return here;
        const p = here.planned;
        if (ofPillar(p, layer.pillar)) return { ...here, planned: scalePlanned(p, PIVOT_PILLAR_SHARE) };
        if (p.type === 'mind_body') return { ...here, planned: scalePlanned(p, PIVOT_MIND_BODY_SHARE) };
        return here;
      }
      case 'unpivot': {
        // The pillar ramps back, 7 days per share, from the day the pivot ends.
        const pivot = pivotOf(this.layers, i);
        const start = unpivotEnd(layer);
        if (!layer.ramp || !pivot || date < start || !ofPillar(here.planned, pivot.pillar)) return here;
        const share = layer.ramp[Math.floor(daysBetween(start, date) / 7)];
        return share === undefined || here.planned.optional ? here : withPlanned(here, scalePlanned(here.planned, share), skipOf(here));
      }
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
        return withPlanned(here, other.planned ?? REST, skipOf(other));
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
        return date === action.date && !this.restored.has(i) ? withPlanned(here, REST, 'coach') : here;
      case 'restore':
        return here;
    }
  }

  /** A day of a strategic re-plan as rebuilt from the new layout, before any scaling (no layout entry: as it was). */
  private rebuilt(i: number, layer: StrategicLayer, date: IsoDate): { day: ScheduleDay; phase: Plan['phases'][number] | null; weekIndex: number } {
    const entry = layer.layout.find((e) => date >= e.start && date <= e.end);
    const phase = entry ? this.plan.phases.find((p) => p.id === entry.phase) : undefined;
    if (!entry || !phase) return { day: this.through(i, date), phase: null, weekIndex: 0 };
    const weeks = (daysBetween(entry.start, entry.end) + 1) / 7;
    const window: PhaseWindow = { phase, index: this.plan.phases.indexOf(phase), start: entry.start, end: entry.end };
    const weekIndex = Math.max(0, phase.weeks - weeks + Math.floor(daysBetween(entry.start, date) / 7));
    return { day: this.base.day(date, { window, weekIndex }), phase, weekIndex };
  }

  /**
   * A day in a strategic re-plan: its phase week from the new layout (plans without
   * phases keep their days), scaled so a ramp week gets its share of the original
   * minutes of those 7 days and any other week never exceeds its original minutes.
   */
  private replanned(i: number, layer: StrategicLayer, date: IsoDate, here: ScheduleDay): ScheduleDay {
    const since = layer.since ?? layer.from;
    const self = this.rebuilt(i, layer, date);
    // Layers stored before v1.1 re-planned phases only.
    if (!self.phase && layer.since === undefined) return here;
    // Protected phases (the taper) keep their own dates and volumes.
    if (self.phase?.protected) return here;
    const ramp = rampAt(layer.ramp, date);
    const monday = mondayOf(date);
    const group = (ramp ? rampDays(ramp) : Array.from({ length: 7 }, (_, k) => addDays(monday, k)).filter((d) => !rampAt(layer.ramp, d)))
      .filter((d) => d >= since)
      .map((d) => ({ d, r: d === date ? self : this.rebuilt(i, layer, d) }))
      .filter((x) => !x.r.phase?.protected);
    const original = weekMinutes(group.map((x) => this.through(i, x.d)));
    const planned = weekMinutes(group.map((x) => x.r.day));
    const targetTotal = ramp ? ramp.share * original : Math.min(planned, original);
    const factor = planned > 0 ? targetTotal / planned : 1;
    const p = self.day.planned ?? REST;
    const scaled = p.optional ? p : scalePlanned(p, factor);
    if (!self.phase) return scaled === here.planned ? here : withPlanned(here, scaled, skipOf(here));
    return { ...withPlanned(here, scaled), phase: self.phase.id, block: blockIntent(self.phase, self.weekIndex) };
  }
}
