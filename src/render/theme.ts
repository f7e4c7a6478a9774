// Colour only when it helps: never with --no-color or NO_COLOR, always with
// FORCE_COLOR, otherwise only when stdout is a terminal.
//
// The styles are the eight SGR codes below, written with io/output.ts's styleEscape()
// in place of ESC: writeFd escapes every real control character (data's, SPEC §4
// "Safe output") and only then turns the theme's markers into ESC. (chalk was used
// before; it writes real ESC, which the sanitiser could not tell from data's.)
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
 * A style as chalk writes it at level 1: open, the text with any inner close followed by
 * a re-open (so nested styles keep the outer one), close; and closed before each line
 * break and re-opened after it, so a pager never carries a colour to the next line.
 */
function style(open: number, close: number): (text: string) => string {
  const esc = styleEscape();
  const on = `${esc}[${open}m`;
  const off = `${esc}[${close}m`;
  return (text) => {
    if (text === '') return '';
    const body = text.split(off).join(off + on).replace(/(\r?\n)/g, `${off}$1${on}`);
    return on + body + off;
  };
}

export async function makeTheme(options: ColorOptions = {}): Promise<Theme> {
  if (!colorEnabled(options)) return PLAIN_THEME;
  return { bold: style(1, 22), dim: style(2, 22), red: style(31, 39), green: style(32, 39), yellow: style(33, 39), cyan: style(36, 39) };
}
