// A review as text: the metrics, the decision with its receipts, and a gentle message.
import type { Theme } from './theme.js';
import { loadSummary } from '../core/engine/load.js';
import type { StoredReview, StoredReviewMetricsV1 } from '../core/records/review.js';

/** `review --json` (SPEC §4): the output contract, mapped from a review record by reviewJson. */
export interface ReviewJson {
  athlete: string;
  week: string;
  date: string;
  window: { from: string; to: string; days: number };
  metrics: StoredReviewMetricsV1;
  decision: 'progress' | 'hold' | 'step_down';
  stage: { from: string; to: string };
  exercises: { exercise: string; from: string; to: string; reason: string }[];
  held_exercises: { exercise: string; load: string; reason: string }[];
  reasons: string[];
  applied: boolean;
  cached: boolean;
  message: string;
}

/**
 * A review record as `review --json` shows it: `applied` when this run stored it (or it
 * was stored before), `cached` when it was already stored and is shown as it was.
 */
export function reviewJson(r: StoredReview, flags: { applied: boolean; cached: boolean }): ReviewJson {
  return {
    athlete: r.athlete,
    week: r.week,
    date: r.date,
    window: r.window,
    metrics: r.metrics,
    decision: r.decision,
    stage: r.stage,
    exercises: r.exercises,
    held_exercises: r.held_exercises,
    reasons: r.reasons,
    applied: flags.applied,
    cached: flags.cached,
    message: r.message,
  };
}

const show = (x: number | null | boolean) => (x === null ? '—' : String(x));

export function renderReview(r: ReviewJson, t: Theme): string {
  const m = r.metrics;
  const label = { progress: t.green('progress'), hold: t.yellow('hold'), step_down: t.cyan('step down') }[r.decision];
  const stage = r.stage.from === r.stage.to ? r.stage.from : `${r.stage.from} → ${r.stage.to}`;
  const lines = [
    t.bold(`Review ${r.week} for ${r.athlete}`) +
      t.dim(` (${r.window.from} – ${r.window.to}${r.cached ? ', already reviewed' : ''}${r.applied ? '' : ', dry run: nothing saved'})`),
    `  sessions     ${m.completed}/${m.planned}${m.completion !== null ? ` (${Math.round(m.completion * 100)}%)` : ''}`,
    `  average RPE  ${show(m.avg_rpe)}`,
    `  red days     ${m.red_days} (${m.red_session_days} on session days)`,
    `  weeks here   ${m.weeks_in_stage}`,
    `  load         ${loadSummary(m.load)}`,
    `${t.bold('Decision')}: ${label} — ${stage}`,
    ...r.reasons.map((reason) => `  • ${reason}`),
  ];
  if (m.avoidance.count) lines.push(t.dim(`  lighter choices on: ${m.avoidance.days.map((d) => `${d.date} (${d.planned} → ${d.done})`).join(', ')}`));
  for (const e of r.exercises) lines.push(`  ${e.exercise}: ${e.from} → ${e.to} ${t.dim(`(${e.reason})`)}`);
  lines.push('', r.message);
  return lines.join('\n');
}
