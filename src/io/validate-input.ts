// Command-line values checked before anything is opened or written.
import { parseWholeNumber } from '../core/whole-number.js';
import { UsageError } from '../errors.js';

const ATHLETE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function athleteId(value: string): string {
  if (!ATHLETE_ID.test(value)) throw new UsageError(`athlete id "${value}" is not accepted`, 'use lower-case letters, digits and dashes, e.g. me or sam-lee');
  return value;
}

export function intOption(value: unknown, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const n = parseWholeNumber(text, min < 0);
  if (n === null || n < min || n > max) {
    throw new UsageError(
      `${flag} "${text}" is not accepted`,
      `use a whole number from ${min} to ${max} in digits only, e.g. ${flag} ${Math.max(min, Math.min(max, 5))}`,
    );
  }
  return n;
}

export function choiceOption<T extends string>(value: unknown, flag: string, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!choices.includes(value as T)) throw new UsageError(`${flag} "${String(value)}" is not accepted`, `use one of: ${choices.join(', ')}`);
  return value as T;
}
