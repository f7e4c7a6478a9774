// Shared by the differential tests (test/io/plan-reading.test.ts and
// test/core/plan-parse-fuzz.test.ts): the plan corpus (plans/, fixtures/, the seeded
// plan generator of test/bench), a seeded PRNG, and a comparison strict enough for
// "gives exactly what the reference gives": same values (-0 and NaN compared with
// Object.is), same types, same prototypes and the same key order at every level.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import jsYaml from 'js-yaml';
// test/bench/*.mjs are plain JavaScript without declarations; they are typed once, here.
// biome-ignore format: @ts-expect-error covers the one line below
// @ts-expect-error -- no declaration file for the bench's plan generator
import { generatePlans as generatePlansUntyped, ladderPlan as ladderUntyped, phasedPlan as phasedUntyped, sequencePlan as sequenceUntyped } from '../bench/plan-gen.mjs';
// @ts-expect-error -- no declaration file for the bench's journal generator
import { mulberry32 as mulberry32Untyped } from '../bench/journal-gen.mjs';
import { tempDir } from './temp.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The PRNG of test/bench/journal-gen.mjs (mulberry32): the same seed, the same sequence. */
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
}
export const mulberry32 = mulberry32Untyped as (seed: number) => Rng;

type PlanBuilder = (r: Rng, n: number) => Record<string, unknown>;
/** The generator's three plan shapes, as objects (before they are written as YAML). */
export const PLAN_BUILDERS = { ladder: ladderUntyped as PlanBuilder, phased: phasedUntyped as PlanBuilder, sequence: sequenceUntyped as PlanBuilder };

export interface NamedText {
  name: string;
  text: string;
}

/** Every *.yaml / *.yml file under `dir` (relative to the repository root), recursively, sorted. */
export function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    for (const entry of readdirSync(path).sort()) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry)) out.push(relative(ROOT, full));
    }
  };
  walk(join(ROOT, dir));
  return out;
}

export const readText = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

/** plans/*.yaml: the plans shipped with the tool. */
export const shippedPlanFiles = (): string[] => yamlFilesUnder('plans').filter((f) => !f.slice('plans/'.length).includes('/'));

/** `count` plans from test/bench/plan-gen.mjs, written to files exactly as the bench writes them. */
export function generatedPlanTexts(seed: number, count: number): NamedText[] {
  const dir = tempDir(`plan-gen-${seed}-`);
  (generatePlansUntyped as (dir: string, count: number, seed: number) => unknown)(dir, count, seed);
  return readdirSync(dir)
    .sort()
    .map((file) => ({ name: `seed ${seed}: ${file}`, text: readFileSync(join(dir, file), 'utf8') }));
}

export type Loaded = { ok: true; value: unknown } | { ok: false; error: string };

/** The reference reader: js-yaml with CORE_SCHEMA, as the loader uses it. */
export function loadCore(text: string): Loaded {
  try {
    return { ok: true, value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch (error) {
    return { ok: false, error: String((error as Error).message ?? error).split('\n')[0]! };
  }
}

/** A value for failure messages: JSON, with what JSON cannot show spelled out (-0, NaN, undefined, Dates, symbols, null prototypes). */
export function show(value: unknown): string {
  if (value === undefined) return '<undefined>';
  if (typeof value === 'symbol') return `<${String(value)}>`;
  return JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    const raw = (this as Record<string, unknown>)[key];
    if (raw instanceof Date) return `<Date ${Number.isNaN(raw.getTime()) ? 'invalid' : raw.toISOString()}>`;
    if (typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v))) return `<${Object.is(v, -0) ? '-0' : v}>`;
    if (v === undefined) return '<undefined>';
    if (typeof v === 'symbol') return `<${String(v)}>`;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const symbols = Object.getOwnPropertySymbols(v).map((s) => `<${String(s)}>`);
      const marks = [...(Object.getPrototypeOf(v) === null ? ['<null prototype>'] : []), ...symbols];
      if (marks.length) {
        // A null-prototype copy: assigning an own __proto__ key to a plain {} would set its prototype instead.
        const copy: Record<string, unknown> = Object.create(null);
        copy[marks.join(' ')] = true;
        for (const k of Object.keys(v)) copy[k] = (v as Record<string, unknown>)[k];
        return copy;
      }
    }
    return v;
  });
}

const keyName = (key: string | symbol): string => (typeof key === 'symbol' ? `[${String(key)}]` : JSON.stringify(key));

/**
 * Where `actual` first differs from `expected` (a path and both sides), or null when
 * they are the same: Object.is on primitives, same prototypes, same own keys (symbols
 * and __proto__ included) in the same order unless `keyOrder` is false, same array
 * length and holes.
 */
export function firstDifference(actual: unknown, expected: unknown, path = '$', keyOrder = true): string | null {
  if (Object.is(actual, expected)) return null;
  const isObj = (v: unknown): v is object => typeof v === 'object' && v !== null;
  if (!isObj(actual) || !isObj(expected)) return `${path}: got ${show(actual)}, expected ${show(expected)}`;
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) return `${path}: prototypes differ`;
  if (actual instanceof Date) return Object.is(actual.getTime(), (expected as Date).getTime()) ? null : `${path}: dates differ`;
  if (Array.isArray(actual)) {
    const other = expected as unknown[];
    if (actual.length !== other.length) return `${path}: length ${actual.length}, expected ${other.length}`;
    for (let i = 0; i < actual.length; i++) {
      if (i in actual !== i in other) return `${path}[${i}]: a hole on one side only`;
      const d = firstDifference(actual[i], other[i], `${path}[${i}]`, keyOrder);
      if (d) return d;
    }
    return null;
  }
  const inOrder = (keys: (string | symbol)[]) => (keyOrder ? keys : [...keys].sort((a, b) => (keyName(a) < keyName(b) ? -1 : 1)));
  const keys = inOrder(Reflect.ownKeys(actual));
  const expectedKeys = inOrder(Reflect.ownKeys(expected));
  if (keys.length !== expectedKeys.length || keys.some((k, i) => k !== expectedKeys[i])) {
    return `${path}: keys ${keys.map(keyName).join(',')}, expected ${expectedKeys.map(keyName).join(',')}`;
  }
  for (const key of keys) {
    const d = firstDifference(
      (actual as Record<string | symbol, unknown>)[key],
      (expected as Record<string | symbol, unknown>)[key],
      `${path}.${String(key)}`,
      keyOrder,
    );
    if (d) return d;
  }
  return null;
}

/** firstDifference, and node's own deep-strict equality as a second opinion. */
export function differenceFrom(actual: unknown, expected: unknown, { keyOrder = true } = {}): string | null {
  const d = firstDifference(actual, expected, '$', keyOrder);
  if (d) return d;
  return isDeepStrictEqual(actual, expected) ? null : '$: isDeepStrictEqual says they differ';
}
