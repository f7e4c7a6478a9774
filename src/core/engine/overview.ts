// The coach's overview (SPEC §4 `athlete list`, v1.1): a few numbers per athlete and
// who may need attention, first, with the reason. Pure: the shell reads the record of
// the last 14 days and the last review; this decides what it means.
import { addDays, daysBetween, type IsoDate } from '../dates.js';
import { summarizeDays, type HistoryDay } from './history.js';
import type { DayStatus } from './status.js';

export interface OverviewInput {
  id: string;
  name: string;
  status: string;
  plan: string | null;
  stage: string | null;
  start: IsoDate | null;
  last_activity: IsoDate | null;
  /** The latest date with a logged session (any status), up to today. */
  last_log: IsoDate | null;
  /** The days from today − 13 to today, in order (empty without a plan). */
  days: HistoryDay[];
  last_review: { week: string; decision: 'progress' | 'hold' | 'step_down' } | null;
}

export type AttentionReason =
  | { code: 'stop_day'; dates: IsoDate[] }
  | { code: 'red_days'; dates: IsoDate[] }
  | { code: 'step_down'; week: string }
  | { code: 'no_log'; days: number };

export interface OverviewRow {
  id: string;
  name: string;
  status: string;
  plan: string | null;
  stage: string | null;
  last_activity: IsoDate | null;
  completion_14d: number | null;
  days_since_log: number | null;
  today_status: DayStatus;
  red_days_7d: number;
  stop_days_7d: number;
  last_review: { week: string; decision: 'progress' | 'hold' | 'step_down' } | null;
  attention: boolean;
  reasons: string[];
}

/** Nothing logged for this many days (or, never logged, this long since the start) needs a look. */
export const QUIET_DAYS = 7;
/** The order reasons rank in: safety first, then the trend, then silence. */
const RANK: Record<AttentionReason['code'], number> = { stop_day: 0, red_days: 1, step_down: 2, no_log: 3 };

export function reasonText(r: AttentionReason): string {
  switch (r.code) {
    case 'stop_day':
      return `stop day${r.dates.length > 1 ? 's' : ''} in the last 7 days (${r.dates.join(', ')})`;
    case 'red_days':
      return `${r.dates.length} red day${r.dates.length > 1 ? 's' : ''} in the last 7 days (${r.dates.join(', ')})`;
    case 'step_down':
      return `stepped down at the last review (${r.week})`;
    case 'no_log':
      return `nothing logged for ${r.days} days`;
  }
}

/**
 * Why an athlete may need attention (SPEC §4): a stop or red day in the last 7 days
 * (today included: "this week" read as the last seven days, the same window as the
 * red/stop counts shown), a step down at the last review, or nothing logged for 7 days
 * or more. Only active athletes are asked for: a prospect, inactive or archived
 * athlete is not expected to train.
 */
export function attentionReasons(a: OverviewInput, today: IsoDate): AttentionReason[] {
  if (a.status !== 'active') return [];
  const week = a.days.filter((d) => d.date > addDays(today, -7) && d.date <= today);
  const stops = week.filter((d) => d.status === 'stop').map((d) => d.date);
  const reds = week.filter((d) => d.status === 'red').map((d) => d.date);
  const reasons: AttentionReason[] = [];
  if (stops.length) reasons.push({ code: 'stop_day', dates: stops });
  if (reds.length) reasons.push({ code: 'red_days', dates: reds });
  if (a.last_review?.decision === 'step_down') reasons.push({ code: 'step_down', week: a.last_review.week });
  const quiet = quietDays(a, today);
  if (quiet !== null && quiet >= QUIET_DAYS) reasons.push({ code: 'no_log', days: quiet });
  return reasons;
}

/** Days since the last log; never logged: days since the start (null before it or without one). */
function quietDays(a: OverviewInput, today: IsoDate): number | null {
  if (a.last_log) return daysBetween(a.last_log, today);
  if (a.start && a.start <= today) return daysBetween(a.start, today);
  return null;
}

export function overviewRow(a: OverviewInput, today: IsoDate): OverviewRow & { rank: number } {
  const reasons = attentionReasons(a, today);
  const week = a.days.filter((d) => d.date > addDays(today, -7) && d.date <= today);
  // Completion counts days that are over: today may still be ahead of the athlete.
  const past = a.days.filter((d) => d.date < today && d.date >= addDays(today, -14));
  return {
    id: a.id,
    name: a.name,
    status: a.status,
    plan: a.plan,
    stage: a.stage,
    last_activity: a.last_activity,
    completion_14d: summarizeDays(past).completion,
    days_since_log: a.last_log ? daysBetween(a.last_log, today) : null,
    today_status: a.days.find((d) => d.date === today)?.status ?? 'unknown',
    red_days_7d: week.filter((d) => d.status === 'red').length,
    stop_days_7d: week.filter((d) => d.status === 'stop').length,
    last_review: a.last_review,
    attention: reasons.length > 0,
    reasons: reasons.map(reasonText),
    rank: reasons.length ? Math.min(...reasons.map((r) => RANK[r.code])) : Number.POSITIVE_INFINITY,
  };
}

/** Needs-attention first (most serious reason first), then everyone else; by id within each. */
export function buildOverview(athletes: OverviewInput[], today: IsoDate): OverviewRow[] {
  return athletes
    .map((a) => overviewRow(a, today))
    .sort((x, y) => x.rank - y.rank || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map(({ rank: _rank, ...row }) => row);
}
