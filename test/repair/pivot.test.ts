// SPEC §6.5 pivot: the phase keeps its intent and dates; sessions of pillar P get 20% of
// their minutes and mind-body sessions 300%, until --clear-injury is applied (unpivot).
import { describe, expect, it } from 'vitest';
import { activePivots, proposePivot, proposeUnpivot } from '../../src/core/repair/propose.js';
import { addDays, backbone, dates, loadMarathon, weekOf, withLayer } from './helpers.js';

const plan = loadMarathon();
const TODAY = weekOf('build', 2);
const CLEAR = addDays(TODAY, 10);

describe('pivot --injury shin --pillar aerobic, cleared 10 days later', () => {
  const before = backbone(plan);
  const pivot = proposePivot({ schedule: before, history: [], today: TODAY }, 'shin', 'aerobic');
  const pivoted = withLayer(before, pivot.layer);
  const unpivot = proposeUnpivot({ schedule: pivoted, history: [], today: CLEAR }, 'shin');
  const cleared = withLayer(pivoted, unpivot.layer);

  it('cuts aerobic minutes to 20% and triples mind-body minutes from today on; other types and dates stay', () => {
    expect(pivot.kind).toBe('pivot');
    let aerobic = 0;
    let mindBody = 0;
    for (const d of dates(TODAY, addDays(TODAY, 27))) {
      const b = before.day(d);
      const a = pivoted.day(d);
      expect(a.phase, d).toBe(b.phase);
      expect(a.block, d).toBe(b.block);
      expect(a.planned!.type, d).toBe(b.planned!.type);
      if (b.planned!.type === 'aerobic') {
        aerobic++;
        expect(Math.abs(a.planned!.minutes - 0.2 * b.planned!.minutes), `${d} ${b.planned!.minutes} → ${a.planned!.minutes}`).toBeLessThanOrEqual(1);
      } else if (b.planned!.type === 'mind_body') {
        mindBody++;
        expect(a.planned!.minutes, d).toBe(3 * b.planned!.minutes);
      } else expect(a.planned, d).toEqual(b.planned);
    }
    expect(aerobic).toBeGreaterThan(10);
    expect(mindBody).toBeGreaterThan(2);
    for (const d of dates(weekOf('base', 1), addDays(TODAY, -1))) expect(pivoted.day(d), d).toEqual(before.day(d));
  });

  it('lists every changed day with before and after', () => {
    for (const c of pivot.changes) {
      expect(c.before).toEqual(before.day(c.date).planned);
      expect(c.after).toEqual(pivoted.day(c.date).planned);
    }
    expect(pivot.changes.length).toBe(
      [...dates(TODAY, addDays(TODAY, 27))].filter((d) => ['aerobic', 'mind_body'].includes(before.day(d).planned!.type)).length,
    );
  });

  it('is active until cleared; the pivot holds through the clearing day, then the pillar ramps back (v1.1)', () => {
    expect(activePivots(pivoted.layers, TODAY)).toEqual([{ site: 'shin', pillar: 'aerobic' }]);
    expect(unpivot.kind).toBe('unpivot');
    expect(activePivots(cleared.layers, CLEAR)).toEqual([]);
    for (const d of dates(TODAY, CLEAR)) expect(cleared.day(d), d).toEqual(pivoted.day(d));
    // SPEC §6.5 v1.1: 50% for the 7 days from the day after the unpivot, 75% for the next 7, then 100%.
    const RAMP: [from: number, to: number, share: number][] = [
      [1, 7, 0.5],
      [8, 14, 0.75],
      [15, 40, 1],
    ];
    for (const [a, b, share] of RAMP) {
      for (const d of dates(addDays(CLEAR, a), addDays(CLEAR, b))) {
        const want = before.day(d);
        const got = cleared.day(d);
        if (want.planned!.type !== 'aerobic' || share === 1) expect(got, d).toEqual(want);
        else
          expect(
            Math.abs(got.planned!.minutes - share * want.planned!.minutes),
            `${d} ${want.planned!.minutes} × ${share} → ${got.planned!.minutes}`,
          ).toBeLessThanOrEqual(1);
      }
    }
    expect(unpivot.changes.length).toBeGreaterThan(0);
    expect(unpivot.changes.every((c) => c.date >= CLEAR)).toBe(true);
  });

  it('a session name as the pillar rests only that session', () => {
    const p = proposePivot({ schedule: before, history: [], today: TODAY }, 'calf', 'long_run');
    const after = withLayer(before, p.layer);
    for (const d of dates(TODAY, addDays(TODAY, 13))) {
      const b = before.day(d).planned!;
      const a = after.day(d).planned!;
      if (b.session === 'long_run') expect(Math.abs(a.minutes - 0.2 * b.minutes)).toBeLessThanOrEqual(1);
      else if (b.type === 'mind_body') expect(a.minutes).toBe(3 * b.minutes);
      else expect(a, d).toEqual(b);
    }
  });
});
