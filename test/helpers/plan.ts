// Build plans from object literals for core tests: the same analysis the loader runs.
import { analyzePlan } from '../../src/core/plan/analyze.js';
import type { Plan } from '../../src/core/plan/model.js';

export const BASE = {
  schema: 'regimen/v1',
  id: 'test-plan',
  name: 'Test plan',
  stages: [{ id: 'ONE', minutes: { strength: 10, aerobic: 20, mixed: 12, mind_body: 8 } }],
  week_template: { mon: 'strength', wed: 'aerobic', fri: 'mixed' },
  sessions: {
    strength: {
      standard: [
        { exercise: 'Sit to stand', reps: 10, rir: 3 },
        { exercise: 'Wall push-up', reps: '8-10' },
        { exercise: 'Band row', sets: 3, reps: 12 },
      ],
    },
    aerobic: { standard: [{ exercise: 'Brisk walk', minutes: 20, key: true }] },
    mixed: {
      standard: [
        { exercise: 'Step-ups', reps: 10 },
        { exercise: 'Walk', minutes: 6 },
      ],
    },
    mind_body: { standard: [{ exercise: 'Breathing', minutes: 5 }] },
  },
};

export function planOf(overrides: Record<string, unknown> = {}): Plan {
  const analysis = analyzePlan({ ...BASE, ...overrides });
  const errors = analysis.findings.filter((f) => f.severity === 'error');
  if (errors.length || !analysis.plan) throw new Error(`test plan invalid: ${JSON.stringify(errors)}`);
  return analysis.plan;
}

export function findingsOf(overrides: Record<string, unknown> = {}) {
  return analyzePlan({ ...BASE, ...overrides }).findings;
}
