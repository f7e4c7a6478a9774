// `review --fail-on X` (SPEC §4): a decision matches X or anything worse — `hold`
// matches hold and step_down; `step_down` matches only step_down.
export type Decision = 'progress' | 'hold' | 'step_down';

const SEVERITY: Record<Decision, number> = { progress: 0, hold: 1, step_down: 2 };

export function matchesFailOn(decision: Decision, failOn: Exclude<Decision, 'progress'>): boolean {
  return SEVERITY[decision] >= SEVERITY[failOn];
}
