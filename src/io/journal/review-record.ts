// Encoding and decoding `reviews.result` (the record's type: core/records/review.ts).
import type { StoredReview, StoredReviewMetricsV1, StoredReviewV1 } from '../../core/records/review.js';

/** Field by field, in version 1's order: a number the engine adds later is not stored by accident. */
function metricsV1(m: StoredReviewMetricsV1): StoredReviewMetricsV1 {
  const l = m.load;
  return {
    planned: m.planned,
    completed: m.completed,
    completion: m.completion,
    avg_rpe: m.avg_rpe,
    red_days: m.red_days,
    red_session_days: m.red_session_days,
    treatment_change: m.treatment_change,
    avoidance: {
      detected: m.avoidance.detected,
      count: m.avoidance.count,
      days: m.avoidance.days.map((d) => ({ date: d.date, planned: d.planned, done: d.done })),
    },
    weeks_in_stage: m.weeks_in_stage,
    load: {
      acute: l.acute,
      chronic: l.chronic,
      acwr: l.acwr,
      monotony: l.monotony,
      strain: l.strain,
      days_of_record: l.days_of_record,
      ewma: { acute: l.ewma.acute, chronic: l.ewma.chronic, ratio: l.ewma.ratio },
    },
  };
}

/**
 * The text kept in `reviews.result`. Version 1 also held the output's `applied` and
 * `cached` flags (always true and false for a stored review); they are written in their
 * old places so a review stores, and exports, the same bytes as before.
 */
export function encodeStoredReview(r: StoredReviewV1): string {
  return JSON.stringify({
    athlete: r.athlete,
    week: r.week,
    date: r.date,
    window: { from: r.window.from, to: r.window.to, days: r.window.days },
    metrics: metricsV1(r.metrics),
    decision: r.decision,
    stage: { from: r.stage.from, to: r.stage.to },
    exercises: r.exercises.map((e) => ({ exercise: e.exercise, from: e.from, to: e.to, reason: e.reason })),
    held_exercises: r.held_exercises.map((e) => ({ exercise: e.exercise, load: e.load, reason: e.reason })),
    reasons: r.reasons,
    applied: true,
    cached: false,
    message: r.message,
  });
}

/** Reads `reviews.result` as stored today (version 1); the legacy flags are dropped. */
export function decodeStoredReview(text: string): StoredReview {
  const { applied: _applied, cached: _cached, ...record } = JSON.parse(text) as StoredReviewV1 & { applied?: boolean; cached?: boolean };
  return record;
}
