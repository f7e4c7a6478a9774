// SPEC §6.5 slide (1–2 days away): from the first missed day to the end of the current
// phase the schedule moves later by the gap; no date gets two sessions; whatever falls
// past the phase end is dropped; in the last block of a phase it is a strategic repair.
import { describe, expect, it } from 'vitest';
import { addDays, dates, loadMarathon, phase, PHASES, repairAfterGap, weekOf, isTraining, GOAL } from './helpers.js';

const plan = loadMarathon();
const BASE = phase('base');

describe('the example plan as the tests read it', () => {
  it('lays base/build/peak/taper/race_week backwards from the goal, taper and race week protected', () => {
    expect(PHASES.map((p) => p.id)).toEqual(['base', 'build', 'peak', 'taper', 'race_week']);
    expect(PHASES.at(-1)!.end).toBe(GOAL.date);
    const s = repairAfterGap(plan, weekOf('base', 3), weekOf('base', 3)).before;
    for (const p of PHASES) {
      expect(s.day(p.start).phase, p.start).toBe(p.id);
      expect(s.day(p.end).phase, p.end).toBe(p.id);
    }
    expect(PHASES.filter((p) => p.protected).map((p) => p.id)).toEqual(['taper', 'race_week']);
  });
});

// Mid-phase gaps: base week 3 (of 6), so the slide stays inside the base phase.
const SLIDES = [
  { name: '2 days (Tue–Wed of base week 3)', from: addDays(weekOf('base', 3), 1), to: addDays(weekOf('base', 3), 2), gap: 2 },
  { name: '1 day (Tue of base week 3)', from: addDays(weekOf('base', 3), 1), to: addDays(weekOf('base', 3), 1), gap: 1 },
  { name: '2 days (Sat–Sun of base week 4)', from: addDays(weekOf('base', 4), 5), to: addDays(weekOf('base', 4), 6), gap: 2 },
];

describe.each(SLIDES)('slide: $name away mid-phase', ({ from, to, gap }) => {
  const { before, after, proposal, today } = repairAfterGap(plan, from, to);

  it('is a slide of the gap, inferred from the record', () => {
    expect(proposal.kind).toBe('slide');
    expect(proposal.disruption).toEqual({ from, to, days: gap });
    expect(proposal.honesty.triggered).toBe(false);
    expect(proposal.layer).toMatchObject({ kind: 'slide', from, gap, to: BASE.end });
  });

  it('moves every session from the first missed day to the phase end later by the gap (the missed session reappears)', () => {
    for (const d of dates(from, addDays(BASE.end, -gap))) {
      expect(after.day(addDays(d, gap)).planned, `${d} → ${addDays(d, gap)}`).toEqual(before.day(d).planned);
    }
    // The first missed session is now `gap` days later.
    expect(isTraining(before.day(from).planned)).toBe(true);
    expect(after.day(addDays(from, gap)).planned).toEqual(before.day(from).planned);
  });

  it('doubles nothing up: the gap days hold no session and no session appears twice', () => {
    for (const d of dates(from, to)) expect(after.day(d).planned?.type, d).toBe('rest');
    // Every date carries exactly the one session that slid onto it, so the slid range
    // holds exactly the sessions that fit before the phase end, in the same order.
    const slid = [...dates(from, BASE.end)].map((d) => after.day(d).planned).filter(isTraining);
    const kept = [...dates(from, addDays(BASE.end, -gap))].map((d) => before.day(d).planned).filter(isTraining);
    expect(slid).toEqual(kept);
    const minutes = (ps: (typeof slid)[number][]) => ps.reduce((s, p) => s + p!.minutes, 0);
    const original = [...dates(from, BASE.end)].map((d) => before.day(d).planned).filter(isTraining);
    expect(minutes(slid)).toBeLessThanOrEqual(minutes(original));
  });

  it('keeps the phase end: nothing past it changes, and what would fall past it is dropped', () => {
    for (const d of dates(PHASES[0]!.start, GOAL.date)) expect(after.day(d).phase, d).toBe(before.day(d).phase);
    for (const d of dates(addDays(BASE.end, 1), GOAL.date)) expect(after.day(d), d).toEqual(before.day(d));
    expect(after.day(addDays(BASE.end, 1)).phase).toBe('build');
  });

  it('leaves the days before the disruption alone, and lists exactly the days that changed from today on', () => {
    for (const d of dates(BASE.start, addDays(from, -1))) expect(after.day(d)).toEqual(before.day(d));
    // v1.1 (§6.3, §6.5): the days away are repaired away, not listed as changes; only today on changes.
    for (const d of dates(from, to)) expect(after.day(d), d).toMatchObject({ skipped: true, repaired_away: true });
    const changed = [...dates(today, GOAL.date)].filter((d) => JSON.stringify(after.day(d).planned) !== JSON.stringify(before.day(d).planned));
    expect(proposal.changes.map((c) => c.date)).toEqual(changed);
    for (const c of proposal.changes) {
      expect(c.before, c.date).toEqual(before.day(c.date).planned);
      expect(c.after, c.date).toEqual(after.day(c.date).planned);
    }
    expect(today > to).toBe(true);
  });
});

describe('slide at a phase boundary → strategic repair', () => {
  // Base week 6 is the phase's last block: a slide would cross into build.
  const CASES = [
    { name: 'Tue–Wed of the last base week', from: addDays(weekOf('base', 6), 1), to: addDays(weekOf('base', 6), 2) },
    { name: 'Sat–Sun of base week 5, back on the Monday of the last week', from: addDays(weekOf('base', 5), 5), to: addDays(weekOf('base', 5), 6) },
    { name: 'Tue–Wed of the last build week', from: addDays(weekOf('build', 6), 1), to: addDays(weekOf('build', 6), 2) },
    { name: 'Tue–Wed of the last peak week (the taper follows)', from: addDays(weekOf('peak', 3), 1), to: addDays(weekOf('peak', 3), 2) },
  ];
  it.each(CASES)('$name: escalates to strategic_repair', ({ from, to }) => {
    const { before, after, proposal } = repairAfterGap(plan, from, to);
    expect(proposal.disruption?.days).toBe(2);
    expect(proposal.kind).toBe('strategic_repair');
    expect(proposal.layer?.kind).toBe('strategic');
    expect(proposal.reasons.join(' ')).toMatch(/cross|boundary|end of the/i);
    // The phase keeps its end (it has had its min_weeks), and nothing spills over it.
    for (const d of dates(from, GOAL.date)) expect(after.day(d).phase, d).toBe(before.day(d).phase);
    // Missed sessions are not added back: no week grows.
    for (let monday = weekOf('base', 1); monday <= GOAL.date; monday = addDays(monday, 7)) {
      const sum = (s: typeof before) =>
        [...dates(monday, addDays(monday, 6))].reduce((t, d) => t + (isTraining(s.day(d).planned) ? s.day(d).planned!.minutes : 0), 0);
      expect(sum(after), monday).toBeLessThanOrEqual(sum(before));
    }
  });

  it('a 3-day gap mid-phase is never a slide', () => {
    const from = addDays(weekOf('base', 3), 1);
    const { proposal } = repairAfterGap(plan, from, addDays(from, 2));
    expect(proposal.kind).toBe('strategic_repair');
    expect(proposal.disruption?.days).toBe(3);
  });
});

describe('a 2-day gap at the very end of a phase, noticed on the first day of the next', () => {
  // Sat–Sun of the last base week, back on Monday of build week 1. SPEC §6.5: the slide
  // runs "from the first missed day to the end of the current phase", and a slide that
  // would cross the phase boundary is a strategic repair instead. Sliding from Saturday
  // carries base sessions into build (the base long run lands on build's Monday) and
  // pushes build's last long run (its peak block) off the end of the phase.
  const from = addDays(weekOf('base', 6), 5);
  const to = addDays(weekOf('base', 6), 6);
  const { before, after, proposal } = repairAfterGap(plan, from, to);
  const build = phase('build');

  it('never slides a session across the phase boundary', () => {
    expect(proposal.disruption).toEqual({ from, to, days: 2 });
    if (proposal.kind === 'slide') {
      const layer = proposal.layer as { from: string; to: string };
      const phaseOf = (d: string) => PHASES.find((p) => d >= p.start && d <= p.end)!.id;
      expect(phaseOf(layer.from), `slide from ${layer.from} to ${layer.to}`).toBe(phaseOf(layer.to));
    } else expect(proposal.kind).toBe('strategic_repair');
  });

  it('keeps build as planned: its sessions stay on their days, its last long run is not dropped', () => {
    for (const d of dates(addDays(build.start, 0), build.end)) expect(after.day(d).planned, d).toEqual(before.day(d).planned);
  });
});

describe('rules.repair.slide_max_days overridden in the plan (SPEC §6)', () => {
  // The same 3-day mid-phase gap that is a strategic repair by default (above).
  const from = addDays(weekOf('base', 3), 1);
  const to = addDays(from, 2);
  const three = loadMarathon({ repair: { slide_max_days: 3 } });

  it('the override is read from the plan; the other repair threshold keeps its default', () => {
    expect(three.rules.repair).toEqual({ ...plan.rules.repair, slide_max_days: 3 });
    expect(plan.rules.repair.slide_max_days).toBe(2);
    expect(repairAfterGap(plan, from, to).proposal.kind).toBe('strategic_repair');
  });

  it('slide_max_days: 3 turns a 3-day gap into a slide of 3 days to the phase end', () => {
    const { before, after, proposal } = repairAfterGap(three, from, to);
    expect(proposal.disruption).toEqual({ from, to, days: 3 });
    expect(proposal.kind).toBe('slide');
    expect(proposal.layer).toMatchObject({ kind: 'slide', from, gap: 3, to: BASE.end });
    for (const d of dates(from, addDays(BASE.end, -3))) expect(after.day(addDays(d, 3)).planned, `${d} → ${addDays(d, 3)}`).toEqual(before.day(d).planned);
    for (const d of dates(from, to)) expect(after.day(d).planned?.type, d).toBe('rest');
  });

  it('a 4-day gap is still a strategic repair under slide_max_days: 3', () => {
    const { proposal } = repairAfterGap(three, from, addDays(from, 3));
    expect(proposal.disruption?.days).toBe(4);
    expect(proposal.kind).toBe('strategic_repair');
  });

  it('slide_max_days: 1 turns a 2-day gap, a slide by default, into a strategic repair', () => {
    const two = addDays(from, 1);
    expect(repairAfterGap(plan, from, two).proposal.kind).toBe('slide');
    const { proposal } = repairAfterGap(loadMarathon({ repair: { slide_max_days: 1 } }), from, two);
    expect(proposal.disruption?.days).toBe(2);
    expect(proposal.kind).toBe('strategic_repair');
  });
});
