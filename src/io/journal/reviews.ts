// Weekly reviews (one per athlete and ISO week) and the exercise targets they set.
import { stmt, type Db } from './open.js';
import type { StoredReview, StoredReviewV1 } from '../../core/records/review.js';
import { decodeStoredReview, encodeStoredReview } from './review-record.js';

const now = () => new Date().toISOString();

export interface ReviewRow {
  id: number;
  athlete_id: string;
  assignment_id: number | null;
  week: string;
  date: string;
  decision: 'progress' | 'hold' | 'step_down';
  result: string;
  created_at: string;
}

export interface TargetRow {
  exercise: string;
  load: string;
  effective_date: string;
}

export function reviewFor(db: Db, athlete: string, week: string): ReviewRow | undefined {
  return stmt(db, 'SELECT * FROM reviews WHERE athlete_id = ? AND week = ?').get(athlete, week) as ReviewRow | undefined;
}

/** The review stored for an athlete's ISO week, decoded. */
export function storedReviewFor(db: Db, athlete: string, week: string): StoredReview | undefined {
  const row = reviewFor(db, athlete, week);
  return row ? decodeStoredReview(row.result) : undefined;
}

/** The newest review dated on or before `onOrBefore`, decoded. */
export function latestStoredReview(db: Db, athlete: string, onOrBefore: string): StoredReview | undefined {
  const row = latestReview(db, athlete, onOrBefore);
  return row ? decodeStoredReview(row.result) : undefined;
}

export function latestReview(db: Db, athlete: string, onOrBefore: string): ReviewRow | undefined {
  return stmt(db, 'SELECT * FROM reviews WHERE athlete_id = ? AND date <= ? ORDER BY date DESC, id DESC LIMIT 1').get(athlete, onOrBefore) as
    | ReviewRow
    | undefined;
}

export function insertReview(db: Db, assignmentId: number, r: StoredReviewV1): number {
  const info = db
    .prepare('INSERT INTO reviews (athlete_id, assignment_id, week, date, decision, result, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(r.athlete, assignmentId, r.week, r.date, r.decision, encodeStoredReview(r), now());
  return Number(info.lastInsertRowid);
}

export function targetsOf(db: Db, athlete: string): TargetRow[] {
  return stmt(db, 'SELECT exercise, load, effective_date FROM exercise_targets WHERE athlete_id = ? ORDER BY effective_date, id').all(athlete) as TargetRow[];
}

export function insertTarget(db: Db, t: { athlete: string; exercise: string; load: string; effectiveDate: string; reviewId: number }): void {
  stmt(db, 'INSERT INTO exercise_targets (athlete_id, exercise, load, effective_date, review_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    t.athlete,
    t.exercise,
    t.load,
    t.effectiveDate,
    t.reviewId,
    now(),
  );
}
