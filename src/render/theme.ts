// Colour only when it helps: never with --no-color or NO_COLOR, always with
// FORCE_COLOR, otherwise only when stdout is a terminal.
//
// chalk 5 does not read NO_COLOR itself, so the decision is made here and passed to a
// private instance. Its styles are written with io/output.ts's styleEscape() in place
// of ESC: writeFd escapes every real control character (data's, SPEC §4 "Safe output")
// and only then turns the theme's markers into ESC.
import { escapeControls } from '../core/safe-text.js';
import { importEsm } from '../io/esm-import.js';
import { styleEscape } from '../io/output.js';

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

/**
 * chalk's styles, written with the marker in place of ESC. The text is escaped first
 * (data's control characters become visible text), then the theme's own markers inside
 * it become ESC again so chalk can nest styles as it does, and chalk's result gets its
 * ESC turned back into markers: the only ESC that ever reaches writeFd is chalk's.
 */
function marked(chalkStyle: (text: string) => string): (text: string) => string {
  const esc = styleEscape();
  return (text) => chalkStyle(escapeControls(text).split(esc).join('\x1b')).split('\x1b').join(esc);
}

/** chalk is imported only when colour is on: most runs (pipes, scripts, NO_COLOR) never load it. */
export async function makeTheme(options: ColorOptions = {}): Promise<Theme> {
  if (!colorEnabled(options)) return PLAIN_THEME;
  const { Chalk } = await importEsm<typeof import('chalk')>('chalk');
  const c = new Chalk({ level: 1 });
  return { bold: marked(c.bold), dim: marked(c.dim), red: marked(c.red), green: marked(c.green), yellow: marked(c.yellow), cyan: marked(c.cyan) };
}
