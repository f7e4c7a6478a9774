// Proposing coach adjustments (SPEC §4 `adjust`): each action becomes an override of
// one date's planned session, laid over the effective schedule in order. Pure.
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../dates.js';
import type { Item } from '../plan/model.js';
import { buildPlanned, type PlannedSession } from '../plan/resolve.js';
import { parseLoad, formatLoad, defaultIncrement } from '../engine/progression.js';
import { LayeredSchedule, scalePlanned, type OverrideLayer } from '../repair/layers.js';
import type { DayChange } from '../repair/propose.js';
import { HORIZON_DAYS, MAX_SWAP_DAYS, type AdjustAction } from './actions.js';

export interface AdjustProposal {
  layers: OverrideLayer[];
  changes: DayChange[];
}

export type AdjustResult = { ok: true; proposal: AdjustProposal } | { ok: false; message: string };

/** A load scaled by a percentage, rounded to the item's increment. */
export function scaleLoad(item: Item, pct: number): Item {
  if (!item.load) return item;
  const load = parseLoad(item.load);
  if (!load || load.value === 0) return item;
  const step = parseLoad(item.increment ?? defaultIncrement(load.unit));
  const stepValue = step && step.unit === load.unit ? step.value : load.unit === 'lb' ? 5 : 2.5;
  const value = Math.max(stepValue, Math.round((load.value * (1 + pct / 100)) / stepValue) * stepValue);
  return { ...item, load: formatLoad({ ...load, value: Math.round(value * 1000) / 1000 }) };
}

function isTraining(p: PlannedSession | null): p is PlannedSession {
  return p !== null && p.type !== 'rest';
}

/** The most recent applied skip of a date, and the schedule as it was beneath it. */
function beforeSkip(schedule: LayeredSchedule, date: IsoDate): PlannedSession | null | undefined {
  for (let i = schedule.layers.length - 1; i >= 0; i--) {
    const l = schedule.layers[i]!;
    if (l.kind === 'override' && l.date === date) return l.skipped ? schedule.below(i, date).planned : undefined;
  }
  return undefined;
}

export function proposeAdjustment(schedule: LayeredSchedule, actions: AdjustAction[], today: IsoDate): AdjustResult {
  const plan = schedule.plan;
  const last = addDays(today, HORIZON_DAYS);
  const layers: OverrideLayer[] = [];
  let current = schedule;
  const touched = new Set<IsoDate>();
  for (const [n, action] of actions.entries()) {
    const label = `action ${n + 1} (${action.action})`;
    const dates = action.action === 'swap' ? action.dates : [action.date];
    for (const d of dates) {
      if (!isIsoDate(d)) return { ok: false, message: `${label}: ${d} is not a calendar date` };
      if (d < today || d > last) return { ok: false, message: `${label}: ${d} is outside today…+${HORIZON_DAYS} days (${today} to ${last})` };
      if (!current.day(d).planned) return { ok: false, message: `${label}: ${d} is outside the plan's dates` };
    }
    const add: OverrideLayer[] = [];
    const at = (d: IsoDate) => current.day(d).planned;
    switch (action.action) {
      case 'swap': {
        const [a, b] = action.dates;
        const gap = Math.abs(daysBetween(a, b));
        if (gap > MAX_SWAP_DAYS) return { ok: false, message: `${label}: ${a} and ${b} are ${gap} days apart; at most ${MAX_SWAP_DAYS}` };
        if (gap === 0) return { ok: false, message: `${label}: swap needs two different dates` };
        add.push({ kind: 'override', date: a, planned: at(b) }, { kind: 'override', date: b, planned: at(a) });
        break;
      }
      case 'load': {
        const p = at(action.date);
        if (!isTraining(p)) return { ok: false, message: `${label}: ${action.date} is a rest day; a rest day cannot be loaded` };
        const scaled = scalePlanned(p, 1 + action.by / 100);
        add.push({ kind: 'override', date: action.date, planned: { ...scaled, items: scaled.items.map((i) => scaleLoad(i, action.by)) } });
        break;
      }
      case 'replace': {
        const p = at(action.date);
        if (!isTraining(p)) return { ok: false, message: `${label}: ${action.date} is a rest day; a rest day cannot be replaced` };
        const session = plan.sessions[action.session];
        if (!session) return { ok: false, message: `${label}: session "${action.session}" is not in the plan's library (${Object.keys(plan.sessions).join(', ')})` };
        const stage = plan.stages.find((s) => s.id === current.day(action.date).stage) ?? plan.stages[0]!;
        const planned = buildPlanned(plan, { type: session.type, session: session.name, optional: false }, stage, 1, action.variant ?? 'standard');
        add.push({ kind: 'override', date: action.date, planned });
        break;
      }
      case 'skip': {
        const p = at(action.date);
        if (!isTraining(p)) return { ok: false, message: `${label}: nothing is planned on ${action.date} to skip` };
        add.push({ kind: 'override', date: action.date, planned: null, skipped: true });
        break;
      }
      case 'restore': {
        const restored = beforeSkip(current, action.date);
        if (restored === undefined) return { ok: false, message: `${label}: ${action.date} is not skipped, so there is nothing to restore` };
        add.push({ kind: 'override', date: action.date, planned: restored });
        break;
      }
    }
    layers.push(...add);
    for (const l of add) touched.add(l.date);
    current = new LayeredSchedule(schedule.base, [...schedule.layers, ...layers]);
  }
  const changes: DayChange[] = [...touched].sort().map((date) => ({ date, before: schedule.day(date).planned, after: current.day(date).planned }));
  return { ok: true, proposal: { layers, changes } };
}
