// Which week a review is about (SPEC §4 `review`, v1.1): the last complete ISO week —
// on a Sunday the week ending that day, on any other day the week that ended the
// Sunday before — so a Monday cron reviews the week just finished and a mid-week run
// never freezes half a week. `--week YYYY-Www` names one; a week not yet ended is refused.
import { addDays, isoWeekLabel, mondayOf, sundayOf, weekdayIndex, type IsoDate } from '../dates.js';

export interface ReviewWeek {
  /** `2026-W48` */
  week: string;
  /** The week's Sunday: the review date, where the window ends. */
  sunday: IsoDate;
}

export type ReviewWeekChoice = ReviewWeek | { error: string; hint: string };

/** The last complete ISO week on `today`. */
export function lastCompleteWeek(today: IsoDate): ReviewWeek {
  const sunday = weekdayIndex(today) === 6 ? today : addDays(mondayOf(today), -1);
  return { week: isoWeekLabel(sunday), sunday };
}

const WEEK = /^(\d{4})-W(\d{2})$/;

/** The Monday of an ISO week label, or null when there is no such week (2026-W54, 2025-W53). */
export function mondayOfIsoWeek(label: string): IsoDate | null {
  const m = WEEK.exec(label);
  if (!m) return null;
  const week = Number(m[2]);
  if (week < 1 || week > 53) return null;
  // Week 1 is the week with 4 January in it.
  const monday = addDays(mondayOf(`${m[1]}-01-04`), (week - 1) * 7);
  return isoWeekLabel(monday) === label ? monday : null;
}

export function chooseReviewWeek(today: IsoDate, week?: string): ReviewWeekChoice {
  const last = lastCompleteWeek(today);
  if (week === undefined) return last;
  const monday = mondayOfIsoWeek(week.trim().toUpperCase());
  if (monday === null) return { error: `--week "${week}" is not an ISO week`, hint: `write it like ${last.week} (year, W, two-digit week)` };
  const sunday = sundayOf(monday);
  if (sunday > today) {
    return { error: `week ${isoWeekLabel(monday)} has not ended yet (it ends on Sunday ${sunday})`, hint: `the last complete week is ${last.week}` };
  }
  return { week: isoWeekLabel(monday), sunday };
}
