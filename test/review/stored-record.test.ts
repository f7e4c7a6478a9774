// A stored review is its own record (STYLE habit 11): the journal keeps version 1 as it
// always has, and `review --json` is a mapping of it. Reviews stored by an earlier
// regimen (the text below is what it wrote) must read, store the same bytes, and print
// exactly as they did when shown as already reviewed.
import { describe, expect, it } from 'vitest';
import { decodeStoredReview, encodeStoredReview } from '../../src/io/journal/review-record.js';
import { reviewJson } from '../../src/render/review.js';

// Written by regimen before stored reviews had their own type: the output shape with
// `applied: true, cached: false`, in this key order.
const STORED_V1 = JSON.stringify({
  athlete: 'me',
  week: '2026-W10',
  date: '2026-03-08',
  window: { from: '2026-03-02', to: '2026-03-08', days: 7 },
  metrics: {
    planned: 4,
    completed: 3,
    completion: 0.75,
    avg_rpe: 4.3,
    red_days: 1,
    red_session_days: 0,
    treatment_change: false,
    avoidance: { detected: false, count: 1, days: [{ date: '2026-03-04', planned: 'run', done: 'walk' }] },
    weeks_in_stage: 2,
    load: { acute: 410, chronic: null, acwr: null, monotony: 1.2, strain: 492, days_of_record: 14, ewma: { acute: 55.1, chronic: 20.3, ratio: null } },
  },
  decision: 'hold',
  stage: { from: 'walk-run-1', to: 'walk-run-1' },
  exercises: [{ exercise: 'Goblet squat', from: '8 kg', to: '10 kg', reason: 'all sets done at RPE ≤ 6' }],
  held_exercises: [{ exercise: 'Row', load: '12 kg', reason: 'RPE 8 last time' }],
  reasons: ['one red day'],
  applied: true,
  cached: false,
  message: 'Holding is part of the plan working.',
});

describe('stored review, version 1', () => {
  it('reads what an earlier regimen stored, without the output flags', () => {
    const record = decodeStoredReview(STORED_V1);
    expect(record).not.toHaveProperty('applied');
    expect(record).not.toHaveProperty('cached');
    expect(record.decision).toBe('hold');
    expect(record.exercises[0]!.to).toBe('10 kg');
  });

  it('stores the same bytes as before (exports and journals do not change)', () => {
    expect(encodeStoredReview(decodeStoredReview(STORED_V1))).toBe(STORED_V1);
  });

  it('prints an already-reviewed week exactly as before: the stored JSON with cached true', () => {
    const before = JSON.stringify({ ...(JSON.parse(STORED_V1) as object), cached: true });
    expect(JSON.stringify(reviewJson(decodeStoredReview(STORED_V1), { applied: true, cached: true }))).toBe(before);
  });

  it('a dry run and a fresh review differ from the record only in the output flags', () => {
    const record = decodeStoredReview(STORED_V1);
    expect(reviewJson(record, { applied: false, cached: false })).toEqual({ ...record, applied: false, cached: false });
  });
});
