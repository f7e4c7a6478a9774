// SPEC §6.5 honesty protocol (plans with goal.date): triggered when completion in the
// current build or peak phase so far is below 60% (at least 7 days into it), or when the
// weeks left to the goal are fewer than the min_weeks of the phases still ahead. The
// proposal then changes the goal to goal.fallback and says so plainly.
import { describe, expect, it } from 'vitest';
import { inferDisruption } from '../../src/core/repair/disruption.js';
import { honestyCheck, proposeDisruptionRepair } from '../../src/core/repair/propose.js';
import { addDays, backbone, daysBetween, GOAL, isTraining, loadMarathon, mondayOf, phase, PHASES, record, repairAfterGap, weekOf } from './helpers.js';

const plan = loadMarathon();

/** SPEC §6.5: whole weeks from this week through the goal's week, from the YAML alone. */
const weeksLeft = (today: string) => (daysBetween(mondayOf(today), GOAL.date) + 1) / 7;
const minWeeksAhead = (today: string) => PHASES.filter((p) => p.end >= today).reduce((s, p) => s + p.minWeeks, 0);

function expectDowngrade(h: { triggered: boolean; goal: { from: string; to: string | null } | null; reason: string | null }, message: string) {
  expect(h.triggered).toBe(true);
  expect(h.goal).toEqual({ from: GOAL.title, to: GOAL.fallback });
  expect(h.reason).toBeTruthy();
  // Plainly: which goal is no longer safe, by when, and what it becomes.
  expect(message).toContain(GOAL.title);
  expect(message).toContain(GOAL.date);
  expect(message).toContain(GOAL.fallback);
  expect(message).toMatch(/no longer safe|not safe/i);
  expect(message).not.toMatch(/fail(ed|ure)?\b/i);
}

describe('honesty: two weeks missed in the peak phase', () => {
  const peak = phase('peak');
  const from = addDays(peak.start, 1); // Tuesday of peak week 1 (Monday is rest)
  const to = addDays(peak.start, 13);
  const { proposal, today } = repairAfterGap(plan, from, to);

  it('is at least 7 days into peak with completion below 60%', () => {
    expect(daysBetween(peak.start, today)).toBeGreaterThanOrEqual(7);
    expect(peak.type).toBe('peak');
  });

  it('re-plans and downgrades the goal to the fallback, naming the goal and the time left', () => {
    expect(proposal.kind).toBe('strategic_repair');
    expectDowngrade(proposal.honesty, proposal.message);
    expect(proposal.reasons.join(' ')).toContain(proposal.honesty.reason!);
  });

  it('says how much time is left: the weeks to the goal', () => {
    // The brief: "a plain message naming the goal and the time left". The date alone
    // leaves the athlete to count; the late-start message says "N weeks are left".
    expect(proposal.message).toMatch(new RegExp(`\\b${weeksLeft(today)} weeks\\b`));
  });
});

describe('honesty: completion in build/peak, as a table', () => {
  const s = backbone(plan);
  /** A record through the day before `today` in which the listed training days were not done. */
  const check = (today: string, missed: (d: string) => boolean) => honestyCheck(plan, s.windows, record(s, PHASES[0]!.start, today, missed), today);
  const build = phase('build');
  const peak = phase('peak');
  const trainingDays = (from: string, to: string) => {
    const out: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) if (isTraining(s.day(d).planned)) out.push(d);
    return out;
  };

  it.each([
    { name: 'peak, 8 days in, 2 of 6 done', phaseStart: peak.start, daysIn: 8, done: 2, triggered: true },
    { name: 'peak, 8 days in, 4 of 5 done (80%)', phaseStart: peak.start, daysIn: 8, done: 4, triggered: false },
    { name: 'build, 14 days in, 5 of 10 done (50%)', phaseStart: build.start, daysIn: 14, done: 5, triggered: true },
    { name: 'build, 14 days in, 6 of 10 done (60% is not below 60%)', phaseStart: build.start, daysIn: 14, done: 6, triggered: false },
    { name: 'peak, 6 days in, nothing done (too early to judge)', phaseStart: peak.start, daysIn: 6, done: 0, triggered: false },
    { name: 'base, 14 days in, nothing done (base is not judged)', phaseStart: phase('base').start, daysIn: 14, done: 0, triggered: false },
  ])('$name → triggered: $triggered', ({ phaseStart, daysIn, done, triggered }) => {
    const today = addDays(phaseStart, daysIn);
    const planned = trainingDays(phaseStart, addDays(today, -1));
    const undone = new Set(planned.slice(done));
    const h = check(today, (d) => undone.has(d));
    expect(h.triggered, h.reason ?? '').toBe(triggered);
    if (triggered) expect(h.goal).toEqual({ from: GOAL.title, to: GOAL.fallback });
  });
});

describe('honesty: a start too late for the min_weeks still ahead', () => {
  // Start dates around the boundary, computed from the YAML: weeks left vs. min_weeks ahead.
  let lateStart = PHASES[0]!.start;
  while (weeksLeft(lateStart) >= minWeeksAhead(lateStart)) lateStart = addDays(lateStart, 7);
  const lastSafe = addDays(lateStart, -7);

  it('the boundary is where the YAML says (the last build week)', () => {
    expect(lateStart).toBe(weekOf('build', 6));
    expect(weeksLeft(lastSafe)).toBeGreaterThanOrEqual(minWeeksAhead(lastSafe));
    expect(weeksLeft(lateStart)).toBeLessThan(minWeeksAhead(lateStart));
  });

  it('starting then triggers the goal downgrade with a plain message naming the weeks left', () => {
    const s = backbone(plan, lateStart);
    const p = proposeDisruptionRepair({ schedule: s, history: [], today: lateStart }, null);
    expect(p.kind).toBe('none');
    expectDowngrade(p.honesty, p.message);
    expect(p.message).toContain(`${weeksLeft(lateStart)} weeks`);
    expect(p.changes).toEqual([]);
  });

  it('starting a week earlier does not', () => {
    const s = backbone(plan, lastSafe);
    const p = proposeDisruptionRepair({ schedule: s, history: [], today: lastSafe }, null);
    expect(p.honesty.triggered).toBe(false);
    expect(p.honesty.goal).toBeNull();
    expect(p.message).not.toContain(GOAL.fallback);
  });
});

describe('honesty: a healthy record', () => {
  it.each([weekOf('build', 3), weekOf('build', 6), addDays(weekOf('peak', 2), 2), weekOf('peak', 3), addDays(weekOf('taper', 1), 3)])(
    'everything done up to %s: nothing to repair, no downgrade',
    (today) => {
      const s = backbone(plan);
      const history = record(s, PHASES[0]!.start, today);
      const p = proposeDisruptionRepair({ schedule: s, history, today }, inferDisruption(history, today));
      expect(p.kind).toBe('none');
      expect(p.honesty).toEqual({ triggered: false, goal: null, reason: null });
      expect(p.message).not.toContain(GOAL.fallback);
    },
  );

  it('a short slide in build with everything else done does not trigger it', () => {
    const from = addDays(weekOf('build', 3), 1);
    const { proposal } = repairAfterGap(plan, from, addDays(from, 1));
    expect(proposal.kind).toBe('slide');
    expect(proposal.honesty.triggered).toBe(false);
  });
});

describe('rules.repair.honesty_min_completion overridden in the plan (SPEC §6)', () => {
  const peak = phase('peak');
  const build = phase('build');
  const raised = loadMarathon({ repair: { honesty_min_completion: 0.75 } });
  /** `done` of the phase's planned training days before `today` (daysIn days into it) were done. */
  const checkWith = (p: typeof plan, phaseStart: string, daysIn: number, done: number) => {
    const s = backbone(p);
    const today = addDays(phaseStart, daysIn);
    const planned: string[] = [];
    for (let d = phaseStart; d < today; d = addDays(d, 1)) if (isTraining(s.day(d).planned)) planned.push(d);
    const undone = new Set(planned.slice(done));
    return {
      h: honestyCheck(
        p,
        s.windows,
        record(s, PHASES[0]!.start, today, (d) => undone.has(d)),
        today,
      ),
      planned: planned.length,
    };
  };

  it('raised to 0.75: peak, 8 days in, 3 of 5 done (60%) triggers it; the default 60% does not', () => {
    expect(raised.rules.repair).toEqual({ ...plan.rules.repair, honesty_min_completion: 0.75 });
    const byDefault = checkWith(plan, peak.start, 8, 3);
    expect(byDefault.planned).toBe(5);
    expect(byDefault.h.triggered, byDefault.h.reason ?? '').toBe(false);
    const { h } = checkWith(raised, peak.start, 8, 3);
    expect(h.triggered).toBe(true);
    expect(h.goal).toEqual({ from: GOAL.title, to: GOAL.fallback });
    expect(h.reason).toContain('3 of 5');
    expect(h.reason).toContain('75%');
  });

  it('raised to 0.75: the repair proposal itself downgrades the goal', () => {
    // Tue–Wed of peak week 2 missed: 5 of the 7 peak sessions so far done (71%). By
    // default a slide with no downgrade; under the plan's 75% bar the goal is not safe.
    const from = addDays(weekOf('peak', 2), 1);
    const to = addDays(from, 1);
    const byDefault = repairAfterGap(plan, from, to).proposal;
    expect(byDefault.kind).toBe('slide');
    expect(byDefault.honesty.triggered, byDefault.honesty.reason ?? '').toBe(false);
    const { proposal } = repairAfterGap(raised, from, to);
    expect(proposal.kind).toBe('slide');
    expectDowngrade(proposal.honesty, proposal.message);
    expect(proposal.honesty.reason).toContain('5 of 7');
  });

  it('lowered to 0.5: build, 14 days in, 5 of 10 done (50%) no longer triggers it', () => {
    expect(checkWith(plan, build.start, 14, 5).h.triggered).toBe(true);
    const { h, planned } = checkWith(loadMarathon({ repair: { honesty_min_completion: 0.5 } }), build.start, 14, 5);
    expect(planned).toBe(10);
    expect(h.triggered, h.reason ?? '').toBe(false);
  });
});

describe('honesty: a repair that does not fit after the goal already became the fallback', () => {
  const peak = phase('peak');
  it('says the goal stays the gentler one instead of only naming the shortfall', () => {
    const from = addDays(peak.start, 1);
    const to = addDays(peak.start, 13);
    const { before, history, today } = repairAfterGap(plan, from, to);
    const proposal = proposeDisruptionRepair({ schedule: before, history, today, goalDowngraded: true }, inferDisruption(history, today));
    expect(proposal.honesty.triggered).toBe(false);
    expect(proposal.message).toMatch(/already the gentler one and stays so/);
    expect(proposal.message).not.toMatch(/no longer safe/);
  });
});
