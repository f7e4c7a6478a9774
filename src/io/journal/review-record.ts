// Encoding and decoding `reviews.result` (the record's type: core/records/review.ts).
import type { StoredReview, StoredReviewV1 } from '../../core/records/review.js';

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
    window: r.window,
    metrics: r.metrics,
    decision: r.decision,
    stage: r.stage,
    exercises: r.exercises,
    held_exercises: r.held_exercises,
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
