// The CSV and calendar views of an athlete's record (SPEC §4 export csv/ics), as plain
// values: which days get a row or an event and what each cell says. The libraries
// that write the bytes (csv-stringify, ics) are used by the command.
import type { IsoDate } from '../dates.js';
import type { Item } from '../plan/model.js';
import { showWaitOnce, type PlannedSession, type ScheduleDay } from '../plan/resolve.js';

export const CSV_HEADER = [
  'date',
  'athlete',
  'week',
  'stage',
  'planned_type',
  'planned_session',
  'planned_minutes',
  'status',
  'actual_type',
  'actual_minutes',
  'rpe',
  'load',
  'checkin_status',
  'note',
] as const;

export type CsvCell = string | number | null;

/** What the journal holds for one day, with the schedule's view of it. */
export interface DayRecord {
  date: IsoDate;
  /** The effective schedule on that day (null when the athlete had no plan then). */
  schedule: ScheduleDay | null;
  /** The logged session, with what was planned as stored when it was logged. */
  session: {
    planned: PlannedSession | null;
    planned_stage: string | null;
    status: string;
    actual_type: string;
    actual_minutes: number;
    rpe: number | null;
    note: string | null;
  } | null;
  checkinStatus: string | null;
}

/** A session to plan for: not a rest day, not skipped by the coach. */
export function isPlannedSession(day: ScheduleDay | null): day is ScheduleDay & { planned: PlannedSession } {
  return !!day?.planned && day.planned.type !== 'rest' && !day.skipped;
}

/** One CSV row per day that had a planned session or a logged one; other days give none. */
export function csvRow(athlete: string, d: DayRecord): CsvCell[] | null {
  const s = d.session;
  // A sequence session that waited over several days is one row, on the day it shows
  // (done, or today while it waits), as `week`, `schedule` and `history` show it.
  const schedule = d.schedule ? showWaitOnce(d.schedule) : null;
  if (!s && !isPlannedSession(schedule)) return null;
  // A logged day keeps what was planned when it was logged; other days resolve now.
  const planned = s ? s.planned : schedule!.planned;
  const stage = s?.planned_stage ?? schedule?.stage ?? null;
  // Session load: minutes × RPE (SPEC §6.2, the same as `history`), when an RPE was given.
  const load = s && s.rpe !== null ? s.rpe * s.actual_minutes : null;
  return [
    d.date,
    athlete,
    schedule?.week ?? null,
    stage,
    planned?.type ?? null,
    planned ? (planned.session ?? planned.day ?? null) : null,
    planned?.minutes ?? null,
    s ? s.status : 'planned',
    s?.actual_type ?? null,
    s?.actual_minutes ?? null,
    s?.rpe ?? null,
    load,
    d.checkinStatus,
    s?.note ?? null,
  ];
}

function itemLine(item: Item): string {
  const parts: string[] = [];
  if (item.sets !== undefined && item.reps !== undefined) parts.push(`${item.sets}×${item.reps}`);
  else if (item.sets !== undefined) parts.push(`${item.sets} sets`);
  else if (item.reps !== undefined) parts.push(`${item.reps} reps`);
  if (item.load) parts.push(`@ ${item.load}`);
  if (item.rir !== undefined) parts.push(`RIR ${item.rir}`);
  if (item.minutes !== undefined) parts.push(`${item.minutes} min`);
  if (item.distance) parts.push(item.distance);
  const detail = parts.join(' ');
  return `- ${item.exercise}${detail ? `: ${detail}` : ''}${item.note ? ` (${item.note})` : ''}`;
}

const TYPE_WORDS: Record<string, string> = { strength: 'Strength', aerobic: 'Aerobic', mixed: 'Mixed', mind_body: 'Mind-body' };

export interface CalendarEvent {
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
}

/** The calendar event of a planned session, with a UID stable across exports (SPEC §4 ics). */
export function calendarEvent(athlete: string, day: ScheduleDay & { planned: PlannedSession }, displayName?: string): CalendarEvent {
  const p = day.planned;
  // A session named after its type ("aerobic") says nothing more than the type.
  const name = [p.day, displayName, p.session].find((n) => n && n !== p.type) ?? null;
  const summary = `${TYPE_WORDS[p.type] ?? p.type}${name ? `: ${name}` : ''} · ${p.minutes} min`;
  const lines = p.items.map(itemLine);
  const header = [
    `${athlete}${day.stage ? ` · stage ${day.stage}` : ''}${p.variant !== 'standard' ? ` · ${p.variant} variant` : ''}${p.optional ? ' · optional' : ''}`,
  ];
  return { uid: `${athlete}-${day.date}@regimen`, date: day.date, summary, description: [...header, ...lines].join('\n') };
}
