// Plan data (already parsed from YAML) → findings, and the normalised plan when it
// has no errors: schema → cross-field rules → lint, in that order (each step needs
// the previous one to have passed). zod runs only when the generated quick parser is
// not sure, that is when the schema has a problem to find and word.
import { analyzeInput, analyzeSchemaValid, type PlanAnalysis } from './analyze-valid.js';
import { planSchema } from './schema.js';
import { schemaFindings } from './schema-findings.js';

export type { PlanAnalysis } from './analyze-valid.js';

export function analyzePlan(data: unknown): PlanAnalysis {
  const valid = analyzeSchemaValid(data);
  if (valid) return valid;
  const parsed = planSchema.safeParse(data);
  if (!parsed.success) return { findings: schemaFindings(parsed.error.issues, data, planSchema) };
  return analyzeInput(parsed.data);
}
