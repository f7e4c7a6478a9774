// Writes the plan schema out as plain TypeScript: plan-parse.generated.ts.
//
// Why: `check` runs in a cold process, where zod costs twice over. Building the schema
// objects when the module loads takes about 20 ms, and its general parse (a payload and
// an issue list threaded through every node) was a third of the time per file. Most
// plans are valid, and for those only the answer matters. So the zod schema (still the
// one definition of the format) is turned, from its own definition, into straight-line
// checks. A plan that passes them is given back as it is: zod's output for it is equal,
// but for the order of keys in objects (zod's follows the schema), which nothing reads
// (normalizePlan builds its own objects). Anything off gives NOT_SURE, which sends the
// caller to zod, which finds and words the problems: the generated code never decides
// that a plan is invalid, so it cannot word an error differently from zod.
//
// A construct this does not know (a transform, a default, a refinement, an unknown
// check) stops the generation with an error rather than guessing. The generated file is
// committed; test/core/plan-parse-generated.test.ts fails when it is out of date with
// schema.ts (REGIMEN_UPDATE_GOLDEN=1 rewrites it) and compares it with zod on every plan
// and on thousands of mutated ones.
import type { ZodType } from 'zod';

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  when?: unknown;
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, ZodType>;
  catchall?: ZodType;
  innerType?: ZodType;
  element?: ZodType;
  keyType?: ZodType;
  valueType?: ZodType;
  options?: ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  inclusive?: boolean;
  // A string format schema (z.iso.date()) is its own check.
  check?: string;
  format?: string;
  pattern?: RegExp;
}

const defOf = (schema: ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** String formats that zod checks with their pattern alone (others, like url, do more). */
const PATTERN_FORMATS = new Set(['regex', 'date']);

class Generator {
  private readonly constants: string[] = [];
  private readonly functions: string[] = [];
  private readonly names = new Map<ZodType, string>();
  private readonly constantNames = new Map<string, string>();

  /** A module-level constant, written once per distinct value. */
  private constant(prefix: string, code: string): string {
    let name = this.constantNames.get(code);
    if (!name) {
      name = `${prefix}${this.constants.length}`;
      this.constants.push(`const ${name} = ${code};`);
      this.constantNames.set(code, name);
    }
    return name;
  }

  private regex(pattern: RegExp): string {
    const name = this.constant('PATTERN', pattern.toString());
    // A global or sticky pattern keeps state between tests; zod resets it, so do we.
    return /[gy]/.test(pattern.flags) ? `(${name}.lastIndex = 0, ${name}.test(x))` : `${name}.test(x)`;
  }

  private checks(def: Def, kind: string, allowed: (check: CheckDef) => string): string[] {
    return (def.checks ?? []).map((c) => {
      const check = c._zod.def;
      // zod's own length checks carry a `when` (the value has a length); the type test ensures it.
      if (check.when !== undefined && check.check !== 'min_length' && check.check !== 'max_length')
        throw new Error(`${kind}: a conditional check is not supported`);
      return allowed(check);
    });
  }

  private lengthTest(check: CheckDef, kind: string): string {
    if (check.check === 'min_length') return `x.length >= ${check.minimum}`;
    if (check.check === 'max_length') return `x.length <= ${check.maximum}`;
    throw new Error(`${kind}: the check ${check.check} is not supported`);
  }

  private stringTest(check: CheckDef): string {
    if (check.check === 'string_format') {
      if (!PATTERN_FORMATS.has(check.format!) || !(check.pattern instanceof RegExp)) throw new Error(`string: the format ${check.format} is not supported`);
      return this.regex(check.pattern);
    }
    return this.lengthTest(check, 'string');
  }

  private numberTest(check: CheckDef): string {
    if (check.check === 'greater_than') return `x ${check.inclusive ? '>=' : '>'} ${check.value}`;
    if (check.check === 'less_than') return `x ${check.inclusive ? '<=' : '<'} ${check.value}`;
    if (check.check === 'number_format' && check.format === 'safeint') return 'Number.isSafeInteger(x)';
    throw new Error(`number: the check ${check.check} is not supported`);
  }

  /**
   * A boolean expression over `x` for a schema whose output is its input (a scalar), or
   * null for one that builds a new value (objects, arrays, records).
   */
  private scalarTest(schema: ZodType): string | null {
    const def = defOf(schema);
    switch (def.type) {
      case 'string': {
        const tests = this.checks(def, 'string', (c) => this.stringTest(c));
        if (def.check !== undefined) tests.unshift(this.stringTest(def as CheckDef));
        return ["typeof x === 'string'", ...tests].join(' && ');
      }
      case 'number': {
        const tests = this.checks(def, 'number', (c) => this.numberTest(c));
        // z.int() and the like are their own check (int32 and float32 add bounds: not supported).
        if (def.check !== undefined) tests.unshift(this.numberTest(def as CheckDef));
        // zod's number() refuses NaN and ±Infinity.
        return ["typeof x === 'number'", 'Number.isFinite(x)', ...tests].join(' && ');
      }
      case 'boolean':
        if (def.checks?.length) throw new Error('boolean: checks are not supported');
        return "typeof x === 'boolean'";
      case 'literal':
        return def.values!.map((v) => `x === ${JSON.stringify(v)}`).join(' || ');
      case 'enum': {
        const values = Object.values(def.entries ?? {});
        // Numeric enums carry reverse mappings that zod filters out: not mirrored here.
        if (!values.every((v) => typeof v === 'string')) throw new Error('enum: values other than strings are not supported');
        return `${this.constant('VALUES', `new Set(${JSON.stringify(values)})`)}.has(x)`;
      }
      case 'union': {
        // z.xor (exactly one option may match) is not a first-match union.
        if (def.inclusive === false) throw new Error('union: an exclusive union is not supported');
        const tests = def.options!.map((o) => this.scalarTest(o));
        return tests.every((t) => t !== null) ? tests.map((t) => `(${t})`).join(' || ') : null;
      }
      default:
        return null;
    }
  }

  /** A boolean expression over `x`: whether it passes the schema. */
  private test(schema: ZodType): string {
    return this.scalarTest(schema) ?? `${this.function(schema)}(x)`;
  }

  /** The name of a function `(v) => boolean` for a schema, written once per schema object. */
  function(schema: ZodType): string {
    const known = this.names.get(schema);
    if (known) return known;
    const name = `valid${this.names.size}`;
    this.names.set(schema, name);
    const def = defOf(schema);
    const index = this.functions.length;
    this.functions.push('');
    let body: string;
    switch (def.type) {
      case 'object':
        body = this.objectBody(def);
        break;
      case 'array':
        body = this.arrayBody(def);
        break;
      case 'record':
        body = this.recordBody(def);
        break;
      case 'union':
        body = this.unionBody(def);
        break;
      case 'optional':
        body = `const x = v;\n  return x === undefined || ${this.test(def.innerType!)};`;
        break;
      default: {
        const test = this.scalarTest(schema);
        if (test === null) throw new Error(`the schema type ${def.type} is not supported`);
        body = `const x = v;\n  return ${test};`;
      }
    }
    this.functions[index] = `function ${name}(v: any): boolean {\n  ${body}\n}`;
    return name;
  }

  /**
   * strictObject: a plain object whose keys are all declared. A present key never holds
   * undefined (no YAML file gives one; zod keeps such a key, which is not mirrored), so
   * reading undefined means absent: no `in` test per field.
   */
  private objectBody(def: Def): string {
    if (!def.catchall || defOf(def.catchall).type !== 'never' || def.checks?.length)
      throw new Error('object: only strictObject without checks; others are not supported');
    const keys = Object.keys(def.shape!);
    // Only then is "reads as undefined" the same as "absent" for a plain object.
    const inherited = keys.find((key) => key in Object.prototype);
    if (inherited) throw new Error(`object: a key named like an Object.prototype property (${inherited}) is not supported`);
    const declared = this.constant('KEYS', `new Set(${JSON.stringify(keys)})`);
    const lines = [
      "if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;",
      `for (const k in v) if (!${declared}.has(k) || v[k] === undefined) return false;`,
      'let x: any;',
    ];
    for (const key of keys) {
      const field = def.shape![key]!;
      const fieldDef = defOf(field);
      const optional = fieldDef.type === 'optional';
      const read = `x = v[${JSON.stringify(key)}];`;
      const test = this.test(optional ? fieldDef.innerType! : field);
      lines.push(optional ? `${read} if (x !== undefined && !(${test})) return false;` : `${read} if (x === undefined || !(${test})) return false;`);
    }
    lines.push('return true;');
    return lines.join('\n  ');
  }

  private arrayBody(def: Def): string {
    const tests = this.checks(def, 'array', (c) => this.lengthTest(c, 'array').replaceAll('x.', 'v.'));
    // zod turns a hole into undefined; given the input back, a hole would stay a hole.
    if (defOf(def.element!).type === 'optional') throw new Error('array: optional elements are not supported');
    return [
      `if (!Array.isArray(v)${tests.map((t) => ` || !(${t})`).join('')}) return false;`,
      'for (let i = 0; i < v.length; i++) {',
      '  const x = v[i];',
      `  if (!(${this.test(def.element!)})) return false;`,
      '}',
      'return true;',
    ].join('\n  ');
  }

  /** record(string key schema, value schema), over plain objects only. */
  private recordBody(def: Def): string {
    if (defOf(def.keyType!).type !== 'string') throw new Error('record: keys other than strings are not supported');
    const keyTest = this.scalarTest(def.keyType!)!;
    return [
      // zod visits symbol keys too (and refuses them here): leave such objects to zod.
      "if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype || Object.getOwnPropertySymbols(v).length) return false;",
      'for (const key of Object.keys(v)) {',
      "  if (key === '__proto__') return false;",
      '  let x: any = key;',
      `  if (!(${keyTest})) return false;`,
      '  x = v[key];',
      `  if (!(${this.test(def.valueType!)})) return false;`,
      '}',
      'return true;',
    ].join('\n  ');
  }

  /** Any option passing is enough (zod's output is then that option's, equal to the input). */
  private unionBody(def: Def): string {
    if (def.inclusive === false) throw new Error('union: an exclusive union is not supported');
    return `const x = v;\n  return ${def.options!.map((o) => `(${this.test(o)})`).join(' || ')};`;
  }

  source(entry: string, header: string): string {
    return [
      header,
      '',
      "export const NOT_SURE: unique symbol = Symbol('not sure');",
      '',
      ...this.constants,
      '',
      ...this.functions.join('\n\n').split('\n'),
      '',
      "/** The plan itself when it passes the schema (zod's output differs only in key order), or NOT_SURE. */",
      'export function parsePlanQuickly(v: unknown): unknown {',
      `  return ${entry}(v) ? v : NOT_SURE;`,
      '}',
      '',
    ].join('\n');
  }
}

const HEADER = `// Generated from src/core/plan/schema.ts by tools/schema-codegen.ts: do not edit.
// npm run codegen rewrites it (REGIMEN_UPDATE_GOLDEN=1 npx vitest run test/core/plan-parse-generated.test.ts).
/* eslint-disable */`;

/** The TypeScript source of plan-parse.generated.ts for a zod schema. */
export function generateQuickParser(schema: ZodType): string {
  const generator = new Generator();
  const entry = generator.function(schema);
  return generator.source(entry, HEADER);
}
