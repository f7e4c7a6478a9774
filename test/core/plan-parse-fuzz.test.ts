// The quick plan parser against zod. tools/schema-codegen.ts turns the zod
// schema into plain checks (src/core/plan/plan-parse.generated.ts, parsePlanQuickly)
// that must, for ANY input x, return NOT_SURE, or x itself when planSchema.safeParse(x)
// succeeds with data equal to x (zod's objects list their keys in the schema's order,
// which is the one difference allowed). NOT_SURE sends the caller to zod, so a wrong
// NOT_SURE costs only time, while a wrong pass lets an invalid plan through. Beyond that
// contract, the quick parser should be sure exactly when zod succeeds, except on inputs
// no YAML file produces (explicit undefined, an own __proto__ key, objects with another
// prototype): there NOT_SURE is fine. Symbol keys (which zod drops from its output and
// no YAML reader makes) are passed through and left out of the comparison.
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { z, type ZodType } from 'zod';
import { NOT_SURE, parsePlanQuickly } from '../../src/core/plan/plan-parse.generated.js';
import { generateQuickParser } from '../../tools/schema-codegen.js';
import { planSchema } from '../../src/core/plan/schema.js';
import {
  differenceFrom,
  generatedPlanTexts,
  loadCore,
  mulberry32,
  PLAN_BUILDERS,
  readText,
  shippedPlanFiles,
  show,
  yamlFilesUnder,
  type Rng,
} from '../helpers/differential.js';

type Parse = (value: unknown) => unknown;

interface Outcome {
  zodOk: boolean;
  quickSure: boolean;
  /** How the quick parser broke its contract, or null. */
  problem: string | null;
}

/** The quick parser and zod on one input. */
function compare(input: unknown, quick: Parse = parsePlanQuickly, notSure: symbol = NOT_SURE, schema: ZodType = planSchema): Outcome {
  const reference = schema.safeParse(input);
  let out: unknown;
  try {
    out = quick(input);
  } catch (error) {
    return { zodOk: reference.success, quickSure: false, problem: `threw: ${(error as Error).message}` };
  }
  if (out === notSure) return { zodOk: reference.success, quickSure: false, problem: null };
  if (!reference.success) {
    const issue = reference.error.issues[0]!;
    return { zodOk: false, quickSure: true, problem: `gave a value where zod fails (${issue.path.map(String).join('.')}: ${issue.message})` };
  }
  if (out !== input) return { zodOk: true, quickSure: true, problem: 'gave something other than the input back' };
  const difference = differenceFrom(withoutSymbolKeys(out), reference.data, { keyOrder: false });
  return { zodOk: true, quickSure: true, problem: difference && `differs from zod at ${difference}` };
}

/** A copy without symbol keys (zod leaves them out of its output). */
function withoutSymbolKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSymbolKeys);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutSymbolKeys(v)]));
}

/** Why NOT_SURE is acceptable on an input zod accepts (something no YAML file produces), or null. */
function looseness(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return 'an object with another prototype';
  for (const key of Reflect.ownKeys(value)) {
    if (key === '__proto__') return 'an own __proto__ key';
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in descriptor && descriptor.value === undefined) return 'an explicit undefined';
    const inner = looseness(descriptor.value);
    if (inner) return inner;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Valid plans and invalid fixtures
// ---------------------------------------------------------------------------------------

const shipped = shippedPlanFiles().map((file) => ({ name: file, plan: loadCore(readText(file)) }));
// Generated plans as the loader sees them (YAML read by js-yaml)…
const generatedFromYaml = [3, 11, 2028].flatMap((seed) => generatedPlanTexts(seed, 60)).map(({ name, text }) => ({ name, plan: loadCore(text) }));
// …and as plan-gen builds them (shared sub-objects, numbers never written out as text).
const generatedObjects = Object.entries(PLAN_BUILDERS).flatMap(([kind, build]) => {
  const r = mulberry32(kind.length * 1000 + 17);
  return Array.from({ length: 40 }, (_, i) => ({ name: `${kind} object ${i}`, plan: { ok: true as const, value: build(r, i) } }));
});

describe('valid plans', () => {
  const plans = [...shipped, ...generatedFromYaml, ...generatedObjects];

  it(`${plans.length} plans: zod accepts each, and the quick parser gives exactly zod's output`, () => {
    expect(plans.length).toBeGreaterThan(300);
    const wrong: string[] = [];
    for (const { name, plan } of plans) {
      if (!plan.ok) {
        wrong.push(`${name}: js-yaml refuses it (${plan.error})`);
        continue;
      }
      const outcome = compare(plan.value);
      if (!outcome.zodOk) wrong.push(`${name}: zod refuses it`);
      else if (!outcome.quickSure) wrong.push(`${name}: NOT_SURE on a valid plan`);
      else if (outcome.problem) wrong.push(`${name}: ${outcome.problem}`);
    }
    expect(wrong).toEqual([]);
  });
});

/** Whether walking `value` as a tree visits fewer than `limit` nodes (js-yaml shares aliased nodes, so an alias bomb is a small DAG but a huge tree). */
function isSmallTree(value: unknown, limit = 100_000): boolean {
  let budget = limit;
  const walk = (v: unknown): boolean => {
    if (--budget < 0) return false;
    return typeof v !== 'object' || v === null || Object.values(v).every(walk);
  };
  return walk(value);
}

describe('invalid fixtures', () => {
  const fixtures = yamlFilesUnder('fixtures/plans/invalid').map((file) => ({ file, loaded: loadCore(readText(file)) }));
  // Left out: what js-yaml refuses, and the alias bomb (zod would walk its 10^9 nodes; the loader refuses it before zod).
  const loaded = fixtures.filter((f) => f.loaded.ok && isSmallTree(f.loaded.value));

  it('leaves out only what it must', () => {
    expect(loaded.length).toBeGreaterThan(fixtures.length - 5);
  });

  it.each(loaded)('$file: NOT_SURE whenever zod fails, zod’s output otherwise', ({ loaded }) => {
    const input = (loaded as { value: unknown }).value;
    const outcome = compare(input);
    expect(outcome.problem).toBeNull();
    if (!looseness(input)) expect(outcome.quickSure).toBe(outcome.zodOk);
  });

  it('most fixtures are refused by zod', () => {
    const refused = loaded.filter((f) => !planSchema.safeParse((f.loaded as { value: unknown }).value).success);
    expect(refused.length).toBeGreaterThan(5);
  });
});

// ---------------------------------------------------------------------------------------
// The mutation fuzzer
// ---------------------------------------------------------------------------------------

const FUZZ_SEED = 5112027;
const FUZZ_CASES = 6000;

type Path = (string | number)[];
/** The input under a holder, so that the root itself can be replaced. */
interface Holder {
  root: unknown;
}
/** One change to an input, replayable on a fresh copy (to find which of several changes breaks the contract). */
interface Mutation {
  what: string;
  apply(holder: Holder): void;
}

const isObjectLike = (v: unknown): v is Record<string | symbol, unknown> => typeof v === 'object' && v !== null && !(v instanceof Date);
const isPlainMapping = (v: unknown): v is Record<string, unknown> => isObjectLike(v) && !Array.isArray(v);
const pathText = (path: Path): string => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');

function at(holder: Holder, path: Path): unknown {
  let v: unknown = holder;
  for (const key of path) {
    if (!isObjectLike(v)) return undefined;
    v = v[key];
  }
  return v;
}

/** Sets an own, enumerable property (defineProperty: assigning `__proto__` would set the prototype instead). */
function setOwn(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Replaces the value at `path` (no-op when the path no longer leads anywhere). */
function replaceAt(holder: Holder, path: Path, value: unknown): void {
  const parent = at(holder, path.slice(0, -1));
  if (isObjectLike(parent)) setOwn(parent, path[path.length - 1]!, value);
}

/** Every value in the input, with its path (the root is `root`). */
function slots(holder: Holder): { path: Path; value: unknown }[] {
  const out: { path: Path; value: unknown }[] = [];
  const walk = (value: unknown, path: Path): void => {
    out.push({ path, value });
    if (!isObjectLike(value)) return;
    for (const key of Object.keys(value)) walk(value[key], [...path, Array.isArray(value) ? Number(key) : key]);
  };
  walk(holder.root, ['root']);
  return out;
}

/** The schema's object shapes, to add a key that belongs (a field of the same object). */
const SHAPES: readonly string[][] = [
  ['schema', 'id', 'name', 'description', 'goal', 'schedule', 'week_template', 'days', 'stages', 'phases', 'sessions', 'rules'],
  ['kind', 'title', 'date', 'fallback'],
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  ['type', 'session', 'minutes', 'optional'],
  ['name', 'type', 'session', 'minutes', 'optional'],
  ['id', 'description', 'minutes', 'sets', 'volume', 'min_weeks', 'week_template'],
  ['strength', 'aerobic', 'mixed', 'mind_body'],
  ['id', 'type', 'weeks', 'min_weeks', 'intent', 'weekly_minutes', 'week_template', 'blocks', 'protected'],
  ['type', 'standard', 'gentle', 'minimal'],
  ['exercise', 'sets', 'reps', 'load', 'rir', 'increment', 'minutes', 'distance', 'key', 'note'],
  ['symptoms', 'review', 'repair', 'lint'],
  ['amber', 'red', 'stop_flags'],
  [
    'window_days',
    'progress_min_completion',
    'progress_max_rpe',
    'progress_max_red_days',
    'avoidance_hold',
    'step_down_red_session_days',
    'step_down_low_completion',
    'step_down_rpe',
    'step_down_red_days',
    'step_down_max_rpe',
  ],
  ['slide_max_days', 'honesty_min_completion'],
  ['max_stage_increase', 'max_weekly_increase'],
];

/** Numbers around the bounds of the schema's numeric fields, and the ones zod refuses outright. */
const BOUNDARIES = [
  0,
  -0,
  0.5,
  1,
  1.5,
  4,
  5,
  5.01,
  6,
  7,
  10,
  10.5,
  11,
  20,
  21,
  30,
  31,
  55,
  56,
  57,
  100,
  103,
  104,
  105,
  599.9999,
  600,
  600.0001,
  601,
  1000,
  1001,
  10079,
  10080,
  10080.0001,
  10081,
  2 ** 53 - 1,
  2 ** 53,
  -1,
  -0.5,
  Number.MIN_VALUE,
  Number.EPSILON,
  NaN,
  Infinity,
  -Infinity,
];
const days31 = Array.from({ length: 31 }, (_, i) => ({ name: `Day ${i}`, type: 'rest' }));
/** Plausible values by key name: valid ones, and ones just outside the rules. (A Map: a key may be `constructor`.) */
const KEY_VALUES = new Map<string, unknown[]>(
  Object.entries({
    schema: ['regimen/v1', 'regimen/v2', 'Regimen/v1'],
    id: ['ONE', 'one', 'a-b', 'A_1', 'base', '1A', '', 'x y', '-a', '_A'],
    name: ['A', '', 'Day 1'],
    description: ['x', ''],
    intent: ['x', ''],
    note: ['x', ''],
    title: ['T', ''],
    fallback: ['F', ''],
    exercise: ['Walk', '', ' '],
    kind: ['wellbeing', 'event', 'distance', 'strength', 'habit', 'race', ''],
    date: ['2027-09-05', '2028-02-29', '2027-02-29', '2100-02-29', '2027-13-01', '27-09-05', '2027-9-5', '2027-09-05T00:00:00Z'],
    schedule: ['weekly', 'sequence', 'daily'],
    type: ['strength', 'aerobic', 'mixed', 'mind_body', 'rest', 'base', 'build', 'taper', 'yoga', ''],
    session: ['easy', 'strength', '', 'x'],
    minutes: [1, 30, 600, 600.0001, 0, -0, 0.5, '30', { strength: 10 }],
    strength: [1, 600, 600.0001, 0, -0, 1e-9],
    aerobic: [1, 600, 600.0001, 0, -0],
    mixed: [600, 600.0001, 0],
    mind_body: [600, 600.0001, 0],
    sets: [1, 3, 20, 21, 0, 2.5],
    reps: [1, 10, 1000, 1001, '8-12', '8 - 12', '12', '8-', 0, 1.5],
    load: ['bw', '60kg', 'bw+5kg', '2.5lb', '60 kg', 'kg', '', 'BW'],
    rir: [0, 5, 6, -1, -0, 2.5],
    increment: ['2.5kg', '5lb', 'bw', '1kg '],
    distance: ['5km', '3mi', '1500m', '5 km', '5', 'km', '.5km'],
    key: [true, false, 'true', 1],
    optional: [true, false, 'yes'],
    protected: [true, false, null],
    volume: [0.5, 1, 5, 5.01, 0, -0],
    min_weeks: [0, 1, 104, 105, 2.5, -1],
    weeks: [1, 104, 105, 0, 1.5],
    weekly_minutes: [150, [150, 160], [], 10080, 10080.5, [0], [10081], ['150']],
    blocks: [['intro'], [], ['intro', 'peak', 'recovery', 'progression'], ['bogus']],
    week_template: [{}, { mon: 'rest' }, { mon: { type: 'aerobic', minutes: 30 } }, { monday: 'rest' }, []],
    mon: ['rest', 'strength', { type: 'aerobic' }, { type: 'rest', optional: true }, 'run', { type: 'aerobic', minutes: 601 }, { session: 'easy' }],
    days: [[{ name: 'A', type: 'rest' }], [], days31, days31.slice(1)],
    stages: [[{ id: 'ONE' }], [], [{ id: 'one' }]],
    phases: [[{ id: 'base', type: 'base', weeks: 2 }], []],
    sessions: [{}, { easy: { standard: [{ exercise: 'Run' }] } }, { Easy: { standard: [{ exercise: 'Run' }] } }, { easy: { standard: [] } }],
    standard: [[{ exercise: 'Walk' }], [], [{}], [{ exercise: 'Walk', minutes: 10, key: true }]],
    goal: [{ kind: 'habit', title: 'T' }, {}, { kind: 'event', title: 'T', date: '2027-09-05' }],
    rules: [{}, { symptoms: { amber: 4, red: 7 } }],
    symptoms: [{}, { amber: 4 }, { amber: 11 }],
    amber: [1, 10, 11, 0, 4.5],
    red: [1, 10, 11, 0],
    stop_flags: [['chest_pain'], [], ['Chest'], ['a b']],
    window_days: [7, 56, 6, 57],
    progress_min_completion: [0, 1, 1.01, -0.01, 0.5],
    progress_max_rpe: [0, 10, 10.01, -0],
    progress_max_red_days: [0, 56, 57, 1.5],
    avoidance_hold: [1, 56, 0, 57],
    step_down_red_session_days: [1, 56, 0, 57],
    step_down_low_completion: [0, 1, 1.01],
    step_down_rpe: [0, 10, 10.01],
    step_down_red_days: [1, 56, 0, 57],
    step_down_max_rpe: [0, 10, 10.01],
    slide_max_days: [0, 7, 8, 6.5],
    honesty_min_completion: [0, 1, 1.01, -0],
    max_stage_increase: [0, 10, 10.01, 0.25],
    max_weekly_increase: [0, 10, 10.01, -0.01],
  }),
);
for (const day of ['tue', 'wed', 'thu', 'fri', 'sat', 'sun']) KEY_VALUES.set(day, KEY_VALUES.get('mon')!);
for (const variant of ['gentle', 'minimal']) KEY_VALUES.set(variant, KEY_VALUES.get('standard')!);

/** Values of any type, for any place: special numbers, wrong types, odd objects. */
const ANY_VALUES: (() => unknown)[] = [
  () => NaN,
  () => Infinity,
  () => -Infinity,
  () => -0,
  () => 0,
  () => 1,
  () => 1.5,
  () => 2 ** 53,
  () => -1,
  () => '',
  () => ' ',
  () => 'x',
  () => 'X_1',
  () => 'not a match!',
  () => 'é',
  () => '2027-02-30',
  () => true,
  () => false,
  () => null,
  () => [],
  () => ['x'],
  () => [1, 2],
  () => Array.from({ length: 31 }, () => 'x'),
  () => ({}),
  () => ({ x: 1 }),
  () => Object.create(null),
  () => JSON.parse('{"__proto__": 1}'),
  () => new Date(0),
];
const UNKNOWN_KEYS = ['extra', 'Name', 'ID', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '', ' ', '0', 'notes', 'stage', 'week_templates'];

/** A value for the key `key`: a plausible one most of the time, anything otherwise. */
function valueFor(r: Rng, key: string | number | undefined): () => unknown {
  const plausible = typeof key === 'string' ? KEY_VALUES.get(key) : undefined;
  if (plausible && r.chance(0.7)) {
    const v = r.pick(plausible);
    return () => structuredClone(v);
  }
  return r.pick(ANY_VALUES);
}

/** A mutation of one kind at a random place, or null when the input has no place for it. */
type Mutator = (r: Rng, holder: Holder) => Mutation | null;

function pickSlot(r: Rng, holder: Holder, filter: (value: unknown, path: Path) => boolean) {
  const candidates = slots(holder).filter((s) => filter(s.value, s.path));
  return candidates.length ? r.pick(candidates) : null;
}

const MUTATORS: [string, number, Mutator][] = [
  [
    'delete a key or item',
    4,
    (r, h) => {
      const slot = pickSlot(r, h, (_, p) => p.length > 1);
      if (!slot) return null;
      const { path } = slot;
      return {
        what: `delete ${pathText(path)}`,
        apply: (holder) => {
          const parent = at(holder, path.slice(0, -1));
          const key = path[path.length - 1]!;
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else if (isObjectLike(parent)) delete parent[key];
        },
      };
    },
  ],
  [
    'add an unknown key',
    2,
    (r, h) => {
      const slot = pickSlot(r, h, isPlainMapping);
      if (!slot) return null;
      const key = r.pick(UNKNOWN_KEYS);
      const make = r.pick(ANY_VALUES);
      return {
        what: `add ${pathText(slot.path)}[${JSON.stringify(key)}] = ${show(make())}`,
        apply: (holder) => {
          const o = at(holder, slot.path);
          if (isPlainMapping(o)) setOwn(o, key, make());
        },
      };
    },
  ],
  [
    'add a field of the same object',
    5,
    (r, h) => {
      const slot = pickSlot(r, h, isPlainMapping);
      if (!slot) return null;
      const keys = Object.keys(slot.value as object);
      const shape = SHAPES.find((s) => keys.every((k) => s.includes(k)) && s.some((k) => !keys.includes(k))) ?? r.pick(SHAPES);
      const missing = shape.filter((k) => !keys.includes(k));
      const key = missing.length ? r.pick(missing) : r.pick(shape);
      const make = valueFor(r, key);
      return {
        what: `add ${pathText([...slot.path, key])} = ${show(make())}`,
        apply: (holder) => {
          const o = at(holder, slot.path);
          if (isPlainMapping(o)) setOwn(o, key, make());
        },
      };
    },
  ],
  [
    'replace a value',
    6,
    (r, h) => {
      const slot = pickSlot(r, h, () => true);
      if (!slot) return null;
      const make = valueFor(r, slot.path[slot.path.length - 1]);
      return { what: `set ${pathText(slot.path)} = ${show(make())}`, apply: (holder) => replaceAt(holder, slot.path, make()) };
    },
  ],
  [
    'a number at a boundary',
    5,
    (r, h) => {
      const slot = pickSlot(r, h, (v) => typeof v === 'number');
      if (!slot) return null;
      // The field's own bounds when its name is known, any bound otherwise.
      const own = KEY_VALUES.get(String(slot.path[slot.path.length - 1]))?.filter((v) => typeof v === 'number');
      const n = own?.length && r.chance(0.7) ? r.pick(own) : r.pick(BOUNDARIES);
      return { what: `set ${pathText(slot.path)} = ${show(n)}`, apply: (holder) => replaceAt(holder, slot.path, n) };
    },
  ],
  [
    'an explicit undefined',
    2,
    (r, h) => {
      const slot = pickSlot(r, h, (_, p) => p.length > 1);
      if (!slot) return null;
      return { what: `set ${pathText(slot.path)} = undefined`, apply: (holder) => replaceAt(holder, slot.path, undefined) };
    },
  ],
  [
    'a null prototype',
    2,
    (r, h) => {
      const slot = pickSlot(r, h, isPlainMapping);
      if (!slot) return null;
      return {
        what: `null prototype at ${pathText(slot.path)}`,
        apply: (holder) => {
          const o = at(holder, slot.path);
          if (isPlainMapping(o)) replaceAt(holder, slot.path, Object.assign(Object.create(null), o));
        },
      };
    },
  ],
  [
    'every key inherited',
    1,
    (r, h) => {
      const slot = pickSlot(r, h, isPlainMapping);
      if (!slot) return null;
      return {
        what: `Object.create(${pathText(slot.path)})`,
        apply: (holder) => {
          const o = at(holder, slot.path);
          if (isPlainMapping(o)) replaceAt(holder, slot.path, Object.create(o));
        },
      };
    },
  ],
  [
    'an own __proto__ key',
    2,
    (r, h) => {
      const slot = pickSlot(r, h, isPlainMapping);
      if (!slot) return null;
      const v = r.pick([1, {}, null, { isAdmin: true }]);
      return {
        what: `own __proto__ at ${pathText(slot.path)} = ${show(v)}`,
        apply: (holder) => {
          const o = at(holder, slot.path);
          if (isPlainMapping(o)) setOwn(o, '__proto__', structuredClone(v));
        },
      };
    },
  ],
  [
    'a symbol key',
    1,
    (r, h) => {
      const slot = pickSlot(r, h, isPlainMapping);
      if (!slot) return null;
      return {
        what: `symbol key at ${pathText(slot.path)}`,
        apply: (holder) => {
          const o = at(holder, slot.path);
          if (isPlainMapping(o)) setOwn(o, Symbol('extra'), 1);
        },
      };
    },
  ],
  [
    'shuffle the keys',
    3,
    (r, h) => {
      const slot = pickSlot(r, h, isPlainMapping);
      if (!slot) return null;
      const order = Object.keys(slot.value as object)
        .map((k) => [r.next(), k] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, k]) => k);
      return {
        what: `reorder ${pathText(slot.path)} as ${order.join(',')}`,
        apply: (holder) => {
          const o = at(holder, slot.path);
          if (!isPlainMapping(o)) return;
          const entries = order.filter((k) => Object.hasOwn(o, k)).map((k) => [k, o[k]] as const);
          for (const [k] of entries) delete o[k];
          for (const [k, v] of entries) setOwn(o, k, v);
        },
      };
    },
  ],
  [
    'change an array’s length',
    3,
    (r, h) => {
      const slot = pickSlot(r, h, Array.isArray);
      if (!slot) return null;
      const how = r.pick(['empty', '31 items', 'one more', 'one fewer'] as const);
      return {
        what: `${how}: ${pathText(slot.path)}`,
        apply: (holder) => {
          const a = at(holder, slot.path);
          if (!Array.isArray(a)) return;
          if (how === 'empty') a.length = 0;
          else if (how === 'one fewer') a.pop();
          else if (a.length) {
            const copy = structuredClone(a[0]);
            if (how === 'one more') a.push(copy);
            else while (a.length < 31) a.push(structuredClone(copy));
          }
        },
      };
    },
  ],
  [
    'an array for an object, or the reverse',
    2,
    (r, h) => {
      const slot = pickSlot(r, h, isObjectLike);
      if (!slot) return null;
      return {
        what: `swap object/array at ${pathText(slot.path)}`,
        apply: (holder) => {
          const o = at(holder, slot.path);
          if (isObjectLike(o)) replaceAt(holder, slot.path, Array.isArray(o) ? { ...o } : Object.values(o));
        },
      };
    },
  ],
  [
    'a Date',
    1,
    (r, h) => {
      const slot = pickSlot(r, h, () => true);
      if (!slot) return null;
      const time = r.pick([0, NaN]);
      return { what: `set ${pathText(slot.path)} = Date(${time})`, apply: (holder) => replaceAt(holder, slot.path, new Date(time)) };
    },
  ],
  [
    'a value from elsewhere in the plan',
    2,
    (r, h) => {
      const from = pickSlot(r, h, () => true);
      const to = pickSlot(r, h, (_, p) => p.length > 1);
      if (!from || !to) return null;
      const saved = structuredClone(from.value);
      return { what: `set ${pathText(to.path)} = copy of ${pathText(from.path)}`, apply: (holder) => replaceAt(holder, to.path, structuredClone(saved)) };
    },
  ],
];
const WEIGHTED = MUTATORS.flatMap((m) => Array<typeof m>(m[1]).fill(m));

interface Case {
  base: string;
  mutations: Mutation[];
  input: unknown;
}

function mutatedCase(r: Rng, bases: { name: string; value: unknown }[]): Case {
  const base = r.pick(bases);
  const holder: Holder = { root: structuredClone(base.value) };
  const mutations: Mutation[] = [];
  for (let k = r.pick([1, 1, 1, 2, 2, 3]); mutations.length < k; ) {
    const [, , mutator] = r.pick(WEIGHTED);
    const mutation = mutator(r, holder);
    if (!mutation) continue;
    mutation.apply(holder);
    mutations.push(mutation);
  }
  return { base: base.name, mutations, input: holder.root };
}

/** The problem with a case: the contract, then (for inputs a YAML file can give) "sure exactly when zod succeeds". */
function problemWith(input: unknown, outcome = compare(input)): string | null {
  if (outcome.problem) return outcome.problem;
  if (outcome.quickSure === outcome.zodOk) return null;
  const loose = looseness(input);
  if (loose) return null;
  return outcome.zodOk ? 'NOT_SURE where zod succeeds' : 'sure where zod fails';
}

describe('mutation fuzzer', () => {
  it(`${FUZZ_CASES} mutated plans: NOT_SURE or zod's output; sure exactly when zod succeeds`, () => {
    const bases = [...shipped, ...generatedFromYaml.filter((_, i) => i % 6 === 0)].map(({ name, plan }) => ({
      name,
      value: (plan as { value: unknown }).value,
    }));
    const r = mulberry32(FUZZ_SEED);
    const failures = new Map<string, { problem: string; c: Case; count: number }>();
    let zodOk = 0;
    let quickSure = 0;
    for (let n = 0; n < FUZZ_CASES; n++) {
      const c = mutatedCase(r, bases);
      const outcome = compare(c.input);
      if (outcome.zodOk) zodOk++;
      if (outcome.quickSure) quickSure++;
      const problem = problemWith(c.input, outcome);
      if (!problem) continue;
      const signature = problem.replace(/\$[^:]*:/, 'P:').replace(/\(.*\)/, '');
      const seen = failures.get(signature);
      if (seen) seen.count++;
      else failures.set(signature, { problem, c, count: 1 });
    }
    const base = (name: string) => bases.find((b) => b.name === name)!.value;
    const report = [...failures.values()].slice(0, 6).map(({ problem, c, count }) => {
      // One mutation alone that still fails, when there is one, is the clearest reproduction.
      const alone = c.mutations.find((m) => {
        const holder: Holder = { root: structuredClone(base(c.base)) };
        m.apply(holder);
        return problemWith(holder.root) !== null;
      });
      return [
        `${problem} (${count}× in this run)`,
        `  base:      ${c.base}`,
        `  mutations: ${c.mutations.map((m) => m.what).join('; ')}`,
        ...(alone && c.mutations.length > 1 ? [`  alone:     ${alone.what} fails too`] : []),
        `  input:     ${show(c.input)}`,
      ].join('\n');
    });
    expect(report, `the quick parser broke its contract:\n\n${report.join('\n\n')}\n`).toEqual([]);
    // Both answers must be common, or one side of "sure exactly when zod succeeds" goes untested.
    expect(zodOk / FUZZ_CASES, `zod accepted ${zodOk} of ${FUZZ_CASES}`).toBeGreaterThan(0.15);
    expect(zodOk / FUZZ_CASES, `zod accepted ${zodOk} of ${FUZZ_CASES}`).toBeLessThan(0.85);
    expect(quickSure, 'quick parser sure').toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------
// Other schemas: what the generator refuses, and what it must get right
// ---------------------------------------------------------------------------------------

/** The quick parser schema-codegen.ts writes for any schema, compiled as the build would (esbuild strips the types). */
function quickParserFor(schema: ZodType): { parse: Parse; notSure: symbol } {
  const { code } = transformSync(generateQuickParser(schema), { loader: 'ts', format: 'cjs' });
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', code)(module, module.exports);
  return { parse: module.exports.parsePlanQuickly as Parse, notSure: module.exports.NOT_SURE as symbol };
}

describe('other schemas', () => {
  it('the generator, compiled here, agrees with the committed plan parser', () => {
    const { parse, notSure } = quickParserFor(planSchema);
    for (const { plan } of shipped) {
      const value = (plan as { value: unknown }).value;
      expect(differenceFrom(parse(value), parsePlanQuickly(value))).toBeNull();
      expect(parse({ ...(value as object), extra: 1 })).toBe(notSure);
    }
  });

  // A construct it does not know must stop the generation (never be guessed at).
  it.each([
    ['a transform', z.strictObject({ a: z.string().transform((s) => s.length) })],
    ['a default', z.strictObject({ a: z.number().default(1) })],
    ['a catch', z.strictObject({ a: z.number().catch(1) })],
    ['a non-strict object', z.object({ a: z.string() })],
    ['a loose object', z.looseObject({ a: z.string() })],
    ['a catchall', z.strictObject({ a: z.string() }).catchall(z.string())],
    ['an email format', z.strictObject({ a: z.string().email() })],
    ['a url format', z.string().url()],
    ['startsWith', z.string().startsWith('a')],
    ['an exact length', z.string().length(3)],
    ['trim', z.string().trim()],
    ['lowercase', z.string().lowercase()],
    ['a refinement', z.strictObject({ a: z.number().refine((n) => n > 1) })],
    ['multipleOf', z.number().multipleOf(2)],
    ['nullable', z.string().nullable()],
    ['an array of exact length', z.array(z.string()).length(2)],
    ['a record with enum keys', z.record(z.enum(['a', 'b']), z.number())],
    ['a tuple', z.tuple([z.string()])],
    ['lazy', z.lazy(() => z.string())],
    ['any', z.any()],
    ['a date', z.date()],
    ['a pipe', z.string().pipe(z.string())],
  ])('refuses %s', (_name, schema) => {
    expect(() => generateQuickParser(schema as ZodType)).toThrow(/not supported/);
  });

  // Schemas it does generate code for (or may refuse): never a value where zod fails, never a different one.
  const inputs = (...values: unknown[]) => values;
  it.each([
    ['z.int()', z.int(), inputs(1, 1.5, 2 ** 53, -0, '1')],
    ['z.int32()', z.int32(), inputs(5, 2 ** 31, 2 ** 40, -(2 ** 31) - 1)],
    ['z.uint32()', z.uint32(), inputs(5, -1, 2 ** 32)],
    ['z.float32()', z.float32(), inputs(1.5, 1e39)],
    ['number().int().positive()', z.number().int().positive(), inputs(1, 0, -0, 1.5, 2 ** 53)],
    ['number().gt(0).lt(1)', z.number().gt(0).lt(1), inputs(0, 0.5, 1, NaN)],
    ['positive().max(600)', z.number().positive().max(600), inputs(0, -0, 600, 600.0001, Infinity)],
    ['string().min(2).max(3)', z.string().min(2).max(3), inputs('a', 'ab', 'abcd', ['a', 'b'])],
    ['a regex with the g flag', z.string().regex(/a/g), inputs('a', 'a', 'ba', 'b')],
    ['a sticky regex', z.string().regex(/a/y), inputs('a', 'ba', 'a')],
    ['iso.date()', z.iso.date(), inputs('2028-02-29', '2027-02-29', '2100-02-29', '2027-13-01', new Date(0))],
    ['an enum', z.enum(['a', 'b']), inputs('a', 'c', 0)],
    ['a numeric enum (TypeScript-style, with reverse mapping)', z.enum({ Up: 0, 0: 'Up' } as Record<string, string | number>), inputs(0, 'Up', '0')],
    ['a literal with several values', z.literal(['a', 1, null]), inputs('a', 1, null, '1', undefined)],
    ['a boolean', z.boolean(), inputs(true, 'true', 0)],
    ['a union of number and string', z.union([z.number().int(), z.string().min(1)]), inputs(1, 1.5, 's', '')],
    ['an exclusive union (xor)', z.xor([z.string(), z.string().min(1)]), inputs('a', '', 1)],
    [
      'a discriminated union',
      z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a'), v: z.number() }), z.strictObject({ k: z.literal('b'), v: z.string() })]),
      inputs({ k: 'a', v: 1 }, { k: 'b', v: 1 }, { k: 'c' }),
    ],
    ['an array of optionals', z.array(z.string().optional()), inputs([undefined], ['a', undefined], [1])],
    [
      'a strict object with an optional field',
      z.strictObject({ a: z.string().optional(), b: z.number() }),
      inputs({ b: 1 }, { b: 1, a: 'x' }, { a: 'x', b: 1 }, { b: 1, a: undefined }, { b: 1, c: 2 }, Object.create(null), new Date(0)),
    ],
    [
      'a record with a key pattern',
      z.record(z.string().regex(/^a/), z.number()),
      inputs({ a: 1 }, { b: 1 }, { a1: 1, a2: 2 }, { a: 1, [Symbol('s')]: 1 }, JSON.parse('{"__proto__": 1}'), []),
    ],
    ['a nested array', z.array(z.array(z.number()).min(1)).max(2), inputs([[1]], [[]], [[1], [2], [3]])],
  ])('%s: NOT_SURE or zod’s output', (_name, schema, values) => {
    let compiled: { parse: Parse; notSure: symbol };
    try {
      compiled = quickParserFor(schema as ZodType);
    } catch (error) {
      // Refusing is always safe.
      expect((error as Error).message).toMatch(/not supported/);
      return;
    }
    const wrong = values.map((v) => ({ v, o: compare(v, compiled.parse, compiled.notSure, schema as ZodType) })).filter(({ o }) => o.problem);
    expect(wrong.map(({ v, o }) => `${show(v)}: ${o.problem}`)).toEqual([]);
  });
});
