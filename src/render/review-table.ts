// `review --all` as text (SPEC §4 v1.1): one table, a row per athlete, then the
// reasons of every athlete who did not progress — a coach reads down one column.
import type { ReviewJson } from './review.js';
import { renderColumns } from './columns.js';
import type { Theme } from './theme.js';

export const DECISION_WORDS = { progress: 'progress', hold: 'hold', step_down: 'step down' } as const;

export function paintDecision(d: ReviewJson['decision'], t: Theme): string {
  return { progress: t.green, hold: t.yellow, step_down: t.cyan }[d](DECISION_WORDS[d]);
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

export function renderReviewTable(reviews: ReviewJson[], t: Theme): string {
  const weeks = [...new Set(reviews.map((r) => r.week))];
  const rows = reviews.map((r) => {
    const m = r.metrics;
    return [
      r.athlete,
      paintDecision(r.decision, t),
      r.stage.from === r.stage.to ? r.stage.from : `${r.stage.from} → ${r.stage.to}`,
      `${m.completed}/${m.planned} ${pct(m.completion)}`,
      m.avg_rpe === null ? '—' : String(m.avg_rpe),
      String(m.red_days),
      ...(weeks.length > 1 ? [r.week] : []),
    ];
  });
  const head = ['athlete', 'decision', 'stage', 'sessions', 'avg RPE', 'red days', ...(weeks.length > 1 ? ['week'] : [])];
  const notes: string[] = [];
  if (reviews.some((r) => r.cached)) notes.push('already reviewed: shown as stored');
  if (reviews.some((r) => !r.applied && !r.cached)) notes.push('dry run: nothing saved');
  const title =
    t.bold(`Weekly review${weeks.length === 1 ? ` ${weeks[0]}` : ''}, ${reviews.length} athlete${reviews.length === 1 ? '' : 's'}`) +
    (notes.length ? t.dim(` (${notes.join('; ')})`) : '');
  const lines = [title, '', renderColumns(head, rows, t)];
  const notProgressing = reviews.filter((r) => r.decision !== 'progress');
  for (const r of notProgressing) {
    lines.push('', `${t.bold(r.athlete)}: ${paintDecision(r.decision, t)}`);
    for (const reason of r.reasons) lines.push(`  • ${reason}`);
  }
  if (notProgressing.length) lines.push('', 'Holding or stepping down is part of the plan working: it keeps training safe while the body catches up.');
  return lines.join('\n');
}

/** `--fail-on`: one stderr line per athlete that matched, naming the decision. */
export function failOnLines(matched: ReviewJson[], failOn: string): string[] {
  return matched.map((r) => `review --fail-on ${failOn}: ${r.athlete} ${r.decision}${r.stage.from !== r.stage.to ? ` (${r.stage.from} → ${r.stage.to})` : ''}`);
}
