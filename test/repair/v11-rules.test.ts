// SPEC v1.1 §6.5 and §6.3, as table tests on the pure core: the re-entry ramp has one
// week per share (also when the return is mid-week), works on plans without phases,
// changes only days from today on, and the days of the time away are repaired away —
// counted as neither planned nor missed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeDays, type HistoryDay } from '../../src/core/engine/history.js';
import type { Plan } from '../../src/core/plan/model.js';
import { disruptionOf } from '../../src/core/repair/disruption.js';
import { clockTimestamp, localToday } from '../../src/io/clock.js';
import { loadPlanText } from '../../src/io/plan-file.js';
import { addDays, backbone, dates, daysBetween, isTraining, loadMarathon, mondayOf, repairAfterGap, ROOT, weekOf, weekTotal } from './helpers.js';

const marathon = loadMarathon();

function loadGentle(): Plan {
  const path = join(ROOT, 'plans', 'gentle-foundations.yaml');
  const loaded = loadPlanText(path, readFileSync(path));
  if (!loaded.plan) throw new Error('gentle-foundations.yaml does not load');
  return loaded.plan;
}
const gentle = loadGentle();
const GENTLE_START = '2026-11-02'; // a Monday

const weekday = (d: string) => daysBetween(mondayOf(d), d); // 0 = Monday

/** The ramp as the SPEC words it, from the return: [first day, last day, share]. */
function expectedRamp(today: string, shares: number[]): [string, string, number][] {
  // A ramp week is a calendar week; a return on Friday to Sunday joins the next one.
  const late = weekday(today) >= 4;
  return shares.map((share, k) => {
    const sunday = addDays(mondayOf(today), 6 + 7 * (k + (late ? 1 : 0)));
    return [k === 0 ? today : addDays(sunday, -6), sunday, share];
  });
}

const SHARES: [days: number, shares: number[]][] = [
  [3, [0.8]],
  [5, [0.8]],
  [6, [0.5, 0.75]],
  [8, [0.5, 0.75]],
  [13, [0.5, 0.75]],
  [14, [0.5, 0.5, 0.75, 0.75]],
  [27, [0.5, 0.5, 0.75, 0.75]],
  [28, [0.33, 0.33, 0.5, 0.5, 0.75, 0.75]],
];

// Returns on every weekday: the old ramp added a second week at the first share whenever the
// return was not a Monday (an 8-day gap gave two weeks at 50%).
const RETURNS = [0, 1, 2, 3, 4, 5, 6];

describe.each(SHARES)('%i days away: one ramp week per share, from the return', (days, shares) => {
  it.each(RETURNS)('marathon, back on weekday %i', (wd) => {
    const today = addDays(weekOf('base', 4), wd);
    const from = addDays(today, -days);
    const { proposal } = repairAfterGap(marathon, from, addDays(today, -1), { today, disruption: disruptionOf(from, addDays(today, -1)) });
    expect(proposal.kind).toBe('strategic_repair');
    const ramp = (proposal.layer as { ramp: { from: string; to: string; share: number }[] }).ramp;
    expect(ramp.map((r) => [r.from, r.to, r.share])).toEqual(expectedRamp(today, shares));
  });
});

interface GentleCase {
  days: number;
  /** Weekday of the return, 0 = Monday. */
  wd: number;
}
const GENTLE: GentleCase[] = SHARES.flatMap(([days]) => [0, 1, 3, 5].map((wd) => ({ days, wd })));

describe.each(GENTLE)('gentle-foundations (no phases): $days days away, back on weekday $wd', ({ days, wd }) => {
  const today = addDays('2026-12-07', wd); // week 6 of the plan
  const to = addDays(today, -1);
  const from = addDays(today, -days);
  const shares = SHARES.find(([d]) => d === days)![1];
  const { before, after, proposal } = repairAfterGap(gentle, from, to, { today, start: GENTLE_START, disruption: disruptionOf(from, to) });
  const ramp = expectedRamp(today, shares);

  it('is a strategic repair whose changes are exactly what applying it does (never empty)', () => {
    expect(proposal.kind).toBe('strategic_repair');
    expect(proposal.changes.length).toBeGreaterThan(0);
    const changed = [...dates(today, addDays(ramp.at(-1)![1], 14))].filter(
      (d) => JSON.stringify(after.day(d).planned) !== JSON.stringify(before.day(d).planned),
    );
    expect(proposal.changes.map((c) => c.date)).toEqual(changed);
  });

  it('ramps each week to its share of that week’s original minutes, then returns to the plan', () => {
    for (const [a, b, share] of ramp) {
      const n = daysBetween(a, b) + 1;
      const original = weekTotal(before, a, n);
      const sessions = [...dates(a, b)].filter((d) => isTraining(before.day(d).planned)).length;
      expect(Math.abs(weekTotal(after, a, n) - share * original), `${a}–${b} at ${share}`).toBeLessThanOrEqual(0.5 * sessions + 1e-9);
      for (const d of dates(a, b)) if (isTraining(before.day(d).planned)) expect(after.day(d).planned!.minutes, d).toBeLessThan(before.day(d).planned!.minutes);
    }
    for (const d of dates(addDays(ramp.at(-1)![1], 1), addDays(ramp.at(-1)![1], 21))) expect(after.day(d), d).toEqual(before.day(d));
  });

  it('never changes a day before today; the days away are repaired away', () => {
    expect(proposal.changes.every((c) => c.date >= today)).toBe(true);
    for (const d of dates(GENTLE_START, addDays(from, -1))) expect(after.day(d), d).toEqual(before.day(d));
    for (const d of dates(from, to)) expect(after.day(d), d).toMatchObject({ skipped: true, repaired_away: true, planned: { type: 'rest' } });
  });
});

describe.each([
  { name: 'marathon strategic, back on a Thursday', plan: marathon, start: undefined, from: addDays(weekOf('base', 3), 1), to: addDays(weekOf('base', 3), 9) },
  {
    name: 'marathon strategic, back on a Saturday',
    plan: marathon,
    start: undefined,
    from: addDays(weekOf('build', 2), 1),
    to: addDays(weekOf('build', 2), 4),
  },
  { name: 'marathon slide, back on a Thursday', plan: marathon, start: undefined, from: addDays(weekOf('base', 3), 1), to: addDays(weekOf('base', 3), 2) },
  { name: 'gentle strategic, back on a Thursday', plan: gentle, start: GENTLE_START, from: '2026-11-18', to: '2026-11-25' },
])('$name: a repair never rewrites the past (SPEC §6.5 v1.1)', ({ plan, start, from, to }) => {
  const today = addDays(to, 1);
  const { before, after, proposal } = repairAfterGap(plan, from, to, { start, disruption: disruptionOf(from, to) });
  const first = start ?? weekOf('base', 1);

  it('lists no change before today, and every past day outside the time away is as it was', () => {
    expect(proposal.changes.length).toBeGreaterThan(0);
    expect(proposal.changes.filter((c) => c.date < today)).toEqual([]);
    for (const d of dates(first, addDays(today, -1))) if (d < from || d > to) expect(after.day(d), d).toEqual(before.day(d));
  });

  it('counts the days away as neither planned nor missed (SPEC §6.3)', () => {
    // What review and history read for unlogged days: the effective schedule.
    const record = (s: typeof before): HistoryDay[] =>
      [...dates(mondayOf(from), addDays(today, -1))].map((date) => ({ date, status: 'green', planned: s.day(date).planned, session: null }));
    const inside = [...dates(from, to)].filter((d) => isTraining(before.day(d).planned)).length;
    expect(inside).toBeGreaterThan(0);
    expect(summarizeDays(record(after)).planned).toBe(summarizeDays(record(before)).planned - inside);
  });
});

describe('the clock stamps records (SPEC §4 repair v1.1)', () => {
  const now = new Date('2026-12-04T16:48:58.006Z');
  it.each([
    ['the clock’s date is today: the real moment', localToday(now), now.toISOString()],
    ['$REGIMEN_NOW or --date: that date, at the time of day', '2026-11-24', '2026-11-24T16:48:58.006Z'],
    ['a date years away', '2031-02-28', '2031-02-28T16:48:58.006Z'],
  ])('%s', (_name, today, want) => {
    expect(clockTimestamp(today, now)).toBe(want);
  });
});

describe('a backbone without repairs has no repaired-away days', () => {
  it('marks nothing', () => {
    const s = backbone(gentle, GENTLE_START);
    for (const d of dates(GENTLE_START, addDays(GENTLE_START, 60))) expect(s.day(d).repaired_away, d).toBeUndefined();
  });
});
