// SPEC §5: check-ins → status and focus. One table per rule.
import { describe, expect, it } from 'vitest';
import { assessCheckin, FOCUS_TYPE, levelOf, severity, TYPE_FOCUS, type Signals } from '../../../src/core/engine/status.js';
import { DEFAULT_RULES, mergeRules } from '../../../src/core/rules.js';

const S = DEFAULT_RULES.symptoms;
const calm: Signals = { fatigue: 0, pain: 0, anxiety: 0, low_mood: 0, qol: 10 };
const checkin = (over: Partial<Signals>, flags: string[] = [], rules = S) => assessCheckin({ ...calm, ...over }, flags, rules);

describe('levels by severity: 0–3 green, 4–6 amber, 7–10 red', () => {
  it.each([
    [0, 'green'],
    [3, 'green'],
    [4, 'amber'],
    [6, 'amber'],
    [7, 'red'],
    [10, 'red'],
  ] as const)('severity %i is %s', (sev, level) => {
    expect(levelOf(sev, S)).toBe(level);
  });

  it('follows the plan thresholds', () => {
    const rules = mergeRules({ symptoms: { amber: 3, red: 5 } }).symptoms;
    expect([2, 3, 4, 5].map((s) => levelOf(s, rules))).toEqual(['green', 'amber', 'amber', 'red']);
  });
});

describe('severity: qol is higher-is-better, so it is inverted', () => {
  it.each([
    ['fatigue', 6, 6],
    ['pain', 0, 0],
    ['qol', 10, 0],
    ['qol', 7, 3],
    ['qol', 6, 4],
    ['qol', 2, 8],
  ] as const)('%s %i has severity %i', (signal, value, sev) => {
    expect(severity(signal, value)).toBe(sev);
  });

  it.each([
    [{ qol: 7 }, 'green'],
    [{ qol: 6 }, 'amber'],
    [{ qol: 3 }, 'red'],
  ] as const)('%o → %s', (over, status) => {
    expect(checkin(over).status).toBe(status);
  });
});

describe('status is the worst level; worst names the signal as entered', () => {
  it.each([
    ['all calm', {}, 'green', { signal: 'fatigue', value: 0, level: 'green' }],
    ['one amber', { anxiety: 5 }, 'amber', { signal: 'anxiety', value: 5, level: 'amber' }],
    ['amber and red: red', { fatigue: 5, pain: 8 }, 'red', { signal: 'pain', value: 8, level: 'red' }],
    ['qol reported raw, judged by severity', { fatigue: 6, qol: 2 }, 'red', { signal: 'qol', value: 2, level: 'red' }],
    ['ties go to the first signal in order', { pain: 6, low_mood: 6 }, 'amber', { signal: 'pain', value: 6, level: 'amber' }],
  ] as const)('%s', (_n, over, status, worst) => {
    const a = checkin(over);
    expect(a.status).toBe(status);
    expect(a.worst).toEqual(worst);
  });

  it('lists red signals and every level', () => {
    const a = checkin({ fatigue: 7, pain: 4, qol: 1 });
    expect(a.redSignals).toEqual(['fatigue', 'qol']);
    expect(a.levels).toEqual({ fatigue: 'red', pain: 'amber', anxiety: 'green', low_mood: 'green', qol: 'red' });
    expect(a.signals).toEqual({ ...calm, fatigue: 7, pain: 4, qol: 1 });
  });
});

describe('stop flags override every signal', () => {
  it.each([
    ['a default stop flag', ['chest_pain'], S, 'stop', ['chest_pain']],
    ['spelling is normalised', ['Chest-Pain'], S, 'stop', ['chest_pain']],
    ['a flag that is not a stop flag', ['sore_knee'], S, 'green', []],
    ['a plan-added stop flag', ['fainting'], mergeRules({ symptoms: { stop_flags: ['fainting'] } }).symptoms, 'stop', ['fainting']],
    ['plan flags add to the defaults', ['fever'], mergeRules({ symptoms: { stop_flags: ['fainting'] } }).symptoms, 'stop', ['fever']],
    ['repeated flags count once', ['fever', 'fever', 'dizziness'], S, 'stop', ['fever', 'dizziness']],
  ] as const)('%s', (_n, flags, rules, status, stopFlags) => {
    const a = checkin({}, [...flags], rules);
    expect(a.status).toBe(status);
    expect(a.stopFlags).toEqual(stopFlags);
  });
});

describe('focus flags from amber or red signals, in priority order', () => {
  it.each([
    ['nothing amber: no focus', {}, []],
    ['fatigue → aerobic, resistance', { fatigue: 5 }, ['aerobic', 'resistance']],
    ['anxiety → aerobic, mind_body', { anxiety: 4 }, ['aerobic', 'mind_body']],
    ['low mood → aerobic, resistance', { low_mood: 8 }, ['aerobic', 'resistance']],
    ['pain → mind_body', { pain: 6 }, ['mind_body']],
    ['qol → multi_component', { qol: 5 }, ['multi_component']],
    ['green signals add nothing', { fatigue: 3, pain: 3 }, []],
    ['anxiety outranks pain', { pain: 7, anxiety: 4 }, ['aerobic', 'mind_body']],
    ['de-duplicated, order kept', { fatigue: 5, anxiety: 5, low_mood: 5, pain: 5, qol: 2 }, ['aerobic', 'resistance', 'mind_body', 'multi_component']],
    ['pain then qol', { pain: 5, qol: 4 }, ['mind_body', 'multi_component']],
  ] as const)('%s', (_n, over, focus) => {
    expect(checkin(over).focus).toEqual(focus);
  });
});

describe('type ↔ focus', () => {
  it('maps each training type to its component and back', () => {
    expect(TYPE_FOCUS).toEqual({ strength: 'resistance', aerobic: 'aerobic', mind_body: 'mind_body', mixed: 'multi_component' });
    for (const [type, focus] of Object.entries(TYPE_FOCUS)) expect(FOCUS_TYPE[focus]).toBe(type);
  });
});
