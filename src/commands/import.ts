// `regimen import FILE…` (SPEC §4): regimen exports, FIT activity files and strength-app
// CSV exports. Every file is read and checked first; if anything is wrong nothing is
// written (exit 2 naming the file, the record and the field). All writes are one
// transaction, with one `import.applied` audit event.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import type { IsoDate } from '../core/dates.js';
import { activityActual, mergeActivitiesByDate, type Activity } from '../core/transfer/activities.js';
import { matchExerciseName } from '../core/transfer/exercise-names.js';
import type { Workout } from '../core/transfer/strength-apps.js';
import type { SessionType } from '../core/plan/vocabulary.js';
import { UsageError } from '../errors.js';
import { athleteStateIfAssigned, resolveAthlete, type AthleteState } from '../io/athlete-state.js';
import { getAthlete, type AthleteRow } from '../io/journal/athletes.js';
import { actorName, appendAudit } from '../io/journal/audit.js';
import { currentSession, insertSession, markReplaced, type NewSession } from '../io/journal/daily.js';
import { writeTransaction } from '../io/journal/open.js';
import { importedKeys, writeAthleteExport } from '../io/journal/transfer.js';
import { ImportRefused, KINDS, parseFiles, type Kind, type Parsed } from '../io/transfer/import-files.js';
import { withWritingJournal } from '../io/transfer/files.js';
import { rememberPlanVersion } from '../io/assign.js';
import { clockTimestamp } from '../io/clock.js';
import { intOption } from '../io/validate-input.js';

export interface ImportOptions {
  files: string[];
  from?: Kind;
  rpe: number | null;
  replace: boolean;
}

/** One day's session to add, from any source. */
interface DayImport {
  date: IsoDate;
  type: SessionType;
  minutes: number;
  keys: string[];
  exercises: unknown[];
  note: string | null;
  file: string;
}

/** The days to add: FIT activities merged per date, strength workouts per date, names matched to the plan. */
function daysToImport(parsed: Parsed, state: AthleteState | null): DayImport[] {
  const days: DayImport[] = [];
  for (const d of mergeActivitiesByDate(parsed.activities)) {
    days.push({
      date: d.date,
      type: d.type,
      minutes: d.minutes,
      keys: d.keys,
      exercises: d.activities.map(activityActual),
      note: null,
      file: (d.activities[0] as Activity & { file: string }).file,
    });
  }
  const planNames = state
    ? Object.values(state.plan.sessions).flatMap((s) => [...s.standard, ...(s.gentle ?? []), ...(s.minimal ?? [])].map((i) => i.exercise))
    : [];
  const byDate = new Map<IsoDate, (Workout & { file: string })[]>();
  for (const w of parsed.workouts) byDate.set(w.date, [...(byDate.get(w.date) ?? []), w]);
  for (const [date, list] of [...byDate].sort(([a], [b]) => (a < b ? -1 : 1))) {
    days.push({
      date,
      type: 'strength',
      minutes: list.reduce((s, w) => s + w.minutes, 0),
      keys: list.map((w) => `${w.exercises[0]?.source ?? 'strong'}:${w.start}`),
      exercises: list.flatMap((w) => w.exercises.map((e) => ({ ...e, exercise: matchExerciseName(e.exercise, planNames) }))),
      note:
        list
          .map((w) => w.title)
          .filter(Boolean)
          .join('; ') || null,
      file: list[0]!.file,
    });
  }
  return oneSessionPerDate(days);
}

/** A watch activity and an app workout on one date are one session too: minutes added, the type of the longer. */
function oneSessionPerDate(days: DayImport[]): DayImport[] {
  const byDate = new Map<IsoDate, DayImport>();
  for (const d of days) {
    const seen = byDate.get(d.date);
    if (!seen) byDate.set(d.date, d);
    else
      byDate.set(d.date, {
        ...seen,
        type: d.minutes > seen.minutes ? d.type : seen.type,
        minutes: seen.minutes + d.minutes,
        keys: [...seen.keys, ...d.keys],
        exercises: [...seen.exercises, ...d.exercises],
        note: [seen.note, d.note].filter(Boolean).join('; ') || null,
      });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function sessionRow(athlete: AthleteRow, state: AthleteState | null, day: DayImport, rpe: number | null, clockToday: IsoDate): NewSession {
  const schedule = state && day.date >= state.assignment.start_date ? state.resolver.day(day.date) : null;
  const planned = schedule?.planned ?? null;
  return {
    athlete_id: athlete.id,
    date: day.date,
    assignment_id: state?.assignment.id ?? null,
    plan_hash: state?.planHashOn(day.date) ?? null, // the version in force that day (SPEC §3), as log stores it
    planned: planned ? JSON.stringify(planned) : null,
    planned_type: planned?.type ?? null,
    planned_minutes: planned?.minutes ?? null,
    planned_stage: schedule?.stage ?? null,
    current_stage: state ? state.stageOn(clockToday).id : null,
    actual_type: day.type,
    actual_minutes: day.minutes,
    status: 'completed',
    rpe,
    energy: null,
    exercises: JSON.stringify(day.exercises),
    note: day.note,
    symptoms: null,
    adapted_for_symptoms: 0,
    adaptation: null,
    seq_index: state?.plan.schedule === 'sequence' ? state.sequenceIndexOn(day.date) : null,
    idempotency_key: day.keys.join(' + '),
  };
}

export interface ImportSummary {
  added: { athletes: string[]; sessions: IsoDate[] };
  already_present: IsoDate[];
  skipped: { date: IsoDate; reason: string }[];
  replaced: IsoDate[];
  refused: number;
}

/** Commander's raw values (the FILE… argument and flags) → checked import options. */
export function importOptions(args: unknown[], raw: Record<string, unknown>): ImportOptions {
  const files = (args[0] as string[] | undefined) ?? [];
  const from = raw.from as string | undefined;
  if (!files.length) throw new UsageError('import needs at least one file', 'e.g. regimen import export.json, or regimen import ride.fit --rpe 5');
  if (from !== undefined && !(KINDS as readonly string[]).includes(from))
    throw new UsageError(`--from "${from}" is not accepted`, `use one of ${KINDS.join(', ')}`);
  return { files, from: from as Kind | undefined, rpe: intOption(raw.rpe, '--rpe', 0, 10) ?? null, replace: Boolean(raw.replace) };
}

export async function runImport(ctx: Context, args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const opts = importOptions(args, raw);
  const { files, rpe } = opts;
  let parsed: Parsed;
  try {
    parsed = await parseFiles(files, opts.from);
  } catch (e) {
    if (e instanceof ImportRefused)
      throw new UsageError(
        `${e.message}; nothing was imported`,
        e.more ? `${e.file} has ${e.more} more problem${e.more === 1 ? '' : 's'} after this one` : undefined,
      );
    throw e;
  }
  const hasDays = parsed.activities.length > 0 || parsed.workouts.length > 0;
  const summary: ImportSummary = { added: { athletes: [], sessions: [] }, already_present: [], skipped: [], replaced: [], refused: 0 };

  // Sessions need an athlete, so only an import of whole athletes may start a new journal.
  await withWritingJournal(ctx, !hasDays, async (db) => {
    // Who the sessions are for, and their plan, are read before the write transaction (the plan file may need validating).
    const athlete = hasDays ? resolveAthlete(db, ctx) : null;
    const state = athlete ? await athleteStateIfAssigned(db, ctx, athlete) : null;
    const days = daysToImport(parsed, state);
    const future = days.find((d) => d.date > ctx.clockToday);
    if (future) throw new UsageError(`${future.file}: the session of ${future.date} is in the future; nothing was imported`);
    writeTransaction(db, () => {
      // Decided inside the transaction: another process may have written since the files were read (SPEC §3).
      const seen = new Set<string>();
      for (const { file, index, athlete: a } of parsed.athletes) {
        if (getAthlete(db, a.id) || seen.has(a.id)) {
          const where = seen.has(a.id) ? 'is in an earlier file of this import' : 'already exists in this journal';
          throw new UsageError(`${file}: athletes[${index}], id: athlete "${a.id}" ${where}; nothing was imported`, 'an import adds new athletes only');
        }
        seen.add(a.id);
        try {
          writeAthleteExport(db, a);
        } catch (e) {
          // A safety net: the checks above should leave nothing for SQLite's constraints to refuse.
          if (!String((e as { code?: string }).code).startsWith('SQLITE_CONSTRAINT')) throw e;
          throw new UsageError(`${file}: athletes[${index}] ("${a.id}"): the journal refused a record (${(e as Error).message}); nothing was imported`);
        }
        summary.added.athletes.push(a.id);
      }
      if (athlete) {
        // An edited plan file: keep its version, as `log` does, so the sessions can name it.
        if (state && days.length) rememberPlanVersion(db, ctx, state.assignment, state.source, state.plan);
        const known = importedKeys(db, athlete.id);
        for (const day of days) {
          if (day.keys.every((k) => known.has(k))) {
            summary.already_present.push(day.date);
            continue;
          }
          const existing = currentSession(db, athlete.id, day.date);
          if (existing && !opts.replace) {
            summary.skipped.push({ date: day.date, reason: `already has a session (${existing.status}, ${existing.actual_minutes} min)` });
            continue;
          }
          if (existing) {
            markReplaced(db, existing.id);
            summary.replaced.push(day.date);
          }
          insertSession(db, sessionRow(athlete, state, day, rpe, ctx.clockToday));
          summary.added.sessions.push(day.date);
        }
      }
      appendAudit(db, {
        athlete: null,
        action: 'import.applied',
        actor: actorName(ctx.env),
        details: { files: files.map((f) => ({ file: f, kind: parsed.kinds[f] })), athlete: athlete?.id ?? null, ...summary },
        at: clockTimestamp(ctx.today),
      });
    });
  });
  if (ctx.options.json) printJson(ctx, summary);
  else ctx.out(renderSummary(summary));
  return 0;
}

function renderSummary(s: ImportSummary): string {
  const lines: string[] = [];
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (s.added.athletes.length) lines.push(`Added ${n(s.added.athletes.length, 'athlete')}: ${s.added.athletes.join(', ')}.`);
  if (s.added.sessions.length) lines.push(`Added ${n(s.added.sessions.length, 'session')}: ${s.added.sessions.join(', ')}.`);
  if (s.replaced.length) lines.push(`Replaced the earlier record on ${s.replaced.join(', ')} (it stays in history).`);
  if (s.already_present.length) lines.push(`Already present, left as they are: ${s.already_present.join(', ')}.`);
  for (const k of s.skipped) lines.push(`Skipped ${k.date}: it ${k.reason}; add --replace to use the imported one.`);
  if (!lines.length) lines.push('Nothing to add.');
  // Anything wrong refuses the whole import before a write, so a finished one refused nothing.
  lines.push('Refused: none.');
  return lines.join('\n');
}
