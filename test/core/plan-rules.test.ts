// SPEC §2.2: each error rule and each warning rule, as a table of plan → finding.
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/plan.js';

const codes = (overrides: Record<string, unknown>) => findingsOf(overrides).map((f) => `${f.severity}:${f.code}@${f.path.join('.')}`);

describe('check errors (§2.2)', () => {
  it.each([
    ['unknown key, with a did-you-mean hint', { stages: [{ id: 'ONE', volumne: 1 }] }, 'error:unknown-key@stages.0.volumne'],
    ['wrong type', { stages: [{ id: 'ONE', sets: 'two' }] }, 'error:wrong-type@stages.0.sets'],
    ['out-of-range number', { stages: [{ id: 'ONE', minutes: { strength: 900 } }] }, 'error:out-of-range@stages.0.minutes.strength'],
    ['rir above 5', { sessions: { strength: { standard: [{ exercise: 'A', rir: 6 }] } } }, 'error:out-of-range@sessions.strength.standard.0.rir'],
    [
      'bad load format',
      { sessions: { strength: { standard: [{ exercise: 'A', load: '80 kilos' }] } } },
      'error:invalid-format@sessions.strength.standard.0.load',
    ],
    ['unknown session reference', { week_template: { mon: { type: 'aerobic', session: 'jog' } } }, 'error:unknown-session@week_template.mon.session'],
    ['stage ids not unique', { stages: [{ id: 'ONE' }, { id: 'ONE' }] }, 'error:duplicate-stage-id@stages.1.id'],
    [
      'sequence with phases',
      { schedule: 'sequence', week_template: undefined, days: [{ name: 'A', type: 'rest' }], phases: [{ id: 'b', type: 'base', weeks: 1 }] },
      'error:sequence-with-phases@phases',
    ],
    ['event goal without date', { goal: { kind: 'event', title: 'Race', fallback: 'Finish' } }, 'error:event-goal-without-date@goal'],
    [
      'goal date past 2999 (SPEC §4 strict values)',
      { goal: { kind: 'event', title: 'Race', date: '9999-04-25', fallback: 'Finish' } },
      'error:date-out-of-range@goal.date',
    ],
    ['goal date before 1900', { goal: { kind: 'event', title: 'Race', date: '1899-12-31', fallback: 'Finish' } }, 'error:date-out-of-range@goal.date'],
    [
      'weekly_minutes length ≠ weeks',
      { phases: [{ id: 'b', type: 'base', weeks: 3, weekly_minutes: [100, 110] }] },
      'error:weekly-minutes-length@phases.0.weekly_minutes',
    ],
    [
      'more than 30 days',
      { schedule: 'sequence', week_template: undefined, days: Array.from({ length: 31 }, (_, i) => ({ name: `D${i}`, type: 'rest' })) },
      'error:too-many-days@days',
    ],
    ['missing required key', { name: undefined }, 'error:missing-key@name'],
    ['wrong schema literal', { schema: 'regimen/v2' }, 'error:invalid-value@schema'],
  ])('%s', (_name, overrides, expected) => {
    expect(codes(overrides)).toContain(expected);
  });

  it('unknown keys suggest the closest known key', () => {
    const f = findingsOf({ stages: [{ id: 'ONE', volumne: 1 }] })[0]!;
    expect(f.hint).toBe('did you mean "volume"?');
  });

  it('a valid plan has no findings', () => {
    expect(findingsOf({})).toEqual([]);
  });
});

describe('check warnings (§2.2)', () => {
  it.each([
    ['event goal without fallback', { goal: { kind: 'event', title: 'Race', date: '2027-04-25' } }, 'warning:goal-without-fallback@goal'],
    [
      'adjacent stages grow by more than 25%',
      {
        stages: [
          { id: 'ONE', minutes: { strength: 10, aerobic: 10, mixed: 10 } },
          { id: 'TWO', minutes: { strength: 13, aerobic: 13, mixed: 13 } },
        ],
      },
      'warning:stage-increase@stages.1',
    ],
    [
      'a phase week grows by more than 10%',
      { phases: [{ id: 'b', type: 'base', weeks: 3, weekly_minutes: [100, 110, 122] }] },
      'warning:weekly-increase@phases.0.weekly_minutes.2',
    ],
    [
      'growth across a phase boundary counts too',
      {
        phases: [
          { id: 'b', type: 'base', weeks: 1, weekly_minutes: 100 },
          { id: 'c', type: 'build', weeks: 1, weekly_minutes: [115] },
        ],
      },
      'warning:weekly-increase@phases.1.weekly_minutes.0',
    ],
    ['taper not protected', { phases: [{ id: 't', type: 'taper', weeks: 2 }] }, 'warning:taper-not-protected@phases.0'],
    [
      'type with no session',
      { week_template: { mon: 'strength', sat: 'mind_body' }, sessions: { strength: { standard: [{ exercise: 'A' }] } } },
      'warning:type-without-session@week_template.sat',
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(codes(overrides)).toEqual([expected]);
  });

  it.each([
    [
      'stage growth of exactly 25% is fine',
      {
        stages: [
          { id: 'ONE', minutes: { strength: 8, aerobic: 8, mixed: 8 } },
          { id: 'TWO', minutes: { strength: 10, aerobic: 10, mixed: 10 } },
        ],
      },
    ],
    ['weekly growth of exactly 10% is fine, and drops are fine', { phases: [{ id: 'b', type: 'base', weeks: 3, weekly_minutes: [100, 110, 90] }] }],
    ['a protected taper', { phases: [{ id: 't', type: 'taper', weeks: 2, protected: true }] }],
  ])('%s', (_name, overrides) => {
    expect(codes(overrides)).toEqual([]);
  });

  it('the lint thresholds can be overridden in rules.lint', () => {
    expect(codes({ rules: { lint: { max_weekly_increase: 0.25 } }, phases: [{ id: 'b', type: 'base', weeks: 2, weekly_minutes: [100, 122] }] })).toEqual([]);
  });

  it('one warning per offending week, at that week', () => {
    expect(codes({ phases: [{ id: 'b', type: 'base', weeks: 4, weekly_minutes: [100, 120, 140, 150] }] })).toEqual([
      'warning:weekly-increase@phases.0.weekly_minutes.1',
      'warning:weekly-increase@phases.0.weekly_minutes.2',
    ]);
  });
});
