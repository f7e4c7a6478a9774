// What `history` adds to each day (SPEC §4 history, v1.1): where the record begins,
// and each day's notes and events beside planned-versus-done.
import { maxDate, type IsoDate } from '../dates.js';

export interface DayNote {
  /** Whose note: the check-in's or the logged session's. */
  source: 'checkin' | 'session';
  text: string;
}

/** An event's type as the user writes it: `injury:shin`, `treatment_change` (stored as type and site). */
export function eventSpelling(type: string, site: string | null): string {
  return site ? `${type}:${site}` : type;
}

export interface DayEvent {
  type: string;
  site: string | null;
  note: string | null;
}

/** A range at or after the athlete's start: no empty weeks from before there was a plan or a record. */
export function rangeFromStart(from: IsoDate, to: IsoDate, start: IsoDate | null): { from: IsoDate; to: IsoDate } {
  return { from: start ? maxDate(from, start) : from, to };
}

/** Days listed one by one when asked (`--days`) or when the range is short enough to read: two weeks. */
export const DAY_ROWS_UP_TO_DAYS = 14;
