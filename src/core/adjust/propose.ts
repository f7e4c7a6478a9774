// Proposing coach adjustments (SPEC §4 `adjust`): each action is checked against the
// schedule as it stands (with the actions before it applied) and becomes a layer that
// is worked out whenever the schedule is read. Pure.
import { addDays, daysBetween, FIRST_DATE, isIsoDate, type IsoDate, LAST_DATE, maxDate } from '../dates.js';
import type { PlannedSession } from '../plan/resolve.js';
import { LayeredSchedule, type AdjustLayer } from '../schedule/layers.js';
import type { DayChange } from '../schedule/diff.js';
import type { AdjustAction } from '../schedule/adjust-actions.js';
import { HORIZON_DAYS, MAX_SWAP_DAYS } from '../schedule/adjust-bounds.js';

export { scaleLoad } from '../schedule/scale-load.js';

export interface AdjustProposal {
  layers: AdjustLayer[];
  changes: DayChange[];
}

export type AdjustResult = { ok: true; proposal: AdjustProposal } | { ok: false; message: string };

function isTraining(p: PlannedSession | null): p is PlannedSession {
  return p !== null && p.type !== 'rest';
}

/** Why an action cannot be applied to the schedule as it stands, or null. */
function refusal(current: LayeredSchedule, action: AdjustAction, first: IsoDate, last: IsoDate): string | null {
  const dates = action.action === 'swap' ? action.dates : [action.date];
  for (const d of dates) {
    if (!isIsoDate(d)) return `${d} is not a calendar date (YYYY-MM-DD from ${FIRST_DATE} to ${LAST_DATE})`;
    if (d < first || d > last) return `${d} is outside today…+${HORIZON_DAYS} days (${first} to ${last})`;
    if (!current.day(d).planned) return `${d} is outside the plan's dates`;
  }
  const day = current.day(dates[0]!);
  switch (action.action) {
    case 'swap': {
      const [a, b] = action.dates;
      const gap = Math.abs(daysBetween(a, b));
      if (gap > MAX_SWAP_DAYS) return `${a} and ${b} are ${gap} days apart; at most ${MAX_SWAP_DAYS}`;
      return gap === 0 ? 'swap needs two different dates' : null;
    }
    case 'load':
      return isTraining(day.planned) ? null : `${action.date} is a rest day; a rest day cannot be loaded`;
    case 'replace':
      if (!isTraining(day.planned)) return `${action.date} is a rest day; a rest day cannot be replaced`;
      return current.plan.sessions[action.session]
        ? null
        : `session "${action.session}" is not in the plan's library (${Object.keys(current.plan.sessions).join(', ')})`;
    case 'skip':
      return isTraining(day.planned) ? null : `nothing is planned on ${action.date} to skip`;
    case 'restore':
      return current.hasActiveSkip(action.date) ? null : `${action.date} is not skipped, so there is nothing to restore`;
  }
}

/**
 * `today` is the day the command acts on; `clock` the real today: adjustments change
 * what is ahead, never what already happened, even with --date.
 */
export function proposeAdjustment(schedule: LayeredSchedule, actions: AdjustAction[], today: IsoDate, clock: IsoDate = today): AdjustResult {
  const first = maxDate(today, clock);
  const last = addDays(today, HORIZON_DAYS);
  const layers: AdjustLayer[] = [];
  const touched = new Set<IsoDate>();
  let current = schedule;
  for (const [n, action] of actions.entries()) {
    const problem = refusal(current, action, first, last);
    if (problem) return { ok: false, message: `action ${n + 1} (${action.action}): ${problem}` };
    layers.push({ kind: 'adjust', action });
    for (const d of action.action === 'swap' ? action.dates : [action.date]) touched.add(d);
    current = new LayeredSchedule(schedule.base, [...schedule.layers, ...layers]);
  }
  const changes: DayChange[] = [...touched].sort().map((date) => ({ date, before: schedule.day(date).planned, after: current.day(date).planned }));
  return { ok: true, proposal: { layers, changes } };
}
