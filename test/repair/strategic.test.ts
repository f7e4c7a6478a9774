// SPEC §6.5 strategic repair (3 days or more away) on plans/marathon-novice.yaml: the
// goal date never moves, protected phases keep dates and volumes, the current phase
// keeps its end while it still gets min_weeks of training, else it ends later and the
// following unprotected phases shrink earliest first (never below min_weeks); training
// resumes with the re-entry ramp; no week exceeds its original minutes.
import { describe, expect, it } from 'vitest';
import { disruptionOf } from '../../src/core/repair/disruption.js';
import {
  addDays,
  dates,
  daysBetween,
  FIRST_PROTECTED,
  GOAL,
  loadMarathon,
  mondayOf,
  phase,
  PHASES,
  PROTECTED,
  repairAfterGap,
  trainingSessions,
  weekOf,
  weekTotal,
} from './helpers.js';

const plan = loadMarathon();
const tue = (monday: string) => addDays(monday, 1);
const fri = (monday: string) => addDays(monday, 4);
const sun = (monday: string) => addDays(monday, 6);

interface Case {
  name: string;
  from: string;
  to: string;
  /** Re-entry shares, one per ramp week from the day of the return. */
  shares: number[];
  /** True when the layout of the phases does not change (the current phase keeps its end). */
  sameLayout: boolean;
  /** Given with --from/--to rather than inferred (a gap starting on an optional or rest day). */
  given?: boolean;
}

// Every gap is inferred from the record: all done before it, nothing logged in it.
const RAMPS: Case[] = [
  { name: '4 days → one week at 80%', from: addDays(weekOf('base', 3), 3), to: sun(weekOf('base', 3)), shares: [0.8], sameLayout: true },
  { name: '5 days → one week at 80%', from: addDays(weekOf('build', 2), 2), to: sun(weekOf('build', 2)), shares: [0.8], sameLayout: true },
  { name: '6 days → 50%, 75%', from: tue(weekOf('base', 3)), to: sun(weekOf('base', 3)), shares: [0.5, 0.75], sameLayout: true },
  { name: '10 days (given) → 50%, 75%', from: fri(weekOf('base', 2)), to: sun(weekOf('base', 3)), shares: [0.5, 0.75], sameLayout: true, given: true },
  { name: '13 days → 50%, 75%', from: tue(weekOf('build', 1)), to: sun(weekOf('build', 2)), shares: [0.5, 0.75], sameLayout: true },
  {
    name: '14 days (given) → 50, 50, 75, 75%',
    from: weekOf('build', 1),
    to: sun(weekOf('build', 2)),
    shares: [0.5, 0.5, 0.75, 0.75],
    sameLayout: true,
    given: true,
  },
  { name: '20 days → 50, 50, 75, 75%', from: tue(weekOf('base', 1)), to: sun(weekOf('base', 3)), shares: [0.5, 0.5, 0.75, 0.75], sameLayout: true },
  {
    name: '28 days → 33, 33, 50, 50, 75, 75%',
    from: tue(weekOf('base', 1)),
    to: weekOf('base', 5),
    shares: [0.33, 0.33, 0.5, 0.5, 0.75, 0.75],
    sameLayout: false,
  },
  {
    name: '34 days → 33, 33, 50, 50, 75, 75%',
    from: tue(weekOf('build', 1)),
    to: sun(weekOf('build', 5)),
    shares: [0.33, 0.33, 0.5, 0.5, 0.75, 0.75],
    sameLayout: false,
  },
];

/** Calendar Mondays from `from` through the goal week. */
function mondays(from: string): string[] {
  const out: string[] = [];
  for (let m = mondayOf(from); m <= GOAL.date; m = addDays(m, 7)) out.push(m);
  return out;
}

describe.each(RAMPS)('strategic repair: $name', ({ from, to, shares, sameLayout, given }) => {
  const { before, after, proposal, today } = repairAfterGap(plan, from, to, given ? { disruption: disruptionOf(from, to) } : {});
  const resume = mondayOf(today);
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  // v1.1: one ramp week per share (never a second week at the first share), and only from
  // the return on. Ramp weeks are calendar weeks; a return on Friday to Sunday joins the next
  // week. It never runs into a protected phase (SPEC §6.5).
  const late = new Date(`${today}T00:00:00Z`).getUTCDay() % 7 >= 5 || new Date(`${today}T00:00:00Z`).getUTCDay() === 0;
  const rampWeeks = shares
    .map((share, k) => {
      const sunday = addDays(resume, 6 + 7 * (k + (late ? 1 : 0)));
      const from = k === 0 ? today : addDays(sunday, -6);
      return { monday: from, days: daysBetween(from, sunday) + 1, share };
    })
    .filter((r) => r.monday < FIRST_PROTECTED);

  it('is a strategic repair of the whole gap', () => {
    expect(proposal.disruption).toEqual({ from, to, days });
    expect(proposal.kind).toBe('strategic_repair');
    expect(proposal.layer?.kind).toBe('strategic');
  });

  it('ramps each re-entry week to its share of that week’s original minutes (± rounding)', () => {
    expect(rampWeeks.length).toBeGreaterThan(0);
    for (const { monday, share, days } of rampWeeks) {
      const original = weekTotal(before, monday, days);
      const target = share * original;
      // Each session is rounded to whole minutes on its own: at most half a minute each.
      const tolerance = 0.5 * trainingSessions(after, monday, days) + 1e-9;
      expect(
        Math.abs(weekTotal(after, monday, days) - target),
        `week of ${monday}: ${weekTotal(after, monday, days)} vs ${share} × ${original}`,
      ).toBeLessThanOrEqual(tolerance);
    }
  });

  it('lists the ramp in the reasons, week by week', () => {
    const text = proposal.reasons.join(' ');
    for (const { monday, share } of rampWeeks) {
      expect(text).toContain(monday);
      expect(text).toContain(`${Math.round(share * 100)}%`);
    }
  });

  it('never lets a re-planned week exceed its original minutes, so missed sessions are never added back', () => {
    for (const monday of mondays(PHASES[0]!.start)) {
      expect(weekTotal(after, monday), `week of ${monday}`).toBeLessThanOrEqual(weekTotal(before, monday));
    }
  });

  it(
    sameLayout
      ? 'returns to the original weeks after the ramp (the current phase keeps its end)'
      : 'moves the current phase end later (it could not get min_weeks of training)',
    () => {
      if (sameLayout) {
        const afterRamp = addDays(rampWeeks.at(-1)!.monday, rampWeeks.at(-1)!.days);
        for (const d of dates(afterRamp, GOAL.date)) expect(after.day(d), d).toEqual(before.day(d));
        for (const d of dates(resume, GOAL.date)) expect(after.day(d).phase, d).toBe(before.day(d).phase);
      } else {
        const current = PHASES.find((p) => today >= p.start && today <= p.end)!;
        expect(after.day(addDays(current.end, 1)).phase).toBe(current.id);
      }
    },
  );

  it('keeps the protected phases (the taper) exactly: dates, blocks and minutes', () => {
    for (const p of PROTECTED) {
      for (const d of dates(p.start, p.end)) expect(after.day(d), `${p.id} ${d}`).toEqual(before.day(d));
    }
    expect(after.day(GOAL.date).planned).toEqual(before.day(GOAL.date).planned);
    expect(after.day(addDays(GOAL.date, 1)).planned).toBeNull();
  });

  it('changes nothing before the disruption, marks its days repaired away, and lists exactly the days that changed from today on', () => {
    for (const d of dates(PHASES[0]!.start, addDays(from, -1))) expect(after.day(d), d).toEqual(before.day(d));
    // v1.1 (§6.3, §6.5): the past is never rewritten; the time away counts as neither planned nor missed.
    for (const d of dates(from, to)) expect(after.day(d), d).toMatchObject({ skipped: true, repaired_away: true, planned: { type: 'rest' } });
    const changed = [...dates(today, GOAL.date)].filter((d) => JSON.stringify(after.day(d).planned) !== JSON.stringify(before.day(d).planned));
    expect(proposal.changes.map((c) => c.date)).toEqual(changed);
    for (const c of proposal.changes) expect(c.after, c.date).toEqual(after.day(c.date).planned);
  });
});

describe('the ramp stops at the taper', () => {
  // 20 days away ending in the first peak week: the 4-week ramp would reach the taper.
  const from = tue(weekOf('build', 5));
  const to = sun(weekOf('peak', 1));
  const { before, after, proposal, today } = repairAfterGap(plan, from, to);

  it('ramps only the weeks before the taper; the taper keeps its own volumes', () => {
    expect(proposal.kind).toBe('strategic_repair');
    const resume = mondayOf(today);
    expect(weekTotal(after, resume)).toBeLessThanOrEqual(Math.ceil(0.5 * weekTotal(before, resume)) + 3);
    for (const p of PROTECTED) for (const d of dates(p.start, p.end)) expect(after.day(d), d).toEqual(before.day(d));
    const layer = proposal.layer as { ramp: { from: string }[] };
    expect(layer.ramp.every((r) => r.from < FIRST_PROTECTED)).toBe(true);
    expect(layer.ramp.length).toBe(2);
  });
});

describe('the current phase needs extending: later phases shrink earliest first, none below min_weeks', () => {
  it('base: 34 days away from its first week leaves 1 week → base ends 2 weeks later, build is 2 weeks shorter, peak untouched', () => {
    const base = phase('base');
    const build = phase('build');
    const peak = phase('peak');
    const { after, proposal } = repairAfterGap(plan, tue(weekOf('base', 1)), sun(weekOf('base', 5)));
    expect(proposal.kind).toBe('strategic_repair');
    // Nothing trained in base and one week of it left: it needs min_weeks − 1 more.
    const extend = base.minWeeks - 1;
    expect(extend).toBe(2);
    expect(build.weeks - extend).toBeGreaterThanOrEqual(build.minWeeks);
    const newBaseEnd = addDays(base.end, 7 * extend);
    for (const d of dates(weekOf('base', 6), newBaseEnd)) expect(after.day(d).phase, d).toBe('base');
    for (const d of dates(addDays(newBaseEnd, 1), build.end)) expect(after.day(d).phase, d).toBe('build');
    for (const d of dates(peak.start, GOAL.date)) expect(after.day(d).phase, d).toBe(PHASES.find((p) => d >= p.start && d <= p.end)!.id);
    expect(proposal.honesty.triggered).toBe(false);
  });

  it('build: 34 days away leaves 1 week → build ends 1 week later, peak shrinks to its min_weeks, and the honesty protocol fires', () => {
    const build = phase('build');
    const peak = phase('peak');
    const { before, after, proposal } = repairAfterGap(plan, tue(weekOf('build', 1)), sun(weekOf('build', 5)));
    expect(proposal.kind).toBe('strategic_repair');
    const need = build.minWeeks - 1; // 2 more weeks of build
    const fromPeak = peak.weeks - peak.minWeeks; // peak can give 1
    expect(need).toBeGreaterThan(fromPeak);
    const newBuildEnd = addDays(build.end, 7 * fromPeak);
    for (const d of dates(weekOf('build', 6), newBuildEnd)) expect(after.day(d).phase, d).toBe('build');
    const peakDays = [...dates(addDays(newBuildEnd, 1), peak.end)];
    for (const d of peakDays) expect(after.day(d).phase, d).toBe('peak');
    expect(peakDays.length / 7).toBe(peak.minWeeks);
    for (const p of PROTECTED) for (const d of dates(p.start, p.end)) expect(after.day(d), d).toEqual(before.day(d));
    expect(proposal.honesty.triggered).toBe(true);
    expect(proposal.honesty.goal).toEqual({ from: GOAL.title, to: GOAL.fallback });
  });
});

describe('a return in the middle of a calendar week', () => {
  // SPEC §6.5: "Training resumes with a re-entry ramp … 3–5 days missed → one week at
  // 80%". Back on a Saturday after Tue–Fri away, the week at 80% must be the week of
  // training that follows the return, not the calendar week whose first five days are
  // already over (that would leave a two-day "re-entry week").
  const from = tue(weekOf('base', 3));
  const to = fri(weekOf('base', 3));
  const { before, after, proposal, today } = repairAfterGap(plan, from, to);
  const rolling = (s: typeof before) =>
    [...dates(today, addDays(today, 6))].reduce(
      (t, d) => t + (s.day(d).planned && s.day(d).planned!.type !== 'rest' && !s.day(d).planned!.optional ? s.day(d).planned!.minutes : 0),
      0,
    );

  it('ramps the 7 days from the return to 80% of what they originally held (± rounding)', () => {
    expect(proposal.kind).toBe('strategic_repair');
    expect(proposal.disruption?.days).toBe(4);
    const original = rolling(before);
    expect(Math.abs(rolling(after) - 0.8 * original), `${rolling(after)} vs 0.8 × ${original}`).toBeLessThanOrEqual(2.5);
  });
});

describe('time away inside the taper', () => {
  // Tue–Sun of the first taper week: the taper is protected, so nothing of it is
  // re-planned, ramped or moved, and the race is where it was.
  const taper = phase('taper');
  const { before, after, proposal } = repairAfterGap(plan, tue(taper.start), sun(taper.start));

  it('is a strategic repair that leaves the protected phases exactly as planned from the return on', () => {
    expect(proposal.kind).toBe('strategic_repair');
    const today = addDays(sun(taper.start), 1);
    for (const p of PROTECTED) for (const d of dates(p.start, p.end)) if (d >= today) expect(after.day(d), d).toEqual(before.day(d));
    expect(proposal.changes).toEqual([]);
  });
});
