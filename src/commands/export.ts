// `regimen export --format json|csv|ics` (SPEC §4): the journal's records for one
// athlete or all of them, to stdout or to a private file written atomically. A
// reading command: it never changes the journal.
import { printJson, type Context } from '../context.js';
import { addDays, daysBetween, eachDay, type IsoDate } from '../core/dates.js';
import { choiceOption } from '../io/validate-input.js';
import { calendarEvent, csvRow, CSV_HEADER, isPlannedSession, type CalendarEvent, type CsvCell, type DayRecord } from '../core/transfer/calendar-rows.js';
import { EXPORT_FORMAT } from '../core/transfer/tables.js';
import { escapeJsonControls } from '../core/safe-text.js';
import { UsageError } from '../errors.js';
import { writeFd } from '../io/output.js';
import { athleteStateIfAssigned, requireAthlete, resolveAthlete } from '../io/athlete-state.js';
import { listAthletes, type AthleteRow } from '../io/journal/athletes.js';
import { checkinsBetween, sessionPlanned, sessionsBetween } from '../io/journal/daily.js';
import type { Db } from '../io/journal/open.js';
import { athleteExportText, firstSessionDate } from '../io/journal/transfer.js';
import { parseDateOption } from '../io/clock.js';
import { loadLibrary } from '../io/transfer/libraries.js';
import { withReadingJournal, writePrivateFileAtomic } from '../io/transfer/files.js';

export interface ExportOptions {
  format: 'json' | 'csv' | 'ics';
  out?: string;
  all: boolean;
  from?: IsoDate;
  to?: IsoDate;
}

/** Commander's raw values → checked export options (the range is only for csv and ics). */
export function exportOptions(raw: Record<string, unknown>): ExportOptions {
  const format = choiceOption(raw.format ?? 'json', '--format', ['json', 'csv', 'ics'] as const)!;
  const from = raw.from !== undefined ? parseDateOption(raw.from as string, '--from') : undefined;
  const to = raw.to !== undefined ? parseDateOption(raw.to as string, '--to') : undefined;
  if (format === 'json' && (from || to)) {
    throw new UsageError(
      '--from and --to are for csv and ics exports',
      'a json export holds the whole record, so that it can be imported without losing anything',
    );
  }
  if (from && to && to < from) throw new UsageError(`--to ${to} is before --from ${from}`);
  return { format, out: raw.out as string | undefined, all: Boolean(raw.all), from, to };
}

/** The calendar's default span from today (SPEC §4 ics), and the longest one asked for. */
const CALENDAR_DAYS = 28;
const CALENDAR_MAX_DAYS = 366;

function chosenAthletes(db: Db, ctx: Context, all: boolean | undefined): AthleteRow[] {
  if (all) {
    if (ctx.options.athlete) throw new UsageError('--athlete and --all cannot be combined', 'export one athlete, or every athlete with --all');
    return listAthletes(db).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  if (ctx.options.athlete) return [requireAthlete(db, ctx.options.athlete, 'run `regimen init` to add one')];
  try {
    return [resolveAthlete(db, ctx)];
  } catch (e) {
    // "Several active athletes": exporting them all is the likely wish here.
    if (e instanceof UsageError && e.message.startsWith('several'))
      throw new UsageError(e.message, 'choose one with --athlete ID, or export every athlete with --all');
    throw e;
  }
}

function exportJson(db: Db, athletes: AthleteRow[]): string {
  const records = athletes.map((a) => athleteExportText(db, a.id));
  return `{\n  "format": ${JSON.stringify(EXPORT_FORMAT)},\n  "athletes": ${records.length ? `[\n${records.join(',\n')}\n  ]` : '[]'}\n}\n`;
}

/** The first day an athlete has anything to show: their start, or their first logged session. */
function firstDay(db: Db, athlete: string, start: IsoDate | undefined): IsoDate | undefined {
  const first = firstSessionDate(db, athlete);
  return [start, first ?? undefined].filter((d): d is string => !!d).sort()[0];
}

async function csvRows(db: Db, ctx: Context, athlete: AthleteRow, from: IsoDate | undefined, to: IsoDate): Promise<CsvCell[][]> {
  const state = await athleteStateIfAssigned(db, ctx, athlete);
  const start = from ?? firstDay(db, athlete.id, state?.assignment.start_date);
  if (!start || start > to) return [];
  const sessions = new Map(sessionsBetween(db, athlete.id, start, to).map((s) => [s.date, s]));
  const checkins = new Map(checkinsBetween(db, athlete.id, start, to).map((c) => [c.date, c.status]));
  const rows: CsvCell[][] = [];
  for (const date of eachDay(start, to)) {
    const s = sessions.get(date);
    const record: DayRecord = {
      date,
      schedule: state && date >= state.assignment.start_date ? state.resolver.day(date) : null,
      session: s ? { ...s, planned: sessionPlanned(s) } : null,
      checkinStatus: checkins.get(date) ?? null,
    };
    const row = csvRow(athlete.id, record);
    if (row) rows.push(row);
  }
  return rows;
}

async function exportCsv(db: Db, ctx: Context, athletes: AthleteRow[], from: IsoDate | undefined, to: IsoDate): Promise<string> {
  const rows: CsvCell[][] = [];
  for (const a of athletes) rows.push(...(await csvRows(db, ctx, a, from, to)));
  const { stringify } = await loadLibrary('csv-stringify');
  // RFC 4180: CRLF line ends; fields with commas, quotes or line breaks are quoted.
  return stringify([[...CSV_HEADER], ...rows.map((r) => r.map((c) => (c === null ? '' : c)))], { record_delimiter: 'windows' });
}

async function exportIcs(db: Db, ctx: Context, athletes: AthleteRow[], from: IsoDate, to: IsoDate): Promise<string> {
  const found: { athlete: string; event: CalendarEvent }[] = [];
  for (const a of athletes) {
    const state = await athleteStateIfAssigned(db, ctx, a);
    if (!state) continue;
    for (const date of eachDay(from, to)) {
      const day = state.resolver.day(date);
      if (date >= state.assignment.start_date && isPlannedSession(day))
        found.push({ athlete: a.id, event: calendarEvent(a.id, day, day.planned.session ? state.plan.sessions[day.planned.session]?.name : undefined) });
    }
  }
  if (!found.length) return icsEmpty();
  // A coach's calendar of several athletes says whose session each one is, in its title.
  const several = new Set(found.map((f) => f.athlete)).size > 1;
  const events = found.map((f) => (several ? { ...f.event, summary: `${f.athlete} · ${f.event.summary}` } : f.event));
  const ics = await loadLibrary('ics');
  const ymd = (d: IsoDate) => d.split('-').map(Number) as [number, number, number];
  // DTSTAMP from the export's date, not the wall clock: the same journal and date give the same file.
  const timestamp = Date.parse(`${ctx.today}T00:00:00Z`);
  const { error, value } = ics.createEvents(
    events.map((e) => ({
      uid: e.uid,
      start: ymd(e.date),
      end: ymd(addDays(e.date, 1)),
      title: e.summary,
      description: e.description,
      timestamp,
      productId: 'regimen',
    })),
    { productId: 'regimen', calName: 'regimen training plan' },
  );
  if (error || !value) throw new Error(`ics: ${error?.message ?? 'no output'}`);
  return value;
}

/** A calendar with no events (the ics library refuses an empty list). */
function icsEmpty(): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:regimen', 'X-WR-CALNAME:regimen training plan', 'END:VCALENDAR', ''].join('\r\n');
}

export async function runExport(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const opts = exportOptions(raw);
  const { format, from, to } = opts;
  const content = await withReadingJournal(ctx, async (db) => {
    const athletes = chosenAthletes(db, ctx, opts.all);
    const ids = athletes.map((a) => a.id);
    if (format === 'json') return { athletes: ids, text: exportJson(db, athletes) };
    if (format === 'csv') return { athletes: ids, text: await exportCsv(db, ctx, athletes, from, to ?? ctx.today) };
    const start = from ?? ctx.today;
    const end = to ?? addDays(start, CALENDAR_DAYS - 1);
    if (daysBetween(start, end) >= CALENDAR_MAX_DAYS)
      throw new UsageError(`the range ${start}..${end} is too long for a calendar`, `ask for at most ${CALENDAR_MAX_DAYS} days`);
    return { athletes: ids, text: await exportIcs(db, ctx, athletes, start, end) };
  });
  if (opts.out) {
    writePrivateFileAtomic(opts.out, content.text);
    if (ctx.options.json) printJson(ctx, { format, out: opts.out, athletes: content.athletes });
    else ctx.err(`Exported ${content.athletes.join(', ') || 'no athletes'} to ${opts.out} (${format}).`);
  } else if (format === 'json') {
    // The same JSON value, with DEL and C1 controls written as \u escapes (SPEC §4 "Safe output").
    writeFd(1, escapeJsonControls(content.text));
  } else writeFd(1, content.text, true); // CSV and iCalendar keep their CRLF line ends
  return 0;
}
