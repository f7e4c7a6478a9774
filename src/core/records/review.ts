// A weekly review as the journal keeps it in `reviews.result`: its own versioned type,
// not the `--json` shape (STYLE habit 11). render/review.ts maps a record to what
// `review` prints, so changing the output never changes what is stored; the journal
// module (io/journal/review-record.ts) encodes and decodes it, so a journal written by
// an older regimen still reads.

export type StoredDecision = 'progress' | 'hold' | 'step_down';

/** The week's numbers as version 1 keeps them (the engine's ReviewMetrics when it was written). */
export interface StoredReviewMetricsV1 {
  planned: number;
  completed: number;
  completion: number | null;
  avg_rpe: number | null;
  red_days: number;
  red_session_days: number;
  treatment_change: boolean;
  avoidance: { detected: boolean; count: number; days: { date: string; planned: string; done: string }[] };
  weeks_in_stage: number;
  load: {
    acute: number;
    chronic: number | null;
    acwr: number | null;
    monotony: number | null;
    strain: number | null;
    days_of_record: number;
    ewma: { acute: number; chronic: number; ratio: number | null };
  };
}

/**
 * Version 1: the layout stored since reviews were first kept (it carries no version
 * field; a later layout adds `v: 2`, and the decoder tells them apart).
 */
export interface StoredReviewV1 {
  athlete: string;
  week: string;
  /** The review date: the reviewed week's Sunday. */
  date: string;
  window: { from: string; to: string; days: number };
  metrics: StoredReviewMetricsV1;
  decision: StoredDecision;
  stage: { from: string; to: string };
  /** Exercises whose target load moved, and the ones held (load kept). */
  exercises: { exercise: string; from: string; to: string; reason: string }[];
  held_exercises: { exercise: string; load: string; reason: string }[];
  reasons: string[];
  message: string;
}

/** The stored review every reader gets, whatever version is on disk. */
export type StoredReview = StoredReviewV1;
