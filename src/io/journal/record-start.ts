// The athlete's first day of record on this journal: where `history` starts (SPEC §4)
// and what `days_of_record` counts from (§6.2). The earliest plan start, check-in,
// session or event, whichever came first; a draft plan that never started is not a record.
import { stmt, type Db } from './open.js';

export function recordStartOf(db: Db, athlete: string): string | null {
  const row = stmt(
    db,
    `SELECT MIN(d) AS start FROM (
       SELECT MIN(start_date) AS d FROM assignments WHERE athlete_id = ? AND status != 'draft'
       UNION ALL SELECT MIN(date) FROM checkins WHERE athlete_id = ?
       UNION ALL SELECT MIN(date) FROM sessions WHERE athlete_id = ?
       UNION ALL SELECT MIN(date) FROM events WHERE athlete_id = ?)`,
  ).get(athlete, athlete, athlete, athlete) as { start: string | null } | undefined;
  return row?.start ?? null;
}

/** What load metrics need of each completed or adapted session, and nothing more (years of them are read). */
export function loadSessionsBetween(db: Db, athlete: string, from: string, to: string): { date: string; rpe: number | null; minutes: number }[] {
  // Rows as arrays: a coach's `review --all` reads a year of them per athlete.
  const rows = stmt(
    db,
    "SELECT date, rpe, actual_minutes FROM sessions WHERE athlete_id = ? AND date BETWEEN ? AND ? AND replaced = 0 AND status IN ('completed', 'adapted') ORDER BY date",
  )
    .raw(true)
    .all(athlete, from, to) as [string, number | null, number][];
  return rows.map(([date, rpe, minutes]) => ({ date, rpe, minutes }));
}
