// `history` as text: one row per week, then the load metrics and any comparison.
import type { Theme } from './theme.js';
import { addDays } from '../core/dates.js';
import { describeBest, type PeriodComparison } from '../core/engine/compare.js';
import type { HistoryWeek } from '../core/engine/history.js';
import { loadSummary, type LoadMetrics } from '../core/engine/load.js';
import { LOAD_EXPLAINED } from './load-words.js';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** Runs of days repaired away, as `2026-11-10 – 2026-11-15` (a single day as itself). */
export function repairedAway(weeks: HistoryWeek[]): string[] {
  const runs: [string, string][] = [];
  for (const d of weeks.flatMap((w) => w.days)) {
    if (!d.repaired_away) continue;
    const last = runs.at(-1);
    if (last && addDays(last[1], 1) === d.date) last[1] = d.date;
    else runs.push([d.date, d.date]);
  }
  return runs.map(([a, b]) => (a === b ? a : `${a} – ${b}`));
}

export function renderHistory(
  r: { from: string; to: string; weeks: HistoryWeek[]; load: LoadMetrics; compare?: PeriodComparison[] },
  t: Theme,
  renderTable: (head: string[], rows: (string | number)[][], t: Theme) => string,
): string {
  const rows = r.weeks.map((w) => [
    w.week,
    `${w.completed}/${w.planned}`,
    pct(w.completion),
    `${w.minutes_done}/${w.minutes_planned}`,
    w.avg_rpe ?? '—',
    w.load,
  ]);
  const lines = [t.bold(`History ${r.from} – ${r.to}`), renderTable(['week', 'done', 'completion', 'minutes', 'avg RPE', 'load'], rows, t)];
  const l = r.load;
  const away = repairedAway(r.weeks);
  if (away.length) lines.push(`Repaired away (counted as neither planned nor missed): ${away.join(', ')}.`);
  lines.push(t.dim(`Load (7 days to ${r.to}): ${loadSummary(l)}.`));
  lines.push(t.dim(LOAD_EXPLAINED));
  for (const p of r.compare ?? []) {
    if (!p.exercises.length && !p.not_compared.length) continue;
    lines.push('', t.bold(`${p.period} (${p.from} – ${p.to})`));
    for (const e of p.exercises) {
      const best = e.current ? describeBest(e.current) : '—';
      lines.push(`  ${e.exercise}: best ${best} ${t.dim(`(${e.change})`)}`);
    }
    if (p.not_compared.length) lines.push(t.dim(`  Not compared (not a planned exercise that day): ${p.not_compared.join(', ')}.`));
  }
  return lines.join('\n');
}
