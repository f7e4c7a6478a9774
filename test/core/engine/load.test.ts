// SPEC §6.2: load metrics (session-RPE, acute, chronic, ACWR, monotony, strain).
import { describe, expect, it } from 'vitest';
import { ewma, loadHistoryStart, loadMetrics, loadSummary, sessionLoad, type LoadSession } from '../../../src/core/engine/load.js';
import { addDays } from '../../../src/core/dates.js';

/** A record that began long before: every window is complete (v1.1 adds days_of_record and EWMA). */
const LONG_AGO = '2026-01-01';
const rolling = (m: ReturnType<typeof loadMetrics>) => {
  const { days_of_record: _d, ewma: _e, ...rest } = m;
  return rest;
};

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
    expect(rolling(loadMetrics(sessions, '2026-11-29', LONG_AGO))).toEqual({ acute: 720, chronic: 380, acwr: 1.89, monotony: 1.13, strain: 814 });
  });

  it('does not depend on the order of the sessions', () => {
    expect(loadMetrics([...sessions].reverse(), '2026-11-29', LONG_AGO)).toEqual(loadMetrics(sessions, '2026-11-29', LONG_AGO));
  });
});

describe('null cases', () => {
  it.each<[string, LoadSession[], object]>([
    ['no sessions at all: no ratio, no monotony', [], { acute: 0, chronic: 0, acwr: null, monotony: null, strain: null }],
    [
      'only sessions without RPE count as no load',
      [{ date: '2026-11-28', rpe: null, minutes: 30 }],
      { acute: 0, chronic: 0, acwr: null, monotony: null, strain: null },
    ],
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
    expect(rolling(loadMetrics(sessions, '2026-11-29', LONG_AGO))).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------
// v1.1: honest numbers for short records, population SD, EWMA.

const days = (from: string, loads: number[]): LoadSession[] => loads.map((l, i) => ({ date: addDays(from, i), rpe: 1, minutes: l }));

describe('days_of_record: chronic and ACWR are null under 28 days', () => {
  // One session of load 200 on the review date, the record starting n days before.
  it.each<[string, string, number, number | null, number | null]>([
    // name                          record start    days  chronic  acwr
    ['week one (8 days)', '2026-11-22', 8, null, null],
    ['27 days', '2026-11-03', 27, null, null],
    ['exactly 28 days', '2026-11-02', 28, 50, 4],
    ['a long record', LONG_AGO, 333, 50, 4],
    ['the start day itself', '2026-11-29', 1, null, null],
    ['a date before the start', '2026-12-01', 0, null, null],
  ])('%s → %i days of record', (_n, start, count, chronic, acwr) => {
    const m = loadMetrics([{ date: '2026-11-29', rpe: 5, minutes: 40 }], '2026-11-29', start);
    expect(m.days_of_record).toBe(count);
    expect(m.chronic).toBe(chronic);
    expect(m.acwr).toBe(acwr);
    expect(m.acute).toBe(200);
  });

  it('the text says how many days of record there are instead of a ratio', () => {
    const week1 = loadMetrics([{ date: '2026-11-28', rpe: 5, minutes: 40 }], '2026-11-29', '2026-11-22');
    expect(loadSummary(week1)).toContain('8 days of record');
    expect(loadSummary(week1)).not.toMatch(/ACWR \d/);
  });
});

describe('monotony uses the population SD of the 7 calendar-day loads', () => {
  it.each<[string, LoadSession[], number | null, number | null]>([
    // loads 100 on Mon, Wed, Fri; rest days count 0: mean 300/7, population SD 49.487 → monotony 0.87 (sample SD would give 0.80)
    ['three sessions of 100 in the week', [0, 2, 4].map((i) => ({ date: addDays('2026-11-23', i), rpe: 5, minutes: 20 })), 0.87, 260],
    // two sessions on one day add up: 100 + 100 on Monday = 200 that day; mean 200/7, SD 69.99 → 0.41
    [
      'two sessions on one day add up',
      [
        { date: '2026-11-23', rpe: 5, minutes: 20 },
        { date: '2026-11-23', rpe: 5, minutes: 20 },
      ],
      0.41,
      82,
    ],
  ])('%s → monotony %s', (_n, sessions, monotony, strain) => {
    const m = loadMetrics(sessions, '2026-11-29', LONG_AGO);
    expect(m.monotony).toBe(monotony);
    expect(m.strain).toBe(strain);
  });
});

describe('EWMA (λa = 2/8, λc = 2/29), starting at the first day of record', () => {
  it('the published vector: 21 days at 30 then 7 days at 50 → acute 47.33, chronic 37.87, ratio 1.25', () => {
    const loads = [...Array(21).fill(30), ...Array(7).fill(50)] as number[];
    const raw = ewma(loads);
    expect(raw.acute).toBeCloseTo(47.33, 2);
    expect(Math.abs(raw.chronic - 37.87)).toBeLessThanOrEqual(0.01);
    const m = loadMetrics(days('2026-11-02', loads), '2026-11-29', '2026-11-02');
    expect(m.ewma.acute).toBeCloseTo(47.33, 2);
    expect(Math.abs(m.ewma.chronic - 37.87)).toBeLessThanOrEqual(0.01);
    expect(m.ewma.ratio).toBe(1.25);
  });

  it.each<[string, number[], { acute: number; chronic: number; ratio: number | null }]>([
    ['no days', [], { acute: 0, chronic: 0, ratio: null }],
    ['one day: both start at its load', [80], { acute: 80, chronic: 80, ratio: 1 }],
    ['a rest day after it steps once', [80, 0], { acute: 60, chronic: 74.48, ratio: 0.81 }],
    ['a first rest day starts both at 0', [0, 80], { acute: 20, chronic: 5.52, ratio: 3.62 }], // 20 / (160/29) = 3.625, a float just under the half
  ])('%s', (_n, loads, expected) => {
    const m = loadMetrics(days('2026-11-28', loads), addDays('2026-11-28', Math.max(0, loads.length - 1)), loads.length ? '2026-11-28' : '2026-11-29');
    expect(m.ewma).toEqual(expected);
  });

  it('days with no session count 0 and still step the averages (calendar days)', () => {
    const sparse = loadMetrics(
      [
        { date: '2026-11-02', rpe: 1, minutes: 30 },
        { date: '2026-11-29', rpe: 1, minutes: 30 },
      ],
      '2026-11-29',
      '2026-11-02',
    );
    const dense = ewma([30, ...Array(26).fill(0), 30]);
    expect(sparse.ewma.acute).toBeCloseTo(dense.acute, 2);
    expect(sparse.ewma.chronic).toBeCloseTo(dense.chronic, 2);
  });
});

describe('a record longer than a year: the EWMA reads the last year, the same to two decimals', () => {
  it('800 days of changing loads: the numbers equal the EWMA over the whole record', () => {
    const loads = Array.from({ length: 800 }, (_, i) => ((i * 7919) % 13) * 40 + (i % 7 === 0 ? 600 : 0));
    const from = '2024-09-20';
    const to = addDays(from, 799);
    const exact = ewma(loads);
    const m = loadMetrics(days(from, loads), to, from);
    expect(m.days_of_record).toBe(800);
    expect(m.ewma.acute).toBe(Math.round(exact.acute * 100) / 100);
    expect(m.ewma.chronic).toBe(Math.round(exact.chronic * 100) / 100);
  });

  it.each<[string, string, string]>([
    ['a week-one athlete: 28 days back', '2026-11-25', '2026-11-02'],
    ['a long record: 366 days back', '2020-01-01', '2025-11-29'],
    ['a half-year record: from its first day', '2026-06-01', '2026-06-01'],
  ])('loadHistoryStart: %s', (_n, recordStart, first) => {
    expect(loadHistoryStart(recordStart, '2026-11-29')).toBe(first);
  });
});
