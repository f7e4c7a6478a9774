// For commands that need a valid plan: load it or refuse with one clear line (exit 2).
import type { Plan } from '../core/plan/model.js';
import { UsageError } from '../errors.js';
import { diagnosticLine } from '../render/diagnostics.js';
import type { LoadedPlan } from './plan-file.js';

/** The plan loader (YAML parsers, zod) is imported here, on first use, not at startup. */
export async function requirePlan(file: string): Promise<LoadedPlan & { plan: Plan }> {
  const { loadPlanFile } = await import('./validators.js');
  const loaded = loadPlanFile(file);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !loaded.plan) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more: run regimen check ${file})` : '';
    throw new UsageError(`invalid plan: ${diagnosticLine(errors[0]!)}${more}`);
  }
  return loaded as LoadedPlan & { plan: Plan };
}
