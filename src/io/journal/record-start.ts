// The athlete's first day of record on this journal (SPEC §6.2 `days_of_record`):
// the earliest plan start or logged session, whichever came first. A draft plan that
// never started is not a record.
import { stmt, type Db } from './open.js';

export function recordStartOf(db: Db, athlete: string): string | null {
  const row = stmt(
    db,
    `SELECT MIN(d) AS start FROM (
       SELECT MIN(start_date) AS d FROM assignments WHERE athlete_id = ? AND status != 'draft'
       UNION ALL SELECT MIN(date) FROM sessions WHERE athlete_id = ? AND replaced = 0)`,
  ).get(athlete, athlete) as { start: string | null } | undefined;
  return row?.start ?? null;
}
