// SPEC §6.3, §6.5: the layers applied proposals leave (a repair stored before v1.1
// still repairs its time away), the goal an honesty protocol changed, the stage in
// force and the load targets in effect on a date.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/model.js';
import { effectiveGoal, layersFromProposals, stageLookup, targetLookup, type AppliedProposalBody } from '../../src/core/schedule/athlete-context.js';
import type { Layer } from '../../src/core/schedule/layers.js';

const slide: Layer = { kind: 'slide', from: '2026-11-10', to: null, gap: 3 };
const pivot: Layer = { kind: 'pivot', site: 'knee', pillar: 'aerobic', from: '2026-11-12' };
const skip: Layer = { kind: 'adjust', action: { action: 'skip', date: '2026-11-20' } };

describe('layers from applied proposals', () => {
  it.each<[string, AppliedProposalBody[], Layer[], { from: string; to: string } | null]>([
    ['none', [], [], null],
    [
      'a repair stored before v1.1 repairs its disruption away',
      [{ layer: slide, disruption: { from: '2026-11-05', to: '2026-11-09' } }],
      [{ ...slide, away: { from: '2026-11-05', to: '2026-11-09' } }],
      null,
    ],
    ['a pivot has no time away', [{ layer: pivot, disruption: { from: '2026-11-05', to: '2026-11-09' } }], [pivot], null],
    ['adjustments in order, after the repair before them', [{ layer: pivot }, { layers: [skip, skip] }], [pivot, skip, skip], null],
    [
      'the latest goal change; one that keeps no goal is not a change',
      [{ layer: null, honesty: { goal: { from: '10k', to: '5k' } } }, { honesty: { goal: { from: '5k', to: null } } }],
      [],
      { from: '10k', to: '5k' },
    ],
  ])('%s', (_n, bodies, layers, goalChange) => {
    expect(layersFromProposals(bodies)).toEqual({ layers, goalChange });
  });

  // SPEC §4 plan use: the plan left keeps its progress; its repairs and changes stay with it.
  it.each<[string, AppliedProposalBody[], Layer[], { from: string; to: string } | null]>([
    ["another plan's repair and goal change do not apply", [{ plan: 'c25k', layer: pivot, honesty: { goal: { from: '10k', to: '5k' } } }], [], null],
    ["this plan's do", [{ plan: 'marathon', layer: pivot, honesty: { goal: { from: '10k', to: '5k' } } }], [pivot], { from: '10k', to: '5k' }],
    ['one stored before proposals named their plan applies as before', [{ layers: [skip] }, { plan: 'c25k', layers: [skip] }], [skip], null],
  ])('on plan marathon: %s', (_n, bodies, layers, goalChange) => {
    expect(layersFromProposals(bodies, 'marathon')).toEqual({ layers, goalChange });
  });
});

const plan = { goal: { title: '10k', date: '2027-03-01' }, stages: [{ id: 'A' }, { id: 'B' }] } as unknown as Plan;

describe('the plan as the athlete stands on it', () => {
  it('the goal, as an honesty protocol changed it', () => {
    expect(effectiveGoal(plan, null)).toEqual({ title: '10k', date: '2027-03-01' });
    expect(effectiveGoal(plan, { from: '10k', to: '5k' })).toEqual({ title: '5k', date: '2027-03-01', downgradedFrom: '10k' });
    expect(effectiveGoal({ ...plan, goal: undefined } as unknown as Plan, { from: '10k', to: '5k' })).toBeNull();
  });

  it.each<[string, string]>([
    ['2026-11-01', 'A'],
    ['2026-11-16', 'B'],
    ['2026-11-30', 'A'],
  ])('the stage in force on %s is %s (a stage the plan no longer has counts as its first)', (date, stage) => {
    const changes = [
      { stage: 'B', effective_date: '2026-11-16' },
      { stage: 'GONE', effective_date: '2026-11-30' },
    ];
    expect(stageLookup(plan, changes)(date).id).toBe(stage);
  });

  it('the latest load target in effect, names matched case-insensitively', () => {
    const at = targetLookup([
      { exercise: 'Squat', load: '40 kg', effective_date: '2026-11-09' },
      { exercise: 'squat', load: '42.5 kg', effective_date: '2026-11-16' },
    ])!;
    expect([at('SQUAT', '2026-11-08'), at('squat', '2026-11-10'), at('Squat', '2026-11-20'), at('Bench', '2026-11-20')]).toEqual([
      undefined,
      '40 kg',
      '42.5 kg',
      undefined,
    ]);
    expect(targetLookup([])).toBeUndefined();
  });
});
