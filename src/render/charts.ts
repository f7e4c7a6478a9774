// Small terminal charts (SPEC §4 v1.1): weekly minutes planned vs done (asciichart),
// completion and load as sparklines. When output is not a terminal, the same labels
// with plain numbers instead, so scripts and logs read the values.
import { createRequire } from 'node:module';
import type { HistoryWeek } from '../core/engine/history.js';
import type { Theme } from './theme.js';

const BARS = '▁▂▃▄▅▆▇█';

/** One bar per value, scaled from 0 (or the smallest value if below 0) to the largest; null is a gap. */
export function sparkline(values: (number | null)[], max = Math.max(0, ...values.filter((v): v is number => v !== null))): string {
  return values.map((v) => (v === null ? ' ' : BARS[max > 0 ? Math.min(7, Math.round((v / max) * 7)) : 0])).join('');
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

export interface ChartOptions {
  /** Draw (a terminal); otherwise plain numbers. */
  tty: boolean;
  width: number;
  theme: Theme;
}

/** `history --chart`: minutes planned vs done, completion and load, per ISO week. */
export function historyChart(weeks: HistoryWeek[], o: ChartOptions): string {
  const t = o.theme;
  if (!weeks.length) return '';
  const last = weeks[weeks.length - 1]!;
  if (!o.tty) {
    return [
      `Minutes per week (planned/done): ${weeks.map((w) => `${w.minutes_planned}/${w.minutes_done}`).join(' ')}`,
      `Completion per week: ${weeks.map((w) => pct(w.completion)).join(' ')}`,
      `Load per week (effort × minutes): ${weeks.map((w) => w.load).join(' ')}`,
    ].join('\n');
  }
  const asciichart = createRequire(import.meta.url)('asciichart') as typeof import('asciichart');
  const labelWidth = 7;
  // Each week gets the same number of columns, so a few weeks still fill the line.
  const per = Math.max(1, Math.min(8, Math.floor((o.width - labelWidth - 2) / weeks.length)));
  const stretch = (xs: number[]) => xs.flatMap((x) => Array<number>(per).fill(x));
  // A coloured theme has a marker; the plain one does not.
  const marker = t.marker;
  const colored = marker !== undefined;
  const plot = asciichart.plot([stretch(weeks.map((w) => w.minutes_planned)), stretch(weeks.map((w) => w.minutes_done))], {
    height: 6,
    min: 0,
    format: (x: number) => String(Math.round(x)).padStart(labelWidth - 1) + ' ',
    ...(colored ? { colors: [asciichart.darkgray, asciichart.green] } : {}),
  });
  // asciichart colours with real ESC, which writeFd would show escaped (SPEC §4 "Safe
  // output"); the plot holds only numbers and box lines, so its ESC become the theme's markers.
  const shown = colored ? plot.split('\x1b').join(marker) : plot;
  return [
    `Minutes per week: ${t.dim('─ planned')}  ${t.green('─ done')}`,
    shown,
    `Completion per week: ${sparkline(
      weeks.map((w) => w.completion),
      1,
    )}  ${pct(last.completion)}`,
    `Load per week (effort × minutes): ${sparkline(weeks.map((w) => w.load))}  ${last.load}`,
  ].join('\n');
}

/** The completion line under a review: a sparkline on a terminal, the numbers otherwise. */
export function completionTrend(weeks: { week: string; completion: number | null }[], tty: boolean): string {
  if (!weeks.length) return '';
  const values = tty
    ? sparkline(
        weeks.map((w) => w.completion),
        1,
      )
    : weeks.map((w) => pct(w.completion)).join(' ');
  return `Completion, last ${weeks.length} week${weeks.length === 1 ? '' : 's'}: ${values}`;
}
