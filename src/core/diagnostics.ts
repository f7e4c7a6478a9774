// Problems in user data are values, not exceptions (STYLE habit 3): every check
// collects diagnostics and the caller decides what they mean for the exit code.

export type Severity = 'error' | 'warning';

/** A location-free problem found by a pure check: `path` points into the plan document. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  path: (string | number)[];
  hint?: string;
  /** Point at the key of `path`'s last segment instead of its value (unknown keys). */
  atKey?: boolean;
}

/** A finding placed in a file (1-based line and column). */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  col: number;
  /** Dotted path of the offending node, e.g. `stages[1].minutes.strength`. */
  path: string;
  hint?: string;
}

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out;
}
