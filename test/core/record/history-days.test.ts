// SPEC §4 history (v1.1): history starts at the athlete's start date.
import { describe, expect, it } from 'vitest';
import { rangeFromStart } from '../../../src/core/engine/history-days.js';

describe('history from the start date', () => {
  it.each([
    // asked from, to, start → shown from
    ['2026-10-19', '2026-11-15', '2026-11-02', '2026-11-02'],
    ['2026-11-09', '2026-11-15', '2026-11-02', '2026-11-09'],
    ['2026-11-02', '2026-11-15', '2026-11-02', '2026-11-02'],
    ['2026-10-19', '2026-11-15', null, '2026-10-19'],
    ['2026-10-19', '2026-11-01', '2026-11-02', '2026-11-02'], // nothing yet: from is after to
  ])('%s..%s with start %s → from %s', (from, to, start, shown) => {
    expect(rangeFromStart(from, to, start)).toEqual({ from: shown, to });
  });
});
