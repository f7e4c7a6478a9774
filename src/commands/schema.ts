// `regimen schema`: the JSON Schema generated from the loader's own zod schema.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { planJsonSchema } from '../core/plan/schema.js';

export async function runSchema(ctx: Context): Promise<number> {
  printJson(ctx, planJsonSchema());
  return 0;
}
