// The pure core of `regimen adjust` (SPEC §4 adjust): the action catalog as one zod
// schema (parseActions), the day-dependent bounds (proposeAdjustment) and load scaling
// rounded to the item's increment (scaleLoad). Tables of inside / at / one past each bound.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HORIZON_DAYS,
  LOAD_MAX_PCT,
  LOAD_MIN_PCT,
  MAX_ACTIONS,
  MAX_SWAP_DAYS,
  parseActions,
  type AdjustAction,
} from '../../src/core/schedule/adjust-actions.js';
import { proposeAdjustment, scaleLoad } from '../../src/core/adjust/propose.js';
import type { Item, Plan } from '../../src/core/plan/model.js';
import { previewContext, ScheduleResolver } from '../../src/core/plan/resolve.js';
import { LayeredSchedule } from '../../src/core/schedule/layers.js';
import { loadPlanText } from '../../src/io/plan-file.js';
import { addDays, expectedLoad, FIVE, GENTLE, readPlan } from './helpers.js';

const TODAY = '2026-11-02'; // Monday

function loadPlan(file: string): Plan {
  const loaded = loadPlanText(file, readFileSync(file));
  if (!loaded.plan) throw new Error(`${file} does not load: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.plan;
}

describe('the bounds are the SPEC’s', () => {
  it('10 actions, 28 days, 14 days apart, −50…+20 %', () => {
    expect({ MAX_ACTIONS, HORIZON_DAYS, MAX_SWAP_DAYS, LOAD_MIN_PCT, LOAD_MAX_PCT }).toEqual({
      MAX_ACTIONS: 10,
      HORIZON_DAYS: 28,
      MAX_SWAP_DAYS: 14,
      LOAD_MIN_PCT: -50,
      LOAD_MAX_PCT: 20,
    });
  });
});

describe('parseActions: one zod schema for the catalog', () => {
  const D = '2026-11-04';
  const valid: AdjustAction[] = [
    { action: 'swap', dates: [D, '2026-11-06'] },
    { action: 'load', date: D, by: -20 },
    { action: 'replace', date: D, session: 'aerobic' },
    { action: 'replace', date: D, session: 'aerobic', variant: 'minimal' },
    { action: 'skip', date: D },
    { action: 'restore', date: D },
  ];

  it.each(valid.map((a) => [a.action, a] as const))('a valid %s action is accepted as is', (_name, action) => {
    expect(parseActions([action])).toEqual({ ok: true, actions: [action] });
  });

  it.each([
    [-51, false],
    [-50, true],
    [-49, true],
    [0, true],
    [19, true],
    [20, true],
    [21, false],
  ])('load by %i → accepted: %s', (by, ok) => {
    const r = parseActions([{ action: 'load', date: D, by }]);
    expect(r.ok).toBe(ok);
    if (!r.ok) {
      expect(r.message).toMatch(/^action 1 \(load\): by /);
      expect(r.message).toContain(String(by < 0 ? LOAD_MIN_PCT : LOAD_MAX_PCT));
    }
  });

  it.each([[0], [1], [9], [10], [11], [25]])('%i actions → accepted only from 1 to 10', (n) => {
    const r = parseActions(Array.from({ length: n }, () => ({ action: 'skip', date: D })));
    expect(r.ok).toBe(n >= 1 && n <= 10);
    if (!r.ok && n > 10) expect(r.message).toBe(`${n} actions: at most 10 are allowed in one file`);
    if (!r.ok && n === 0) expect(r.message).toMatch(/no actions/);
  });

  const refused: [string, unknown, RegExp[]][] = [
    ['a fractional percentage', { action: 'load', date: D, by: 2.5 }, [/action 2 \(load\)/, /\bby\b/]],
    ['a percentage as text', { action: 'load', date: D, by: '10' }, [/action 2 \(load\)/, /\bby\b/]],
    ['a missing percentage', { action: 'load', date: D }, [/action 2 \(load\)/, /\bby\b/]],
    ['one swap date', { action: 'swap', dates: [D] }, [/action 2 \(swap\)/, /dates/]],
    ['three swap dates', { action: 'swap', dates: [D, D, D] }, [/action 2 \(swap\)/, /dates/]],
    ['a swap date that is not a date', { action: 'swap', dates: [D, 'friday'] }, [/action 2 \(swap\)/, /dates\.1/, /YYYY-MM-DD/]],
    ['a short date', { action: 'skip', date: '2026-11-4' }, [/action 2 \(skip\)/, /date/, /YYYY-MM-DD/]],
    ['a date with a time', { action: 'skip', date: '2026-11-04T10:00' }, [/action 2 \(skip\)/, /date/, /YYYY-MM-DD/]],
    ['an impossible date', { action: 'skip', date: '2026-02-30' }, [/action 2 \(skip\)/, /date/]],
    [
      'an unknown variant',
      { action: 'replace', date: D, session: 'aerobic', variant: 'hard' },
      [/action 2 \(replace\)/, /variant/, /standard, gentle or minimal/],
    ],
    ['an empty session name', { action: 'replace', date: D, session: '' }, [/action 2 \(replace\)/, /session/]],
    ['an unknown key', { action: 'skip', date: D, reason: 'tired' }, [/action 2 \(skip\)/, /reason/]],
    ['a key of another action', { action: 'skip', date: D, by: -10 }, [/action 2 \(skip\)/, /\bby\b/]],
    ['an unknown action', { action: 'move', date: D }, [/action 2/, /"move"/, /swap, load, replace, skip, restore/]],
    ['no action at all', { date: D }, [/action 2/, /swap, load, replace, skip, restore/]],
    ['not an object', 'skip', [/action 2/]],
  ];

  it.each(refused)('%s is refused, naming the action and the field', (_what, bad, patterns) => {
    const r = parseActions([{ action: 'skip', date: D }, bad]);
    expect(r.ok).toBe(false);
    if (!r.ok) for (const p of patterns) expect(r.message).toMatch(p);
  });

  it.each([[{}], [null], ['[]'], [42]])('%j is not a list of actions', (data) => {
    const r = parseActions(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/list of actions/);
  });
});

describe('scaleLoad: loads scaled and rounded to the item’s increment', () => {
  const five = readPlan(FIVE);
  const items: { exercise: string; load: string; increment: string }[] = [...five.sessions.workout_a.standard, ...five.sessions.workout_b.standard];

  it.each(items.flatMap((i) => [-50, -20, -10, 0, 10, 20].map((pct) => [i.exercise, pct, i] as const)))('%s by %i%% (strength-5x5)', (_name, pct, item) => {
    const scaled = scaleLoad(item as Item, pct);
    expect(scaled.load).toBe(expectedLoad(item.load, item.increment, pct));
    expect({ ...scaled, load: item.load }).toEqual(item); // nothing else changes
  });

  it.each([
    [{ exercise: 'Deadlift', load: '80kg', increment: '5kg' }, -10, '70kg'], // 72 → nearest 5 kg
    [{ exercise: 'Squat', load: '60kg', increment: '2.5kg' }, -10, '55kg'], // 54 → nearest 2.5 kg
    [{ exercise: 'Bench press', load: '45kg' }, 20, '55kg'], // default increment 2.5 kg: 54 → 55
    [{ exercise: 'Curl', load: '135lb' }, -20, '110lb'], // default increment 5 lb: 108 → 110
    [{ exercise: 'Dip', load: 'bw+20kg', increment: '2.5kg' }, -20, 'bw+15kg'], // the added load scales
    [{ exercise: 'Press', load: '2.5kg', increment: '2.5kg' }, -50, '2.5kg'], // never below one increment
  ] as [Item, number, string][])('%j by %i%% → %s', (item, pct, load) => {
    expect(scaleLoad(item, pct).load).toBe(load);
  });

  it('bodyweight and unloaded items are left alone', () => {
    const bw: Item = { exercise: 'Sit to stand', load: 'bw', reps: '8-15' } as Item;
    const none: Item = { exercise: 'Walk', minutes: 10 } as Item;
    expect(scaleLoad(bw, -20)).toEqual(bw);
    expect(scaleLoad(none, 20)).toEqual(none);
  });
});

describe('proposeAdjustment: the bounds that depend on the day', () => {
  const plan = loadPlan(GENTLE);
  // Started the Monday before today, so yesterday is a planned (optional) day.
  const schedule = new LayeredSchedule(new ScheduleResolver(plan, previewContext(plan, '2026-10-26')), []);
  const propose = (...actions: AdjustAction[]) => proposeAdjustment(schedule, actions, TODAY);
  const type = (d: string) => schedule.day(d).planned?.type;
  const REST = '2026-11-03';
  const WED = '2026-11-04';
  const FRI = '2026-11-06';

  it('the fixture days are what the plan says', () => {
    expect([type(addDays(TODAY, -1)), type(TODAY), type(REST), type(WED), type(FRI), type(addDays(TODAY, 28))]).toEqual([
      'mind_body',
      'strength',
      'rest',
      'aerobic',
      'mind_body',
      'strength',
    ]);
  });

  it.each([
    [-1, false],
    [0, true],
    [1, true],
    [27, true],
    [28, true],
    [29, false],
  ])('a date today%+i → accepted: %s', (offset, ok) => {
    const date = addDays(TODAY, offset);
    // skip on training days; swap with today otherwise (rest days cannot be skipped)
    const r = type(date) === 'rest' ? propose({ action: 'swap', dates: [date, TODAY] }) : propose({ action: 'skip', date });
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.message).toMatch(new RegExp(`^action 1 \\(\\w+\\): ${date} is outside today…\\+28 days \\(${TODAY} to ${addDays(TODAY, 28)}\\)`));
  });

  it.each([
    [13, true],
    [14, true],
    [15, false],
    [-14, true],
    [-15, false],
  ])('swap %i days apart → accepted: %s', (gap, ok) => {
    const [a, b] = gap > 0 ? [TODAY, addDays(TODAY, gap)] : [addDays(TODAY, 15), addDays(TODAY, 15 + gap)];
    const r = propose({ action: 'swap', dates: [a, b] });
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.message).toBe(`action 1 (swap): ${a} and ${b} are ${Math.abs(gap)} days apart; at most 14`);
  });

  it('a swap exchanges the two planned sessions, and only those', () => {
    const r = propose({ action: 'swap', dates: [WED, FRI] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.proposal.changes.map((c) => c.date)).toEqual([WED, FRI]);
    expect(r.proposal.changes[0]!.after).toEqual(schedule.day(FRI).planned);
    expect(r.proposal.changes[1]!.after).toEqual(schedule.day(WED).planned);
  });

  it('rest days cannot be loaded, replaced or skipped; a swap with one is fine', () => {
    const load = propose({ action: 'load', date: REST, by: -10 });
    const replace = propose({ action: 'replace', date: REST, session: 'aerobic' });
    const skip = propose({ action: 'skip', date: REST });
    expect(load.ok || load.message).toMatch(/action 1 \(load\): 2026-11-03 is a rest day/);
    expect(replace.ok || replace.message).toMatch(/action 1 \(replace\): 2026-11-03 is a rest day/);
    expect(skip.ok || skip.message).toMatch(/action 1 \(skip\).*2026-11-03/);
    expect(propose({ action: 'swap', dates: [REST, WED] }).ok).toBe(true);
  });

  it('replace needs a session of the plan’s library', () => {
    for (const name of Object.keys(plan.sessions)) expect(propose({ action: 'replace', date: WED, session: name }).ok).toBe(true);
    const r = propose({ action: 'replace', date: WED, session: 'swim' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/action 1 \(replace\): session "swim" is not in the plan's library/);
  });

  it('actions apply in order: a load after a swap scales the swapped-in session', () => {
    const r = propose({ action: 'swap', dates: [WED, FRI] }, { action: 'load', date: WED, by: -20 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const wed = r.proposal.changes.find((c) => c.date === WED)!;
    expect(wed.after).toMatchObject({ type: 'mind_body', minutes: Math.round(schedule.day(FRI).planned!.minutes * 0.8) });
  });

  it('skip then restore in one list leaves the day as it was; restore alone or a second skip is refused', () => {
    const r = propose({ action: 'skip', date: WED }, { action: 'restore', date: WED });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.proposal.changes).toEqual([{ date: WED, before: schedule.day(WED).planned, after: schedule.day(WED).planned }]);
    const restore = propose({ action: 'restore', date: WED });
    expect(restore.ok || restore.message).toMatch(/action 1 \(restore\): 2026-11-04 is not skipped/);
    const twice = propose({ action: 'skip', date: WED }, { action: 'skip', date: WED });
    expect(twice.ok || twice.message).toMatch(/action 2 \(skip\)/);
  });

  it('the error names the position of the failing action in the list', () => {
    const r = propose({ action: 'skip', date: WED }, { action: 'load', date: FRI, by: -10 }, { action: 'load', date: REST, by: -10 });
    expect(r.ok || r.message).toMatch(/^action 3 \(load\)/);
  });
});
