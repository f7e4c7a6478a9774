// Disruptions (SPEC §6.5): a run of days in which planned sessions were not done.
import { addDays, daysBetween, type IsoDate } from '../dates.js';
import { isDone, isPlannedTraining, type HistoryDay } from '../engine/history.js';

export interface Disruption {
  from: IsoDate;
  to: IsoDate;
  days: number;
}

export function disruptionOf(from: IsoDate, to: IsoDate): Disruption {
  return { from, to, days: daysBetween(from, to) + 1 };
}

/**
 * Inferred: from the first unlogged planned session after the last logged day,
 * through yesterday. `days` runs from the athlete's start to yesterday.
 */
export function inferDisruption(days: HistoryDay[], today: IsoDate): Disruption | null {
  const yesterday = addDays(today, -1);
  const past = days.filter((d) => d.date <= yesterday);
  let lastLogged: IsoDate | null = null;
  for (const d of past) if (d.session) lastLogged = d.date;
  const missed = past.find((d) => (lastLogged === null || d.date > lastLogged) && isPlannedTraining(d.planned) && !isDone(d.session));
  return missed ? disruptionOf(missed.date, yesterday) : null;
}
