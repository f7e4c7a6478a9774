// `regimen schema` (SPEC §2, §4): the JSON Schema editors use must agree with the
// loader. Every example plan passes it, every fixture whose error is a schema error
// fails it, and the copy kept beside the plans is exactly the command's output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, fixtures, INVALID_DIR, regimen, ROOT, WARNINGS_DIR } from './helpers.js';

/**
 * How each invalid fixture's error relates to the JSON Schema.
 *
 * SCHEMA: the zod schema step of the loader reports it, so the generated JSON Schema
 * rejects the parsed document too (not-a-mapping and empty-file are caught by the
 * loader before the schema, but the document is then a list or null, which the
 * schema's `type: object` rejects just the same).
 */
const SCHEMA = ['unknown-key', 'missing-key', 'wrong-type', 'invalid-value', 'invalid-format', 'out-of-range', 'too-many-days', 'not-a-mapping', 'empty-file'];

/**
 * RULES: cross-field rules of SPEC §2.2 in validate.ts, which a JSON Schema does not
 * express; the schema accepts these documents and only `regimen check` refuses them.
 */
const RULES = [
  'unknown-session',
  'session-type-mismatch',
  'session-missing-type',
  'duplicate-stage-id',
  'duplicate-phase-id',
  'sequence-with-phases',
  'sequence-without-days',
  'template-in-sequence',
  'days-without-sequence',
  'missing-week-template',
  'event-goal-without-date',
  'date-out-of-range',
  'weekly-minutes-length',
  'blocks-length',
  'min-weeks-exceeds-weeks',
  'symptom-thresholds-order',
];

/**
 * BEFORE_DATA: the loader refuses the text before there is a document to validate
 * (YAML syntax, duplicate keys, alias expansion, forbidden keys). A JSON Schema has
 * no say here: yaml-syntax and alias-bomb do not even parse to data, and whether a
 * forbidden key breaks the schema depends only on where it was put.
 */
const BEFORE_DATA = ['yaml-syntax', 'duplicate-key', 'alias-bomb', 'forbidden-key'];

let schemaText: string;
let validate: ValidateFunction;
/** The loader's `path` of each invalid fixture's error, as a JSON pointer (`stages[0].sets` → `/stages/0/sets`). */
const loaderPointer = new Map<string, string>();

function load(file: string): unknown {
  return parse(readFileSync(join(ROOT, file), 'utf8'), { maxAliasCount: 100 });
}

function errorsOf(v: ValidateFunction): string {
  return (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}

beforeAll(async () => {
  assertBuilt();
  const run = await regimen(['schema']);
  expect(run.exitCode, run.stderr).toBe(0);
  schemaText = run.stdout;
  // Formats (`date`) are left to the pattern zod emits beside them: ajv-formats is not a dependency.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  validate = ajv.compile(JSON.parse(schemaText) as object);

  const check = await regimen(['check', '--format', 'json', INVALID_DIR]);
  const doc = JSON.parse(check.stdout) as { files: { file: string; errors: { path: string }[] }[] };
  for (const f of doc.files) {
    const code = f.file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    const path = f.errors[0]?.path ?? '';
    loaderPointer.set(
      code,
      path === ''
        ? ''
        : `/${path
            .replace(/\[(\d+)\]/g, '.$1')
            .split('.')
            .join('/')}`,
    );
  }
});

describe('regimen schema', () => {
  it('is a draft-7 schema for an object', () => {
    const schema = JSON.parse(schemaText) as Record<string, unknown>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
  });

  it('is kept beside the plans as plans/regimen.schema.json, byte for byte', () => {
    const committed = readFileSync(join(ROOT, 'plans', 'regimen.schema.json'), 'utf8');
    expect(committed, 'regenerate with: node bin/regimen.js schema > plans/regimen.schema.json').toBe(schemaText);
  });

  it('accepts every example plan in plans/', () => {
    const plans = readdirSync(join(ROOT, 'plans')).filter((f) => /\.ya?ml$/i.test(f));
    expect(plans.length).toBeGreaterThan(0);
    for (const f of plans) expect(validate(load(`plans/${f}`)), `plans/${f}: ${errorsOf(validate)}`).toBe(true);
  });

  it('accepts every warnings fixture (warnings are not schema matters)', () => {
    for (const [, file] of fixtures(WARNINGS_DIR)) expect(validate(load(file)), `${file}: ${errorsOf(validate)}`).toBe(true);
  });

  it('sorts every invalid fixture into exactly one category', () => {
    const all = [...SCHEMA, ...RULES, ...BEFORE_DATA].sort();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(fixtures(INVALID_DIR).map(([code]) => code));
  });

  it.each(SCHEMA)('rejects the %s fixture, at the node the loader names', (code) => {
    const data = load(`${INVALID_DIR}/${code}.yaml`);
    expect(validate(data), `${code} should fail the JSON Schema`).toBe(false);
    // ajv reports the object that has the bad key or value: a prefix of the loader's path.
    const pointer = loaderPointer.get(code);
    expect(pointer, `no loader diagnostic for ${code}`).toBeDefined();
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(
      paths.some((p) => pointer === p || pointer!.startsWith(`${p}/`)),
      `loader: ${pointer}; ajv: ${errorsOf(validate)}`,
    ).toBe(true);
  });

  it.each(RULES)('accepts the %s fixture (a cross-field rule, not a schema error)', (code) => {
    const data = load(`${INVALID_DIR}/${code}.yaml`);
    expect(validate(data), `${code}: ${errorsOf(validate)}`).toBe(true);
  });
});
