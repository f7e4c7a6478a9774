// `regimen schema`: the JSON Schema generated from the loader's own zod schema.
import type { Context } from '../context.js';
import { printJson } from '../context.js';

export async function runSchema(ctx: Context): Promise<number> {
  const { planJsonSchema } = await import('../io/validators.js');
  printJson(ctx, planJsonSchema());
  return 0;
}
