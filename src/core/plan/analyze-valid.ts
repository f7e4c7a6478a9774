// The zod-free half of analysing a plan: the generated quick parser, then the
// cross-field rules and lint. Enough for a valid plan, which is most plans; `check`
// and the daily commands load zod only when a plan has a problem to explain.
import type { Finding } from '../diagnostics.js';
import { lintPlan } from './lint.js';
import { normalizePlan, type Plan } from './model.js';
import { NOT_SURE, parsePlanQuickly } from './plan-parse.generated.js';
import type { PlanInput } from './schema.js';
import { validatePlan } from './validate.js';

export interface PlanAnalysis {
  findings: Finding[];
  plan?: Plan;
  input?: PlanInput;
}

/** Cross-field rules, then (when they pass) the normalised plan and its lint warnings. */
export function analyzeInput(input: PlanInput): PlanAnalysis {
  const errors = validatePlan(input);
  if (errors.length) return { findings: errors, input };
  const plan = normalizePlan(input);
  return { findings: lintPlan(plan, input), plan, input };
}

/** The analysis of data that passes the schema; null when the schema has something to say (ask zod). */
export function analyzeSchemaValid(data: unknown): PlanAnalysis | null {
  const input = parsePlanQuickly(data);
  return input === NOT_SURE ? null : analyzeInput(input as PlanInput);
}
