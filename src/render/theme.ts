// Colour only when it helps: never with --no-color or NO_COLOR, always with
// FORCE_COLOR, otherwise only when stdout is a terminal.
//
// chalk 5 does not read NO_COLOR itself, so the decision is made here and passed to a
// private instance. Its styles are written with a marker in place of ESC (io/output.ts's
// styleEscape(), handed in by program.ts, so render never reaches into io): writeFd
// escapes every real control character (data's, SPEC §4 "Safe output") and only then
// turns the theme's markers into ESC.
import { escapeControls } from '../core/safe-text.js';

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
  /** The marker the styles write in place of ESC; none when the theme is plain. */
  readonly marker?: string;
}

const plain = (text: string) => text;
export const PLAIN_THEME: Theme = { bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain };

/**
 * chalk's styles, written with the marker in place of ESC. The text is escaped first
 * (data's control characters become visible text), then the theme's own markers inside
 * it become ESC again so chalk can nest styles as it does, and chalk's result gets its
 * ESC turned back into markers: the only ESC that ever reaches writeFd is chalk's.
 */
function marked(chalkStyle: (text: string) => string, esc: string): (text: string) => string {
  return (text) => chalkStyle(escapeControls(text).split(esc).join('\x1b')).split('\x1b').join(esc);
}

/** What a coloured theme needs from the process: the style marker and chalk (both asked only when colour is on). */
export interface ThemeDeps {
  marker: () => string;
  loadChalk: () => Promise<typeof import('chalk')>;
}

/** chalk is imported only when colour is on: most runs (pipes, scripts, NO_COLOR) never load it. */
export async function makeTheme(options: ColorOptions, deps: ThemeDeps): Promise<Theme> {
  if (!colorEnabled(options)) return PLAIN_THEME;
  const { Chalk } = await deps.loadChalk();
  const c = new Chalk({ level: 1 });
  const esc = deps.marker();
  return {
    bold: marked(c.bold, esc),
    dim: marked(c.dim, esc),
    red: marked(c.red, esc),
    green: marked(c.green, esc),
    yellow: marked(c.yellow, esc),
    cyan: marked(c.cyan, esc),
    marker: esc,
  };
}
