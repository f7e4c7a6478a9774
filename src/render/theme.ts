// Colour only when it helps: never with --no-color or NO_COLOR, always with
// FORCE_COLOR, otherwise only when stdout is a terminal. chalk 5 does not read
// NO_COLOR itself, so the decision is made here and passed to a private instance.
import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorOptions {
  color?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Asked last, and only if nothing else decided (it loads node:tty). */
  isTTY?: () => boolean;
}

export function colorEnabled({ color = true, env = process.env, isTTY = () => false }: ColorOptions = {}): boolean {
  if (!color) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return isTTY();
}

export function makeTheme(options: ColorOptions = {}): ChalkInstance {
  return new Chalk({ level: colorEnabled(options) ? 1 : 0 });
}
