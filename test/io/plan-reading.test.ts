// SPEC §8 "One reading of a plan": js-yaml alone gives a plan's values; the `yaml`
// package only says where a problem is. Over every shipped plan, every fixture, the
// bench's generated plans and a seeded corpus of mutated plans:
//   - the findings are exactly the analysis of js-yaml's values (what validation sees),
//     and a plan that passes gives back js-yaml's values as its input;
//   - every diagnostic with a path points at the node of that path (its key for an
//     unknown key or a collection under a key, its value for a scalar, the nearest
//     existing parent for a missing key), judged from the text and js-yaml's values,
//     not from `yaml`'s own tree;
// and a number written as 0b11, 0o7, 0x1F, 1_000, .5 or +3 gets the same verdict
// whatever other problems the plan has.
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { formatPath } from '../../src/core/diagnostics.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { guardPlanData } from '../../src/core/plan/data-guards.js';
import { loadPlanText } from '../../src/io/plan-file.js';
import {
  differenceFrom,
  generatedPlanTexts,
  mulberry32,
  readText,
  shippedPlanFiles,
  yamlFilesUnder,
  type NamedText,
  type Rng,
} from '../helpers/differential.js';

const CORE = { schema: jsYaml.CORE_SCHEMA };
type Path = (string | number)[];

/** The js-yaml value at a path, and how much of the path exists. */
function walk(data: unknown, path: Path): { value: unknown; found: number } {
  let value = data;
  for (let i = 0; i < path.length; i++) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, path[i]!)) return { value, found: i };
    value = (value as Record<string, unknown>)[path[i] as string];
  }
  return { value, found: path.length };
}

/** The offset of a 1-based line and column. */
function offsetOf(text: string, line: number, col: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + col - 1;
}

/** How a key may be written: plain, or quoted. */
const keySpellings = (key: string | number): string[] => [String(key), `"${key}"`, `'${key}'`];

/** The scalar written at `offset`: up to the end of the line, a comment, or a flow separator. */
function scalarAt(text: string, offset: number): unknown {
  const rest = text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
  const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(rest);
  const token = quoted ? quoted[1]! : rest.split(/\s+#|,\s|[,\]}]/)[0]!.trim();
  return jsYaml.load(token, CORE);
}

/**
 * Why the diagnostic does not point at its path's node, or null when it does. The
 * path is a plain key path into js-yaml's data; the text at the position must be that
 * node (or, for a collection, its key; for a missing node, its nearest parent's place).
 */
function misplacement(text: string, data: unknown, d: Diagnostic, path: Path, atKey: boolean): string | null {
  const at = text.slice(offsetOf(text, d.line, d.col));
  const { value, found } = walk(data, path);
  if (found < path.length) {
    // A missing node: the nearest existing parent's place.
    return misplacement(text, data, d, path.slice(0, found), false);
  }
  if (path.length === 0) return null;
  const last = path[path.length - 1]!;
  const underKey = typeof last === 'string';
  const showsKey = atKey || (underKey && typeof value === 'object' && value !== null);
  if (showsKey) {
    return keySpellings(last).some((k) => at.startsWith(k) && /^\s*:/.test(at.slice(k.length)))
      ? null
      : `expected the key ${String(last)}, found ${JSON.stringify(at.slice(0, 30))}`;
  }
  if (typeof value === 'object' && value !== null) {
    // A collection in a list: where it starts (a bracket, or its first key or item).
    const first = Array.isArray(value) ? undefined : Object.keys(value)[0];
    const ok = /^[[{-]/.test(at) || (first !== undefined && keySpellings(first).some((k) => at.startsWith(k)));
    return ok ? null : `expected a collection, found ${JSON.stringify(at.slice(0, 30))}`;
  }
  let written: unknown;
  try {
    written = scalarAt(text, offsetOf(text, d.line, d.col));
  } catch {
    written = Symbol('unreadable');
  }
  return Object.is(written, value) || (value === null && written === undefined)
    ? null
    : `expected the value ${JSON.stringify(value)}, found ${JSON.stringify(at.slice(0, 30))}`;
}

interface Checked {
  name: string;
  problems: string[];
  valid: boolean;
}

/** Load one text and check both properties. */
function check({ name, text }: NamedText): Checked {
  const loaded = loadPlanText(name, Buffer.from(text));
  const problems: string[] = [];
  let data: unknown;
  try {
    data = jsYaml.load(text, { ...CORE, maxDepth: 64 } as jsYaml.LoadOptions);
  } catch {
    // js-yaml refused the text: so must the loader, with one YAML diagnostic.
    if (loaded.diagnostics.length !== 1 || !['yaml-syntax', 'duplicate-key', 'too-deep'].includes(loaded.diagnostics[0]!.code))
      problems.push(`js-yaml refuses it but the loader says ${loaded.diagnostics.map((d) => d.code).join(', ')}`);
    return { name, problems, valid: false };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { name, problems, valid: false };
  const guard = guardPlanData(data);
  const analysis = guard ? { findings: [guard] } : analyzePlan(data);
  const expected = analysis.findings.map((f) => `${f.severity} ${f.code} ${formatPath(f.path)}`).sort();
  const got = loaded.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`).sort();
  if (JSON.stringify(got) !== JSON.stringify(expected))
    problems.push(`findings differ from the analysis of js-yaml's values:\n  got      ${got.join('; ')}\n  expected ${expected.join('; ')}`);
  if (loaded.input && !guard) {
    const d = differenceFrom(loaded.input, data, { keyOrder: false });
    if (d) problems.push(`validation saw other values than js-yaml's: ${d}`);
  }
  for (const f of analysis.findings) {
    const d = loaded.diagnostics.find((x) => x.code === f.code && x.path === formatPath(f.path) && x.message === f.message);
    // Keys written as collections (`? [a, b]`, which js-yaml names "a,b" or
    // "[object Object]"): placed on the nearest parent, not checked here.
    if (!d || f.path.some((s) => typeof s === 'string' && !/^[\w.-]+$/.test(s))) continue;
    if (guard?.code === 'alias-bomb') continue; // placed on the first alias
    const wrong = misplacement(text, data, d, f.path, f.atKey === true);
    if (wrong) problems.push(`${d.line}:${d.col} ${f.code} at ${formatPath(f.path) || '(top)'}: ${wrong}`);
  }
  return { name, problems, valid: !loaded.diagnostics.some((d) => d.severity === 'error') };
}

const VALUES = [
  '-1',
  '0',
  '0b11',
  '0o7',
  '0x1F',
  '1_000',
  '.5',
  '+3',
  '1e3',
  'abc',
  '[]',
  '{}',
  '999999',
  '"7"',
  'null',
  'true',
  '~',
  '2027-02-30',
  'strength',
];

/** A plan with one line changed: a value swapped, a key misspelt, a line dropped or doubled. */
function mutate(text: string, r: Rng): string {
  const lines = text.split('\n');
  const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(?:- )?[A-Za-z_]+:/.test(l));
  const [line, i] = r.pick(candidates);
  const m = /^(\s*(?:- )?)([A-Za-z_]+):(.*)$/.exec(line)!;
  const kind = r.int(0, 4);
  if (kind === 0 || kind === 1) lines[i] = `${m[1]}${m[2]}: ${r.pick(VALUES)}`;
  else if (kind === 2) lines[i] = `${m[1]}${m[2]}x:${m[3]}`;
  else if (kind === 3 && !m[1]!.includes('-')) lines.splice(i, 1);
  else lines.splice(i, 0, line.replace(/^(\s*)- /, '$1  '));
  return lines.join('\n');
}

function corpus(): NamedText[] {
  const named = (file: string): NamedText => ({ name: file, text: readText(file) });
  const files = [...shippedPlanFiles(), ...yamlFilesUnder('fixtures')].map(named);
  const generated = generatedPlanTexts(20261204, 40);
  const r = mulberry32(14);
  const seeds = [...files.filter((f) => !f.name.includes('invalid')), ...generated.slice(0, 20)];
  const mutants: NamedText[] = [];
  for (let n = 0; n < 600; n++) {
    const base = r.pick(seeds);
    let text = base.text;
    for (let k = r.int(1, 3); k > 0; k--) text = mutate(text, r);
    mutants.push({ name: `mutant ${n} of ${base.name}`, text });
  }
  return [...files, ...generated, ...mutants];
}

describe('one reading of a plan', () => {
  it('gives findings from js-yaml values only, each placed on its node, over plans, fixtures and mutants', () => {
    const results = corpus().map(check);
    const bad = results.filter((r) => r.problems.length);
    expect(
      bad
        .map((r) => `${r.name}:\n  ${r.problems.join('\n  ')}`)
        .slice(0, 5)
        .join('\n'),
    ).toBe('');
    // The corpus is varied: plenty of valid and invalid plans, some of each kind.
    expect(results.filter((r) => r.valid).length).toBeGreaterThan(50);
    expect(results.filter((r) => !r.valid).length).toBeGreaterThan(200);
  });
});

// A plan with `sets: S`, and two unrelated problems that may be added to it: an event
// goal without a fallback (a warning, which once sent the file down another reader's
// path) and an unknown key (an error).
function numberPlan(spelling: string, { goalWarning, unknownKey }: { goalWarning: boolean; unknownKey: boolean }): string {
  return [
    'schema: regimen/v1',
    'id: numbers',
    'name: Numbers',
    ...(goalWarning ? ['goal:', '  kind: event', '  title: A race', '  date: 2027-04-25'] : []),
    ...(unknownKey ? ['colour: blue'] : []),
    'week_template:',
    '  mon: strength',
    'stages:',
    '  - id: BASE',
    '    minutes: { strength: 20 }',
    'sessions:',
    '  strength:',
    '    standard:',
    `      - { exercise: Squat, sets: ${spelling}, reps: 5, key: true }`,
    '',
  ].join('\n');
}

describe('a number gets the same verdict whatever else is wrong with the plan', () => {
  const variants = [
    { goalWarning: false, unknownKey: false },
    { goalWarning: true, unknownKey: false },
    { goalWarning: false, unknownKey: true },
    { goalWarning: true, unknownKey: true },
  ];
  const setsPath = 'sessions.strength.standard[0].sets';
  // The verdict follows js-yaml's reading of the spelling: a whole number 1-20 is valid
  // (0b11 is 3), a larger one is out of range (0x1F is 31), and what js-yaml reads as
  // text (1_000 in js-yaml 4) or a fraction (.5) is refused as such, in every variant.
  it.each(['0b11', '0o7', '0x1F', '0x0A', '1_000', '.5', '+3', '3'])('sets: %s', (spelling) => {
    const value = jsYaml.load(spelling, CORE);
    const verdicts = variants.map((v) => {
      const loaded = loadPlanText('numbers.yaml', Buffer.from(numberPlan(spelling, v)));
      return loaded.diagnostics.filter((d) => d.path === setsPath).map((d) => `${d.code}: ${d.message}`);
    });
    for (const v of verdicts) expect(v).toEqual(verdicts[0]);
    const valid = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 20;
    expect(verdicts[0]!.length === 0, verdicts[0]!.join('; ')).toBe(valid);
    if (typeof value === 'string') expect(verdicts[0]![0]).toMatch(/^wrong-type/);
    // A number is never reported as the text it was written as.
    if (typeof value === 'number') expect(verdicts[0]!.join()).not.toContain(`"${spelling}"`);
    if (valid) {
      const plain = loadPlanText('numbers.yaml', Buffer.from(numberPlan(spelling, variants[0]!)));
      expect(plain.input?.sessions?.strength?.standard?.[0]).toMatchObject({ sets: value });
    }
  });
});
