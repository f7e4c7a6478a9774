// `regimen history` (SPEC §4): planned versus done per day and per week, with load
// metrics (§6.2); `--compare` puts each week (sequence plans: each cycle) beside
// the one before, per exercise.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { addDays, daysBetween, mondayOf, sundayOf, type IsoDate } from '../core/dates.js';
import { comparePeriods } from '../core/engine/compare.js';
import { summarizeWeeks, type HistoryDay } from '../core/engine/history.js';
import { loadHistoryStart, loadMetrics } from '../core/engine/load.js';
import { UsageError } from '../errors.js';
import { athleteStateIfAssigned, resolveAthlete, type AthleteState } from '../io/athlete-state.js';
import { parseDateOption } from '../io/clock.js';
import { readDayNotes, readHistoryDays } from '../io/history-read.js';
import { loadSessionsBetween, recordStartOf } from '../io/journal/record-start.js';
import { intOption } from '../io/validate-input.js';
import { withJournal } from '../io/with-journal.js';
import { renderHistory } from '../render/history.js';
import { renderHistoryDays } from '../render/history-days.js';
import { DAY_ROWS_UP_TO_DAYS, rangeFromStart } from '../core/engine/history-days.js';
import { isTerminal } from '../io/output.js';
import { terminalWidth } from '../io/terminal-width.js';

export interface HistoryOptions {
  from: IsoDate;
  to: IsoDate;
  compare: boolean;
  days: boolean;
  chart: boolean;
}

/** Commander's raw values → the asked range and views (the first problem is the one reported). */
export function historyOptions(o: Record<string, unknown>, today: IsoDate): HistoryOptions {
  if (o.weeks !== undefined && o.from !== undefined) throw new UsageError('give either --from or --weeks, not both');
  const to = o.to ? parseDateOption(o.to as string, '--to') : today;
  const weeks = intOption(o.weeks, '--weeks', 1, 520) ?? 4;
  const from = o.from ? parseDateOption(o.from as string, '--from') : mondayOf(addDays(to, -(weeks - 1) * 7));
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  if (daysBetween(from, to) > 3660) throw new UsageError('the range is longer than ten years', 'ask for a shorter range');
  return { from, to, compare: Boolean(o.compare), days: Boolean(o.days), chart: Boolean(o.chart) };
}

type Period = { period: string; from: IsoDate; to: IsoDate; sessions: { date: IsoDate; exercises: NonNullable<HistoryDay['session']>['exercises'] }[] };

function sessionsIn(days: HistoryDay[], from: IsoDate, to: IsoDate): Period['sessions'] {
  return days.filter((d) => d.date >= from && d.date <= to && d.session).map((d) => ({ date: d.date, exercises: d.session!.exercises }));
}

/**
 * Weekly plans compare ISO weeks. Sequence plans compare cycles: passes through
 * `days`, which begin whenever the athlete's position comes back to day 1 — so a
 * workout that waited a few days still falls in its own cycle.
 */
function periods(state: AthleteState | null, days: HistoryDay[], from: IsoDate, to: IsoDate): Period[] {
  if (state?.plan.schedule !== 'sequence') {
    const out: Period[] = [];
    for (let p = mondayOf(from); p <= to; p = addDays(p, 7))
      out.push({ period: `week of ${p}`, from: p, to: addDays(p, 6), sessions: sessionsIn(days, p, addDays(p, 6)) });
    return out;
  }
  const starts: IsoDate[] = [];
  let previous = -1;
  for (let d = state.resolver.startMonday; d <= to; d = addDays(d, 1)) {
    const index = state.sequenceIndexOn(d);
    if (index === 0 && previous !== 0) starts.push(d);
    previous = index;
  }
  return starts
    .map((start, i) => ({ period: `cycle ${i + 1}`, from: start, to: i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : to }))
    .filter((c) => c.to >= from)
    .map((c) => ({ ...c, sessions: sessionsIn(days, c.from, c.to) }));
}

export async function runHistory(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const options = historyOptions(raw, ctx.today);
  const asked = options;
  const result = await withJournal(ctx, { readOnly: true }, async (db) => {
    const athlete = resolveAthlete(db, ctx);
    const state = await athleteStateIfAssigned(db, ctx, athlete);
    const start = recordStartOf(db, athlete.id);
    const { from, to } = rangeFromStart(asked.from, asked.to, start);
    const extras = readDayNotes(db, athlete.id, from, to);
    const withNotes = (d: HistoryDay) => ({ ...d, notes: extras.get(d.date)?.notes ?? [], events: extras.get(d.date)?.events ?? [] });
    const days = from > to ? [] : readHistoryDays(db, athlete.id, state, mondayOf(from), sundayOf(to)).filter((d) => d.date >= from && d.date <= to);
    // From the first day of record: the EWMA steps through every day of it (SPEC §6.2).
    const recordStart = start ?? to;
    const loadWindow = loadSessionsBetween(db, athlete.id, loadHistoryStart(recordStart, to), to);
    return {
      athlete: athlete.id,
      from,
      to,
      start,
      weeks: summarizeWeeks(days, ctx.today).map((w) => ({ ...w, days: w.days.map(withNotes) })),
      load: loadMetrics(loadWindow, to, recordStart),
      ...(options.compare ? { compare: comparePeriods(periods(state, days, from, to)) } : {}),
    };
  });
  if (ctx.options.json) {
    printJson(ctx, result);
    return 0;
  }
  if (result.from > result.to) {
    ctx.out(`The record starts on ${result.start}; there is nothing to show up to ${result.to}.`);
    return 0;
  }
  ctx.out(renderHistory(result, ctx.theme, (await import('../render/table.js')).renderTable));
  const short = daysBetween(result.from, result.to) < DAY_ROWS_UP_TO_DAYS;
  if (options.days || short)
    ctx.out(
      `\n${renderHistoryDays(
        result.weeks.flatMap((w) => w.days),
        ctx.theme,
      )}`,
    );
  if (options.chart) {
    const { historyChart } = await import('../render/charts.js');
    ctx.out(`\n${historyChart(result.weeks, { tty: isTerminal(1), width: terminalWidth(), theme: ctx.theme })}`);
  }
  return 0;
}
