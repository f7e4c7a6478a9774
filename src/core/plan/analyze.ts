// Plan data (already parsed from YAML) → findings, and the normalised plan when it
// has no errors: schema → cross-field rules → lint, in that order (each step needs
// the previous one to have passed).
import type { Finding } from '../diagnostics.js';
import { lintPlan } from './lint.js';
import { normalizePlan, type Plan } from './model.js';
import { planSchema, type PlanInput } from './schema.js';
import { schemaFindings } from './schema-findings.js';
import { validatePlan } from './validate.js';

export interface PlanAnalysis {
  findings: Finding[];
  plan?: Plan;
  input?: PlanInput;
}

export function analyzePlan(data: unknown): PlanAnalysis {
  const parsed = planSchema.safeParse(data);
  if (!parsed.success) return { findings: schemaFindings(parsed.error.issues, data, planSchema) };
  const input = parsed.data;
  const errors = validatePlan(input);
  if (errors.length) return { findings: errors, input };
  const plan = normalizePlan(input);
  return { findings: lintPlan(plan, input), plan, input };
}
