// The generated quick parser (src/core/plan/plan-parse.generated.ts) against zod, its
// source: it must be up to date with schema.ts, and every real plan must pass it, come
// back as it is, and equal zod's output but for key order; normalised, the two are the
// same to the byte. (The mutation fuzzer is in plan-parse-fuzz.test.ts.)
//   REGIMEN_UPDATE_GOLDEN=1 npx vitest run test/core/plan-parse-generated.test.ts
// rewrites the generated file after a change to schema.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateQuickParser } from '../../tools/schema-codegen.js';
import { parsePlanQuickly } from '../../src/core/plan/plan-parse.generated.js';
import { normalizePlan } from '../../src/core/plan/model.js';
import { planSchema, type PlanInput } from '../../src/core/plan/schema.js';

/** The same data with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

const ROOT = join(import.meta.dirname, '..', '..');
const GENERATED = join(ROOT, 'src/core/plan/plan-parse.generated.ts');

describe('plan-parse.generated.ts', () => {
  it('is what schema-codegen.ts writes for the current schema', () => {
    const fresh = generateQuickParser(planSchema);
    if (process.env.REGIMEN_UPDATE_GOLDEN === '1') writeFileSync(GENERATED, fresh);
    expect(readFileSync(GENERATED, 'utf8'), 'run REGIMEN_UPDATE_GOLDEN=1 npx vitest run test/core/plan-parse-generated.test.ts').toBe(fresh);
  });

  it.each(readdirSync(join(ROOT, 'plans')).filter((f) => f.endsWith('.yaml')))('passes plans/%s as it is, equal to zod’s output', (file) => {
    const data = jsYaml.load(readFileSync(join(ROOT, 'plans', file), 'utf8'), { schema: jsYaml.CORE_SCHEMA });
    const parsed = planSchema.safeParse(data);
    expect(parsed.success).toBe(true);
    const quick = parsePlanQuickly(data);
    expect(quick).toBe(data);
    expect(quick).toStrictEqual(parsed.data);
    // What the rest of regimen sees is the normalised plan: the same, key order included.
    expect(JSON.stringify(normalizePlan(quick as PlanInput))).toBe(JSON.stringify(normalizePlan(parsed.data!)));
  });

  it('normalises a plan written in another key order to the same bytes', () => {
    const data = jsYaml.load(readFileSync(join(ROOT, 'plans', 'marathon-novice.yaml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as PlanInput;
    const reversed = reverseKeys(data) as PlanInput;
    expect(parsePlanQuickly(reversed)).toBe(reversed);
    // (A record keeps its order in zod too: the sessions come out reversed either way.)
    expect(JSON.stringify(normalizePlan(reversed))).toBe(JSON.stringify(normalizePlan(planSchema.parse(reversed))));
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
