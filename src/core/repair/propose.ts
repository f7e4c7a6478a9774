// Proposing a repair (SPEC §6.5): slide, strategic repair, pivot or unpivot, with the
// honesty protocol. Pure: the effective schedule, the record and today come in; a
// layer, the changed days (before/after) and the receipts go out.
import { addDays, daysBetween, maxDate, mondayOf, sundayOf, type IsoDate } from '../dates.js';
import { isDone, isPlannedTraining, type HistoryDay } from '../engine/history.js';
import type { Plan } from '../plan/model.js';
import { phaseAt, type PhaseWindow } from '../plan/phases.js';
import type { Disruption } from './disruption.js';
import { diffSchedules, type DayChange } from '../schedule/diff.js';
import { LayeredSchedule, pivotEnd, UNPIVOT_RAMP, type Layer, type RampWeek, type StrategicLayer } from '../schedule/layers.js';
import { typeWord } from '../plan/vocabulary.js';

export type RepairKind = 'none' | 'slide' | 'strategic_repair' | 'pivot' | 'unpivot';

export interface Honesty {
  triggered: boolean;
  goal: { from: string; to: string | null } | null;
  reason: string | null;
}

export interface RepairProposal {
  kind: RepairKind;
  disruption: Disruption | null;
  honesty: Honesty;
  layer: Layer | null;
  changes: DayChange[];
  reasons: string[];
  message: string;
}

export interface RepairInput {
  schedule: LayeredSchedule;
  /** The goal was already changed by an applied honesty protocol: it is not proposed again. */
  goalDowngraded?: boolean;
  /** The record from the athlete's start through yesterday (planned as effective, and done). */
  history: HistoryDay[];
  today: IsoDate;
}

const NO_HONESTY: Honesty = { triggered: false, goal: null, reason: null };

/** SPEC §6.5 re-entry ramp, as shares of each week's original minutes. */
export function reentryRamp(daysMissed: number): number[] {
  if (daysMissed >= 28) return [0.33, 0.33, 0.5, 0.5, 0.75, 0.75];
  if (daysMissed >= 14) return [0.5, 0.5, 0.75, 0.75];
  if (daysMissed >= 6) return [0.5, 0.75];
  if (daysMissed >= 3) return [0.8];
  return [];
}

/** Whole weeks from this week through the goal's week. */
export function weeksLeft(today: IsoDate, goal: IsoDate): number {
  return Math.max(0, (daysBetween(mondayOf(today), sundayOf(goal)) + 1) / 7);
}

/** Weeks of a phase window, before `before`, in which a session was logged. */
function trainedWeeks(history: HistoryDay[], w: PhaseWindow, before: IsoDate): number {
  const weeks = new Set<IsoDate>();
  for (const d of history) if (d.date >= w.start && d.date < before && d.date <= w.end && isDone(d.session)) weeks.add(mondayOf(d.date));
  return weeks.size;
}

/** The calendar weeks of a window from `monday` on (inclusive). */
function weeksFrom(w: PhaseWindow, monday: IsoDate): number {
  return Math.max(0, Math.floor((daysBetween(maxDate(w.start, monday), w.end) + 1) / 7));
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The honesty protocol: is the goal still safe in the time left? */
export function honestyCheck(plan: Plan, windows: PhaseWindow[], history: HistoryDay[], today: IsoDate, extraReason?: string, goalDowngraded = false): Honesty {
  const goal = plan.goal;
  if (!goal?.date || !windows.length || goalDowngraded) return NO_HONESTY;
  const downgrade = (reason: string): Honesty => ({ triggered: true, goal: { from: goal.title, to: goal.fallback ?? null }, reason });
  if (extraReason) return downgrade(extraReason);
  const current = phaseAt(windows, today);
  if (current && (current.window.phase.type === 'build' || current.window.phase.type === 'peak') && daysBetween(current.window.start, today) >= 7) {
    const inPhase = history.filter((d) => d.date >= current.window.start && d.date < today && isPlannedTraining(d.planned));
    const done = inPhase.filter((d) => isDone(d.session)).length;
    const completion = inPhase.length ? done / inPhase.length : 1;
    if (completion < plan.rules.repair.honesty_min_completion) {
      return downgrade(
        `${done} of ${inPhase.length} planned sessions (${pct(completion)}) were done in the ${current.window.phase.id} phase so far, below ${pct(plan.rules.repair.honesty_min_completion)}`,
      );
    }
  }
  const left = weeksLeft(today, goal.date);
  const ahead = windows.filter((w) => w.end >= today);
  // The current phase still needs its min_weeks less the weeks already trained in it.
  const needed = ahead.reduce((sum, w) => sum + Math.max(0, w.phase.minWeeks - (w.start <= today ? trainedWeeks(history, w, today) : 0)), 0);
  if (left < needed) return downgrade(`${left} weeks are left until ${goal.date}, fewer than the ${needed} weeks the remaining phases need at the least`);
  return NO_HONESTY;
}

/** Lay the current and later phases out again so the current phase still gets min_weeks of training. */
function replan(
  plan: Plan,
  windows: PhaseWindow[],
  history: HistoryDay[],
  disruption: Disruption,
  today: IsoDate,
): { layer: StrategicLayer; reasons: string[]; fits: boolean } {
  // Phases are laid out in whole weeks from this week's Monday; the days before `since` stay as they were.
  const resume = mondayOf(today);
  const since = resumeDay(disruption, today);
  const reasons: string[] = [];
  const layout = windows.filter((w) => w.end >= resume).map((w) => ({ phase: w.phase.id, start: w.start, end: w.end }));
  const currentIndex = windows.findIndex((w) => today >= w.start && today <= w.end);
  let fits = true;
  if (currentIndex >= 0) {
    const w = windows[currentIndex]!;
    const trained = trainedWeeks(history, w, disruption.from) + weeksFrom(w, resume);
    const need = Math.max(0, w.phase.minWeeks - trained);
    reasons.push(
      `${disruption.days} days away come out of the ${w.phase.id} phase: ${trained} week${trained === 1 ? ' of it is' : 's of it are'} trained or still ahead (it needs at least ${w.phase.minWeeks})`,
    );
    if (need > 0) {
      // Take the weeks from the following unprotected phases, earliest first, none below min_weeks.
      let remaining = need;
      const shrink = new Map<string, number>();
      for (const later of windows.slice(currentIndex + 1)) {
        if (later.phase.protected || remaining === 0) continue;
        const take = Math.min(remaining, later.phase.weeks - later.phase.minWeeks);
        if (take > 0) shrink.set(later.phase.id, take);
        remaining -= take;
      }
      const extend = need - remaining;
      if (remaining > 0) fits = false;
      let cursor = addDays(w.end, extend * 7 + 1);
      const first = layout.find((e) => e.phase === w.phase.id)!;
      first.end = addDays(w.end, extend * 7);
      for (const e of layout.slice(layout.indexOf(first) + 1)) {
        const phase = plan.phases.find((p) => p.id === e.phase)!;
        if (phase.protected) break;
        const weeks = (daysBetween(e.start, e.end) + 1) / 7 - (shrink.get(e.phase) ?? 0);
        e.start = cursor;
        e.end = addDays(cursor, weeks * 7 - 1);
        cursor = addDays(e.end, 1);
      }
      if (extend)
        reasons.push(
          `${w.phase.id} ends ${extend} week${extend > 1 ? 's' : ''} later; ${[...shrink].map(([id, n]) => `${id} is ${n} week${n > 1 ? 's' : ''} shorter`).join(', ')}`,
        );
      if (!fits) reasons.push(`${remaining} more week${remaining > 1 ? 's' : ''} would be needed before the protected phases, and the goal date does not move`);
    } else reasons.push(`${w.phase.id} keeps its end date; missed sessions are not added back`);
  } else reasons.push(`${disruption.days} days away (${disruption.from} to ${disruption.to}): missed sessions are not added back`);
  const protectedStart = windows.find((w) => w.phase.protected && w.end >= since)?.start;
  // The ramp never runs into a protected phase: the taper keeps its own volumes.
  const ramp = rampWeeks(reentryRamp(disruption.days), since)
    .filter((r) => protectedStart === undefined || r.from < protectedStart)
    .map((r) => (protectedStart !== undefined && r.to >= protectedStart ? { ...r, to: addDays(protectedStart, -1) } : r));
  if (ramp.length) reasons.push(`re-entry ramp: ${ramp.map((r) => `${r.from} to ${r.to} at ${pct(r.share)}`).join(', ')} of the originally planned minutes`);
  return { layer: { kind: 'strategic', from: resume, layout, ramp, since, away: { from: disruption.from, to: disruption.to } }, reasons, fits };
}

/**
 * The ramp's weeks from the return: calendar weeks, so "this week" and "next week" read
 * as they say. The return's own week counts as the first when it still holds its
 * Thursday (most of the week, as ISO 8601 counts weeks); a return on Friday to Sunday
 * joins the next week instead of making a two-day "re-entry week".
 */
export function rampWeeks(shares: number[], since: IsoDate): RampWeek[] {
  const lateInWeek = daysBetween(mondayOf(since), since) >= 4;
  return shares.map((share, k) => {
    const sunday = addDays(sundayOf(since), 7 * (k + (lateInWeek ? 1 : 0)));
    return { from: k === 0 ? since : addDays(sunday, -6), to: sunday, share };
  });
}

/** The first day a repair may change: today, or the day after a disruption that runs through today. */
export function resumeDay(disruption: Disruption, today: IsoDate): IsoDate {
  return maxDate(today, addDays(disruption.to, 1));
}

/** The last day a proposal lists: the plan's end, or (open-ended) four weeks on and through the ramp. */
function changesEnd(schedule: LayeredSchedule, layer: Layer, today: IsoDate): IsoDate {
  if (layer.kind === 'slide' && layer.to) return layer.to;
  if (layer.kind !== 'slide' && schedule.end) return schedule.end;
  const ramp = layer.kind === 'strategic' ? layer.ramp : [];
  return ramp.reduce((end, r) => maxDate(end, r.to), addDays(today, 27));
}

/** A disruption → slide or strategic repair (with the honesty protocol). */
export function proposeDisruptionRepair(input: RepairInput, disruption: Disruption | null): RepairProposal {
  const { schedule, history, today } = input;
  const plan = schedule.plan;
  const windows = schedule.windows;
  if (!disruption) {
    const honesty = honestyCheck(plan, windows, history, today, undefined, input.goalDowngraded);
    return {
      kind: 'none',
      disruption: null,
      honesty,
      layer: null,
      changes: [],
      reasons: honesty.triggered ? [honesty.reason!] : ['no planned session has gone undone since the last logged day'],
      message: honesty.triggered ? honestyMessage(plan, honesty, today) : 'Nothing to repair: the plan carries on as it is.',
    };
  }
  // The slide runs within the phase the time away began in; it cannot cross into the next.
  const position = phaseAt(windows, disruption.from);
  const todays = phaseAt(windows, today);
  const lastWeek = (p: typeof position) => p !== null && p.weekIndex === p.window.phase.weeks - 1;
  // The slide would cross the phase boundary: the time away began in, or returns to, a phase's last block.
  const isLastBlock = position !== null && (lastWeek(position) || lastWeek(todays) || todays?.window.phase.id !== position.window.phase.id);
  const slideable = disruption.days <= plan.rules.repair.slide_max_days;
  let layer: Layer;
  let kind: RepairKind;
  let reasons: string[];
  let fits = true;
  if (slideable && !isLastBlock) {
    kind = 'slide';
    const to = position ? position.window.end : null;
    layer = {
      kind: 'slide',
      from: disruption.from,
      to,
      gap: disruption.days,
      since: resumeDay(disruption, today),
      away: { from: disruption.from, to: disruption.to },
    };
    reasons = [
      `${disruption.days} day${disruption.days > 1 ? 's' : ''} away (${disruption.from} to ${disruption.to}): the schedule moves ${disruption.days} day${disruption.days > 1 ? 's' : ''} later${to ? ` until the end of the ${position!.window.phase.id} phase (${to})` : ''}`,
      'no day gets two sessions; what would fall past the phase end is left out',
    ];
  } else {
    kind = 'strategic_repair';
    const r = replan(plan, windows, history, disruption, today);
    layer = r.layer;
    fits = r.fits;
    reasons = [
      ...(slideable && position
        ? [`a ${disruption.days}-day slide would cross the end of the ${position.window.phase.id} phase, so the plan is re-planned instead`]
        : []),
      ...r.reasons,
    ];
  }
  const after = new LayeredSchedule(schedule.base, [...schedule.layers, layer]);
  // Only days from the return on can change: a repair never rewrites the past.
  const since = resumeDay(disruption, today);
  const changes = diffSchedules(schedule, after, since, changesEnd(schedule, layer, today));
  const honesty = honestyCheck(
    plan,
    windows,
    history,
    today,
    fits ? undefined : 'the current phase cannot get its minimum weeks of training before the protected phases',
    input.goalDowngraded,
  );
  if (honesty.triggered) reasons.push(honesty.reason!);
  const what =
    kind === 'slide'
      ? `Sliding the next sessions ${disruption.days} day${disruption.days > 1 ? 's' : ''} later`
      : 'Re-planning the weeks ahead around the time away';
  // A repair that does not fit after the goal already became its fallback: say what that
  // means instead of naming the shortfall and leaving the person to guess.
  const alreadyFallback =
    !fits && input.goalDowngraded ? 'The goal is already the gentler one and stays so; the protected weeks before it keep their dates. ' : '';
  const message = `${what}, so nothing is doubled up and nothing missed is added back. ${honesty.triggered ? honestyMessage(plan, honesty, today) : `${alreadyFallback}Easing back in is part of the plan.`}`;
  return { kind, disruption, honesty, layer, changes, reasons, message };
}

function weeksLeftText(today: IsoDate, goal: IsoDate): string {
  const n = weeksLeft(today, goal);
  return `${n} week${n === 1 ? '' : 's'}`;
}

export function honestyMessage(plan: Plan, h: Honesty, today: IsoDate): string {
  const goal = plan.goal!;
  const becomes = h.goal?.to
    ? `The goal becomes "${h.goal.to}", which fits the time left.`
    : 'The plan has no fallback goal; choosing a gentler one with your coach is a good next step.';
  return `To be straightforward: "${goal.title}" on ${goal.date} is no longer safe to aim for in the ${weeksLeftText(today, goal.date!)} left (${h.reason}). ${becomes} Training continues, and that is worth a lot.`;
}

/** A pivot or unpivot: the layer, and the next four weeks as they change. */
function pivotProposal(input: RepairInput, layer: Layer & { kind: 'pivot' | 'unpivot' }, reasons: string[], message: string): RepairProposal {
  const { schedule, today } = input;
  const after = new LayeredSchedule(schedule.base, [...schedule.layers, layer]);
  const changes = diffSchedules(schedule, after, today, addDays(today, 27));
  return { kind: layer.kind, disruption: null, honesty: NO_HONESTY, layer, changes, reasons, message };
}

/** An injury pivot: the phase keeps its intent and dates; the pillar rests, mind-body grows. */
export function proposePivot(input: RepairInput, site: string, pillar: string): RepairProposal {
  return pivotProposal(
    input,
    { kind: 'pivot', site, pillar, from: input.today },
    [
      `injury (${site}): ${pillar} sessions keep 20% of their minutes, mind-body sessions get 300%, until the injury is cleared`,
      'phases keep their intent and dates',
    ],
    `While the ${site} heals, ${typeWord(pillar)} work drops to a fifth and mind-body work grows. Resting the injured area is the right call.`,
  );
}

/** Ending a pivot: the pillar ramps back (50%, then 75%, 7 days each) from tomorrow, then full minutes. */
export function proposeUnpivot(input: RepairInput, site: string): RepairProposal {
  const { today } = input;
  const pillar = activePivots(input.schedule.layers, today).find((p) => p.site === site)?.pillar;
  const start = addDays(today, 1);
  const steps = UNPIVOT_RAMP.map((share, k) => `${pct(share)} from ${addDays(start, 7 * k)}`);
  const full = addDays(start, 7 * UNPIVOT_RAMP.length);
  return pivotProposal(
    input,
    { kind: 'unpivot', site, from: today, ramp: UNPIVOT_RAMP },
    [
      `injury (${site}) cleared: ${pillar ? `${pillar} sessions` : 'sessions'} ramp back to ${steps.join(', then ')} of their planned minutes, and are back to full minutes from ${full}`,
    ],
    `The ${site} pivot ends and ${pillar ? `${typeWord(pillar)} work` : 'the plan'} builds back over two weeks. Scaling down is always fine.`,
  );
}

/** Pivots in force on `today` that no unpivot has ended yet. */
export function activePivots(layers: Layer[], today: IsoDate): { site: string; pillar: string }[] {
  const out: { site: string; pillar: string }[] = [];
  layers.forEach((l, i) => {
    if (l.kind !== 'pivot' || l.from > today) return;
    // An applied unpivot ends it, even while the pillar is still ramping back.
    if (pivotEnd(layers, i) === undefined) out.push({ site: l.site, pillar: l.pillar });
  });
  return out;
}
