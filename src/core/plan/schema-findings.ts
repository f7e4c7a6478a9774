// Turns zod issues into findings with codes and messages a plan author can act on.
import type { z } from 'zod';
import { formatPath, type Finding } from '../diagnostics.js';
import { closest } from '../suggest.js';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

function valueAt(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

const where = (path: Path) => (path.length ? `${formatPath(path)}: ` : '');

/** Keys a strict object at `path` accepts, read from the schema's shape. */
function knownKeysAt(schema: z.ZodType, path: Path): string[] {
  let node: any = schema;
  for (const key of path) {
    node = unwrap(node);
    if (!node) return [];
    const def = node._zod?.def;
    if (def?.type === 'object') node = def.shape[key];
    else if (def?.type === 'array') node = def.element;
    else if (def?.type === 'record') node = def.valueType;
    else if (def?.type === 'union') node = def.options.find((o: any) => unwrap(o)?._zod?.def?.type === 'object');
    else return [];
  }
  node = unwrap(node);
  if (node?._zod?.def?.type === 'union') node = unwrap(node._zod.def.options.find((o: any) => unwrap(o)?._zod?.def?.type === 'object'));
  return node?._zod?.def?.type === 'object' ? Object.keys(node._zod.def.shape) : [];
}

function unwrap(node: any): any {
  while (node?._zod?.def && (node._zod.def.type === 'optional' || node._zod.def.type === 'default' || node._zod.def.type === 'nullable')) {
    node = node._zod.def.innerType;
  }
  return node;
}

/** Among a union's failed branches, the one that got furthest into the input. */
function bestBranch(branches: Issue[][]): Issue[] {
  let best: Issue[] = branches[0] ?? [];
  let bestScore = -1;
  for (const branch of branches) {
    // A branch that failed only on the root type was the wrong shape altogether.
    const score = Math.max(...branch.map((i) => (i.code === 'invalid_type' && i.path.length === 0 ? -1 : i.path.length + 1)));
    if (score > bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

function rangeMessage(issue: Issue & { code: 'too_big' | 'too_small' }, value: unknown): { code: string; message: string; hint?: string } {
  const big = issue.code === 'too_big';
  const limit = big ? (issue as any).maximum : (issue as any).minimum;
  const inclusive = (issue as any).inclusive !== false;
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : '?';
    return {
      code: big && issue.path[issue.path.length - 1] === 'days' ? 'too-many-days' : 'out-of-range',
      message: `has ${count} entries; ${big ? 'at most' : 'at least'} ${limit} ${big ? 'are' : 'is'} allowed`,
    };
  }
  if (issue.origin === 'string') return { code: 'out-of-range', message: 'must not be empty' };
  const bound = big ? (inclusive ? `at most ${limit}` : `below ${limit}`) : inclusive ? `at least ${limit}` : `above ${limit}`;
  return { code: 'out-of-range', message: `${describe(value)} is out of range: must be ${bound}` };
}

const FORMAT_HINTS: Record<string, string> = {
  id: 'use lower-case letters, digits and dashes, e.g. gentle-foundations',
  load: 'e.g. 80kg, 175lb, bw, bw+10kg',
  increment: 'e.g. 2.5kg or 5lb',
  distance: 'e.g. 5km, 3mi or 400m',
  reps: 'an integer, or a range such as "8-12"',
  date: 'a calendar date YYYY-MM-DD',
};

export function schemaFindings(issues: readonly Issue[], input: unknown, schema: z.ZodType, base: Path = []): Finding[] {
  const out: Finding[] = [];
  for (const issue of issues) {
    const path: Path = [...base, ...(issue.path as Path)];
    const value = valueAt(input, path);
    const last = path[path.length - 1];
    const err = (code: string, message: string, hint?: string, extra: Partial<Finding> = {}): void => {
      out.push({ code, severity: 'error', message, path, ...(hint ? { hint } : {}), ...extra });
    };
    switch (issue.code) {
      case 'invalid_union':
        out.push(...schemaFindings(bestBranch(issue.errors), input, schema, path));
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const known = knownKeysAt(schema, path);
          const guess = closest(key, known);
          out.push({
            code: 'unknown-key',
            severity: 'error',
            message: `unknown key "${key}"${path.length ? ` in ${formatPath(path)}` : ''}`,
            path: [...path, key],
            atKey: true,
            hint: guess ? `did you mean "${guess}"?` : known.length ? `accepted keys: ${known.join(', ')}` : undefined,
          });
        }
        break;
      case 'invalid_type':
        if (value === undefined) {
          out.push({
            code: 'missing-key',
            severity: 'error',
            message: `missing required key "${String(last)}"${path.length > 1 ? ` in ${formatPath(path.slice(0, -1))}` : ''}`,
            path,
          });
        } else {
          err(
            'wrong-type',
            `${where(path)}expected ${issue.expected === 'record' || issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, got ${describe(value)}`,
          );
        }
        break;
      case 'invalid_value': {
        const accepted = issue.values.map((v) => String(v));
        const guess = typeof value === 'string' ? closest(value, accepted) : undefined;
        err(
          'invalid-value',
          `${where(path)}${describe(value)} is not accepted; expected ${accepted.length === 1 ? `"${accepted[0]}"` : `one of ${accepted.join(', ')}`}`,
          guess ? `did you mean "${guess}"?` : undefined,
        );
        break;
      }
      case 'invalid_format':
        err(
          'invalid-format',
          `${where(path)}${describe(value)} is not a valid ${typeof last === 'string' ? last : 'value'}`,
          FORMAT_HINTS[String(typeof last === 'number' ? path[path.length - 2] : last)] ?? FORMAT_HINTS[issue.format],
        );
        break;
      case 'invalid_key':
        err('invalid-format', `${where(path)}"${String(last)}" is not a valid name`, 'use lower-case letters, digits, _ and -');
        break;
      case 'too_big':
      case 'too_small': {
        const r = rangeMessage(issue, value);
        err(r.code, `${where(path)}${r.message}`, r.hint);
        break;
      }
      case 'not_multiple_of':
        err('out-of-range', `${where(path)}${describe(value)} must be a whole number`);
        break;
      default:
        err('invalid-value', `${where(path)}${issue.message}`);
    }
  }
  return out;
}
