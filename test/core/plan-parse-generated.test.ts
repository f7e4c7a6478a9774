// The generated quick parser (src/core/plan/plan-parse.generated.ts) against zod, its
// source: it must be up to date with schema.ts, and on every real plan it must give
// exactly zod's output. (The mutation fuzzer is in plan-parse-fuzz.test.ts.)
//   REGIMEN_UPDATE_GOLDEN=1 npx vitest run test/core/plan-parse-generated.test.ts
// rewrites the generated file after a change to schema.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateQuickParser } from '../../src/core/plan/schema-codegen.js';
import { NOT_SURE, parsePlanQuickly } from '../../src/core/plan/plan-parse.generated.js';
import { planSchema } from '../../src/core/plan/schema.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GENERATED = join(ROOT, 'src/core/plan/plan-parse.generated.ts');

describe('plan-parse.generated.ts', () => {
  it('is what schema-codegen.ts writes for the current schema', () => {
    const fresh = generateQuickParser(planSchema);
    if (process.env.REGIMEN_UPDATE_GOLDEN === '1') writeFileSync(GENERATED, fresh);
    expect(readFileSync(GENERATED, 'utf8'), 'run REGIMEN_UPDATE_GOLDEN=1 npx vitest run test/core/plan-parse-generated.test.ts').toBe(fresh);
  });

  it.each(readdirSync(join(ROOT, 'plans')).filter((f) => f.endsWith('.yaml')))('gives zod’s output, key order included, for plans/%s', (file) => {
    const data = jsYaml.load(readFileSync(join(ROOT, 'plans', file), 'utf8'), { schema: jsYaml.CORE_SCHEMA });
    const parsed = planSchema.safeParse(data);
    expect(parsed.success).toBe(true);
    const quick = parsePlanQuickly(data);
    expect(quick).not.toBe(NOT_SURE);
    expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.data));
    expect(quick).toStrictEqual(parsed.data);
  });

  it.each([
    ['a transform', z.strictObject({ a: z.string().transform((s) => s.length) })],
    ['a default', z.strictObject({ a: z.number().default(1) })],
    ['a non-strict object', z.object({ a: z.string() })],
    ['an email format', z.strictObject({ a: z.string().email() })],
    ['a refinement', z.strictObject({ a: z.number().refine((n) => n > 1) })],
  ])('refuses to generate code for %s', (_, schema) => {
    expect(() => generateQuickParser(schema as never)).toThrow(/not supported/);
  });
});
