// SPEC §6.1: today — the backbone first, symptoms modify it. One scenario per rule.
import { describe, expect, it } from 'vitest';
import { assessCheckin, type Signals } from '../../../src/core/engine/status.js';
import { adaptSession, finisherTypeFor, todayMessage, type Adaptation } from '../../../src/core/engine/today.js';
import type { FocusFlag } from '../../../src/core/engine/status.js';
import type { Plan } from '../../../src/core/plan/model.js';
import { phaseAt } from '../../../src/core/plan/phases.js';
import { buildPlanned, previewContext, ScheduleResolver } from '../../../src/core/plan/resolve.js';
import { planOf } from '../../helpers/plan.js';

// The test plan: mon strength 10 min, wed aerobic 20 min, fri mixed 12 min; the rest is rest.
const START = '2026-11-23';
const MON = '2026-11-23';
const TUE = '2026-11-24';
const WED = '2026-11-25';
const calm: Signals = { fatigue: 1, pain: 0, anxiety: 1, low_mood: 0, qol: 9 };

function decide(plan: Plan, date: string, signals: Partial<Signals> | null, flags: string[] = []) {
  const day = new ScheduleResolver(plan, previewContext(plan, START)).day(date);
  const planned = day.planned!;
  const stage = plan.stages[0]!;
  const assessment = signals === null ? null : assessCheckin({ ...calm, ...signals }, flags, plan.rules.symptoms);
  const decision = adaptSession({ plan, planned, stage, assessment });
  const message = todayMessage(decision, planned, { stage: day.stage!, week: day.week, phase: day.phase });
  return { planned, decision, message };
}

type Minutes = (adapted: number, planned: number) => boolean;
const same: Minutes = (a, p) => a === p;
const times08: Minutes = (a, p) => a === Math.round(p * 0.8);
const withinPlanned: Minutes = (a, p) => a <= p && a > 0;
const atMost40: Minutes = (a, p) => a <= p * 0.4 && a >= 1;
const none: Minutes = (a) => a === 0;

/**
 * SPEC §6.1 step 4, §7: every adaptation message says that scaling down or resting is
 * fine ("Doing less or resting is always fine", "resting instead is completely fine");
 * on a stop day it is rest that is right ("rest is the right call"), on a planned rest
 * day rest is the plan.
 */
const REASSURANCE = /\b(?:scaling down|doing less|resting)\b[^.;]*\bis (?:always |completely )?fine\b|\brest is (?:the right call|part of the plan)\b/i;

describe('adapted session by status', () => {
  const plan = planOf();
  it.each<[string, string, Partial<Signals> | null, string[], Adaptation, string, Minutes, boolean]>([
    // name                                   date  check-in                      flags           adaptation         type         minutes        rest_ok
    ['green → as planned', MON, { fatigue: 3 }, [], 'as_planned', 'strength', same, false],
    ['amber, focus matches the type → gentler', WED, { fatigue: 5 }, [], 'gentler_variant', 'aerobic', times08, true],
    ['amber, focus does not match → mixed finisher', MON, { anxiety: 5 }, [], 'mixed_finisher', 'mixed', withinPlanned, true],
    ['red on one signal → scaled down', MON, { fatigue: 7 }, [], 'scaled_down', 'strength', atMost40, true],
    ['red on pain on a strength day → minimal focus type', MON, { pain: 8 }, [], 'scaled_down', 'mind_body', atMost40, true],
    ['two red signals → rest', WED, { fatigue: 7, low_mood: 8 }, [], 'rest', 'rest', none, true],
    ['a 9/10 signal → rest', WED, { pain: 9 }, [], 'rest', 'rest', none, true],
    ['stop flag → rest', WED, {}, ['chest_pain'], 'rest', 'rest', none, true],
    ['no check-in → as planned', MON, null, [], 'as_planned', 'strength', same, false],
    ['rest day → rest, as planned', TUE, { fatigue: 5 }, [], 'as_planned', 'rest', none, true],
  ])('%s', (_name, date, signals, flags, adaptation, type, minutes, restOk) => {
    const { planned, decision, message } = decide(plan, date, signals, flags);
    expect(decision.adaptation).toBe(adaptation);
    expect(decision.adapted.type).toBe(type);
    expect(minutes(decision.adapted.minutes, planned.minutes)).toBe(true);
    expect(decision.adapted.rest_ok).toBe(restOk);
    expect(message).not.toMatch(/fail|missed|streak/i);
    expect(message, 'says that scaling down or resting is fine').toMatch(REASSURANCE);
    expect(message).toContain('stage ONE, backbone week 1');
    expect(decision.reasons.length).toBeGreaterThan(0);
  });
});

describe('what each adaptation holds', () => {
  const plan = planOf();

  it('green keeps the planned session exactly', () => {
    const { planned, decision } = decide(plan, MON, { fatigue: 2 });
    expect(decision.adapted).toEqual({ type: 'strength', session: 'strength', variant: 'standard', minutes: 10, items: planned.items, rest_ok: false });
    expect(decision.reasons).toEqual(['every signal is green (highest: fatigue 2/10)']);
    expect(decision.suggestCheckin).toBe(false);
  });

  it('no check-in suggests one and keeps the plan', () => {
    const { decision, message } = decide(plan, MON, null);
    expect(decision).toMatchObject({ status: 'unknown', suggestCheckin: true, contactCareTeam: false });
    expect(message).toMatch(/check-in/);
  });

  it('gentler: the gentle variant, 80% of the minutes, reasons with numbers', () => {
    const { decision, message } = decide(plan, WED, { fatigue: 6 });
    expect(decision.adapted).toMatchObject({ session: 'aerobic', variant: 'gentle', minutes: 16 });
    expect(decision.adapted.items).toEqual([{ exercise: 'Brisk walk', minutes: 14, key: true }]); // 20 × 0.7
    expect(decision.reasons).toEqual([
      'fatigue 6/10 is amber',
      'aerobic exercise is among what today calls for (aerobic exercise, strength work)',
      'the gentle variant at 80% of the planned minutes (20 → 16)',
    ]);
    expect(message).toBe(
      'Planned for today: a 20-minute aerobic session (stage ONE, backbone week 1). Adapted for how you feel: the gentle version, 16 minutes. Doing less or resting is always fine.',
    );
  });

  it('mixed finisher: two gentle items of the planned session and a short finisher of the first focus type', () => {
    const { decision } = decide(plan, MON, { anxiety: 5 });
    expect(decision.focus).toEqual(['aerobic', 'mind_body']);
    expect(decision.adapted.items.map((i) => i.exercise)).toEqual(['Sit to stand', 'Wall push-up', 'Brisk walk']);
    // Gentle strength: reps × 0.8, rir + 1; the finisher is max(3, round(10 × 0.25)) = 3 minutes.
    expect(decision.adapted.items[0]).toMatchObject({ reps: '8', rir: 4, sets: 1 });
    expect(decision.adapted.items[2]).toMatchObject({ minutes: 3 });
    expect(decision.adapted.minutes).toBe(10);
  });

  it('mixed finisher: item minutes fit inside the planned minutes', () => {
    const p = planOf({ week_template: { wed: 'aerobic' } });
    // Aerobic planned; pain is the only amber signal → focus mind_body only.
    const { planned, decision } = decide(p, WED, { pain: 5 });
    expect(decision.adaptation).toBe('mixed_finisher');
    expect(decision.adapted.items.map((i) => i.exercise)).toEqual(['Brisk walk', 'Breathing']);
    const total = decision.adapted.items.reduce((s, i) => s + (i.minutes ?? 0), 0);
    expect(total).toBeLessThanOrEqual(planned.minutes); // 14 + 5 ≤ 20
    expect(decision.adapted.items[1]!.minutes).toBe(5); // max(3, round(20 × 0.25))
  });

  it('mixed finisher: a generic finisher when the library has no session of that type', () => {
    const p = planOf({ sessions: { strength: { standard: [{ exercise: 'Sit to stand', reps: 10 }] } }, week_template: { mon: 'strength' } });
    const { decision } = decide(p, MON, { anxiety: 5 });
    expect(decision.adapted.items.at(-1)).toEqual({ exercise: 'Easy walk', minutes: 3 });
  });

  it('scaled down: the minimal variant, floor(40%) of the minutes', () => {
    const { decision } = decide(plan, WED, { fatigue: 8 });
    expect(decision.adapted).toMatchObject({ type: 'aerobic', session: 'aerobic', variant: 'minimal', minutes: 8 });
    // minimal = gentle × 0.4 = 20 × 0.7 × 0.4 = 5.6 → 6 minutes, within the 8.
    expect(decision.adapted.items).toEqual([{ exercise: 'Brisk walk', minutes: 6, key: true }]);
  });

  it('scaled down on red pain: the first focus type, when the plan has a session for it', () => {
    const { decision } = decide(plan, MON, { pain: 7 });
    expect(decision.adapted).toMatchObject({ type: 'mind_body', session: 'mind_body', variant: 'minimal', minutes: 4 });
    expect(decision.reasons).toContain('pain is red on a strength day: a minimal mind-body session instead');
  });

  it('says "an aerobic day", not "a aerobic day" (SPEC §4 v1.1: plain words)', () => {
    const { decision } = decide(plan, WED, { pain: 7 });
    expect(decision.reasons.join('; ')).toContain('pain is red on an aerobic day');
  });

  it('scaled down on red pain keeps the planned type when there is no session for the focus type', () => {
    const p = planOf({ sessions: { strength: { standard: [{ exercise: 'Sit to stand', reps: 10 }] } }, week_template: { mon: 'strength' } });
    const { decision } = decide(p, MON, { pain: 7 });
    expect(decision.adapted).toMatchObject({ type: 'strength', variant: 'minimal', minutes: 4 });
  });

  it('red rest offers a few minutes of breathing or stretching', () => {
    const { decision } = decide(plan, WED, { qol: 1 }); // severity 9
    expect(decision.offer).toMatch(/breathing|stretching/);
    expect(decision.reasons).toContain('quality of life 1/10 is at the bottom of the scale (here 10 is the best): today is a rest day');
  });

  it('stop: rest, contact the care team, no offer of exercise', () => {
    const { decision, message } = decide(plan, WED, { fatigue: 2 }, ['dizziness']);
    expect(decision).toMatchObject({ status: 'stop', adaptation: 'rest', contactCareTeam: true });
    expect(decision.offer).toBeUndefined();
    expect(decision.reasons).toContain('dizziness was reported');
    expect(message).toMatch(/contact your care team before exercising/);
  });

  it('stop reasons name the flag in plain words, never its spelling (chest_pain)', () => {
    for (const date of [WED, TUE]) {
      const { decision } = decide(plan, date, {}, ['chest_pain', 'new_swelling']);
      expect(decision.reasons).toEqual(expect.arrayContaining(['chest pain was reported', 'new swelling was reported']));
      expect(decision.reasons.join(' ')).not.toMatch(/_|stop flag/);
    }
    expect(decide(plan, WED, {}, ['breathless']).decision.reasons).toContain('breathlessness was reported');
  });

  it('stop on a planned rest day still advises the care team', () => {
    const { decision, message } = decide(plan, TUE, {}, ['fever']);
    expect(decision).toMatchObject({ adaptation: 'as_planned', contactCareTeam: true, adapted: { type: 'rest', rest_ok: true } });
    expect(message).toMatch(/contact your care team before exercising/);
  });

  it.each<[string, string, Partial<Signals>]>([
    ['a training day, otherwise green', WED, { fatigue: 1 }],
    ['a training day, red as well', MON, { fatigue: 8, pain: 8 }],
    ['a planned rest day', TUE, {}],
    ['a planned rest day, amber as well', TUE, { anxiety: 5 }],
  ])('SPEC §6.1 v1.1: every stop day advises the care team before exercising — %s', (_n, date, signals) => {
    const { decision, message } = decide(plan, date, signals, ['new_swelling']);
    expect(decision.contactCareTeam).toBe(true);
    expect(message).toMatch(/contact your care team before exercising/);
  });

  it('a rest day without a check-in has rest_ok false and suggests a check-in', () => {
    const { decision } = decide(plan, TUE, null);
    expect(decision).toMatchObject({ adaptation: 'as_planned', suggestCheckin: true, adapted: { type: 'rest', minutes: 0, rest_ok: false } });
  });
});

describe('adapted items scale like the schedule scales them', () => {
  it.each([
    ['stage volume', planOf({ stages: [{ id: 'ONE', minutes: { aerobic: 20 }, volume: 1.5 }] })],
    [
      'a weekly_minutes target',
      planOf({
        stages: [{ id: 'ONE', minutes: { strength: 10, aerobic: 20, mixed: 12 } }],
        phases: [{ id: 'base', type: 'base', weeks: 2, weekly_minutes: 70 }],
      }),
    ],
  ])('%s: gentle items equal the schedule’s gentle variant', (_n, plan) => {
    const resolver = new ScheduleResolver(plan, previewContext(plan, START));
    const stage = plan.stages[0]!;
    const position = phaseAt(resolver.windows, WED);
    const expected = buildPlanned(plan, resolver.daySpec(WED, stage, position), stage, resolver.weeklyFactor(WED, position), 'gentle');
    const { decision } = decide(plan, WED, { fatigue: 5 });
    expect(decision.adaptation).toBe('gentler_variant');
    expect(decision.adapted.items).toEqual(expected.items);
  });
});

describe('SPEC §6.1 v1.1: the finisher is aerobic or mind-body', () => {
  it.each<[string, FocusFlag[], 'aerobic' | 'mind_body']>([
    ['aerobic first', ['aerobic', 'resistance'], 'aerobic'],
    ['mind_body first', ['mind_body'], 'mind_body'],
    ['resistance first, then aerobic → aerobic', ['resistance', 'aerobic'], 'aerobic'],
    ['multi_component first, then mind_body → mind_body', ['multi_component', 'mind_body'], 'mind_body'],
    ['only multi_component → mind_body', ['multi_component'], 'mind_body'],
    ['only resistance → mind_body', ['resistance'], 'mind_body'],
    ['resistance and multi_component → mind_body', ['resistance', 'multi_component'], 'mind_body'],
  ])('%s', (_n, focus, type) => {
    expect(finisherTypeFor(focus)).toBe(type);
  });

  it('quality of life amber on a strength day (focus multi_component): a mind-body finisher, not a mixed one', () => {
    const { decision } = decide(planOf(), MON, { qol: 5 });
    expect(decision.focus).toEqual(['multi_component']);
    expect(decision.adaptation).toBe('mixed_finisher');
    // the plan's mind_body session leads with Breathing
    expect(decision.adapted.items.at(-1)!.exercise).toBe('Breathing');
    expect(decision.reasons.join(' ')).toContain('mind-body finisher');
  });
});
