// One row of an args → options table: the typed options, or the exact UsageError line.
import { UsageError } from '../../../src/errors.js';

export function outcome<T>(f: () => T): T | { usage: string; hint?: string } {
  try {
    return f();
  } catch (e) {
    if (e instanceof UsageError) return e.hint === undefined ? { usage: e.message } : { usage: e.message, hint: e.hint };
    throw e;
  }
}
