// SPEC §6.2: load metrics (session-RPE, acute, chronic, ACWR, monotony, strain).
import { describe, expect, it } from 'vitest';
import { loadMetrics, sessionLoad, type LoadSession } from '../../../src/core/engine/load.js';

describe('session load = RPE × minutes', () => {
  it.each([
    [{ rpe: 5, minutes: 40 }, 200],
    [{ rpe: 0, minutes: 30 }, 0],
    [{ rpe: null, minutes: 30 }, 0], // logged without an RPE: no load
  ])('%o → %i', (s, load) => {
    expect(sessionLoad({ date: '2026-11-23', ...s })).toBe(load);
  });
});

describe('load metrics on 2026-11-29 (a Sunday)', () => {
  /*
   * Worked by hand.
   * Last 7 days (Mon 23 – Sun 29), daily loads:
   *   Mon 5×40 = 200 · Tue 0 · Wed 6×30 = 180 · Thu 0 · Fri 4×50 = 200
   *   Sat 7×20 = 140 (+ a session without RPE: 0) · Sun 0
   *   acute = 200 + 180 + 200 + 140 = 720
   * 28 days (Nov 2 – 29): 720 + Nov 2 (200) + Nov 9 (300) + Nov 16 (300) = 1520
   *   chronic = 1520 / 4 = 380;  ACWR = 720 / 380 = 1.8947 → 1.89
   * Monotony over the 7 days: mean = 720 / 7 = 102.857
   *   squared deviations: 9436.7, 10579.6, 5951.0, 10579.6, 9436.7, 1379.6, 10579.6
   *   population variance = 57942.9 / 7 = 8277.55; SD = 90.981
   *   monotony = 102.857 / 90.981 = 1.1305 → 1.13
   *   strain = 720 × 1.1305 = 813.98 → 814
   * Nov 1 (before the 28 days) and Nov 30 (after the date) are ignored.
   */
  const sessions: LoadSession[] = [
    { date: '2026-11-01', rpe: 9, minutes: 90 },
    { date: '2026-11-02', rpe: 5, minutes: 40 },
    { date: '2026-11-09', rpe: 5, minutes: 60 },
    { date: '2026-11-16', rpe: 6, minutes: 50 },
    { date: '2026-11-23', rpe: 5, minutes: 40 },
    { date: '2026-11-25', rpe: 6, minutes: 30 },
    { date: '2026-11-27', rpe: 4, minutes: 50 },
    { date: '2026-11-28', rpe: 7, minutes: 20 },
    { date: '2026-11-28', rpe: null, minutes: 15 },
    { date: '2026-11-30', rpe: 9, minutes: 90 },
  ];

  it('matches the hand computation', () => {
    expect(loadMetrics(sessions, '2026-11-29')).toEqual({ acute: 720, chronic: 380, acwr: 1.89, monotony: 1.13, strain: 814 });
  });

  it('does not depend on the order of the sessions', () => {
    expect(loadMetrics([...sessions].reverse(), '2026-11-29')).toEqual(loadMetrics(sessions, '2026-11-29'));
  });
});

describe('null cases', () => {
  it.each<[string, LoadSession[], object]>([
    ['no sessions at all: no ratio, no monotony', [], { acute: 0, chronic: 0, acwr: null, monotony: null, strain: null }],
    ['only sessions without RPE count as no load', [{ date: '2026-11-28', rpe: null, minutes: 30 }], { acute: 0, chronic: 0, acwr: null, monotony: null, strain: null }],
    [
      'the same load every day: SD 0, monotony and strain null',
      Array.from({ length: 7 }, (_, i) => ({ date: `2026-11-${23 + i}`, rpe: 4, minutes: 30 })),
      { acute: 840, chronic: 210, acwr: 4, monotony: null, strain: null },
    ],
    [
      'load only in the older weeks: acute 0, monotony null',
      [{ date: '2026-11-10', rpe: 5, minutes: 40 }],
      { acute: 0, chronic: 50, acwr: 0, monotony: null, strain: null },
    ],
  ])('%s', (_n, sessions, expected) => {
    expect(loadMetrics(sessions, '2026-11-29')).toEqual(expected);
  });
});
