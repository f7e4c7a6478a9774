// Colour only when it helps: never with --no-color or NO_COLOR, always with
// FORCE_COLOR, otherwise only when stdout is a terminal. chalk 5 does not read
// NO_COLOR itself, so the decision is made here and passed to a private instance.
import { importEsm } from '../io/esm-import.js';

export interface ColorOptions {
  color?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Asked last, and only if nothing else decided (it loads node:tty). */
  isTTY?: () => boolean;
}

export function colorEnabled({ color = true, env = process.env, isTTY = () => false }: ColorOptions = {}): boolean {
  if (!color) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  // As supports-color reads it: FORCE_COLOR=0 or false turns colour off, any other value on.
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY();
}

/** The styles regimen's output uses. */
export interface Theme {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const plain = (text: string) => text;
export const PLAIN_THEME: Theme = { bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain };

/** chalk is imported only when colour is on: most runs (pipes, scripts, NO_COLOR) never load it. */
export async function makeTheme(options: ColorOptions = {}): Promise<Theme> {
  if (!colorEnabled(options)) return PLAIN_THEME;
  const { Chalk } = await importEsm<typeof import('chalk')>('chalk');
  return new Chalk({ level: 1 });
}
