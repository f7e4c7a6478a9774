// Guards on the data js-yaml gives for a plan, before anything walks it (SPEC §8 "Bad
// input"). js-yaml expands an alias by sharing the anchored object, so a "billion
// laughs" document loads in microseconds but is a tree of billions of nodes to every
// later walk (the schema, the rules). And js-yaml keeps a `__proto__` key as an own
// property, which a careless copy would turn into a prototype. One walk, once per
// shared object, finds all three problems in time linear in the file.
import type { Finding } from '../diagnostics.js';

/** Nodes that aliases may add to the written ones, in all (a few reused session lists need far fewer). */
export const MAX_ALIAS_NODES = 10_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Path = (string | number)[];

/** The first problem with the data's shape, or null: a forbidden key, a cycle, or aliases that expand too much. */
export function guardPlanData(data: unknown): Finding | null {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  // The nodes as written: the root and every value under an object, shared ones once.
  let written = 1;
  let problem = null as Finding | null;

  // The path of the node being walked, copied only when a problem is found.
  const path: Path = [];

  /** Nodes in the tree under `value` with aliases expanded; each shared object is walked once. */
  const size = (value: unknown): number => {
    if (problem || typeof value !== 'object' || value === null) return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    if (open.has(value)) {
      problem = {
        code: 'alias-bomb',
        severity: 'error',
        message: 'an alias refers to a node that contains it',
        path: [...path],
        hint: 'write the values out instead of nesting anchors',
      };
      return 1;
    }
    open.add(value);
    let total = 1;
    if (Array.isArray(value)) {
      written += value.length;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        total += size(value[i]);
        path.pop();
      }
    } else {
      const keys = Object.keys(value);
      written += keys.length;
      for (const key of keys) {
        if (FORBIDDEN_KEYS.has(key)) {
          problem ??= { code: 'forbidden-key', severity: 'error', message: `key "${key}" is not allowed`, path: [...path, key], atKey: true };
          return 1;
        }
        path.push(key);
        total += size((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
    open.delete(value);
    sizes.set(value, total);
    return total;
  };

  const expanded = size(data);
  if (problem) return problem;
  if (expanded - written > MAX_ALIAS_NODES) {
    return {
      code: 'alias-bomb',
      severity: 'error',
      message: `aliases expand too much (more than ${MAX_ALIAS_NODES} nodes)`,
      path: [],
      hint: 'write the values out instead of nesting anchors',
    };
  }
  return null;
}
