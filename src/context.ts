// What every command receives: its global options, the clock's today, and where to
// write. Commands never touch process.* directly, so tests can run them in-process.
import type { Theme } from './render/theme.js';
import type { IsoDate } from './core/dates.js';
import { escapeJsonControls } from './core/safe-text.js';

export interface GlobalOptions {
  journal?: string;
  athlete?: string;
  date?: string;
  json?: boolean;
  color: boolean;
  input: boolean;
}

export interface Context {
  options: GlobalOptions;
  /** The date commands act on: --date, else the clock's today. */
  today: IsoDate;
  /** The clock's real today ($REGIMEN_NOW or the system date), for refusing future records. */
  clockToday: IsoDate;
  env: NodeJS.ProcessEnv;
  theme: Theme;
  /** Prompts are allowed: not --no-input, not --json, and stdin is a terminal. */
  interactive: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** Print exactly one JSON document on stdout, with no raw control character in it (SPEC §4 "Safe output"). */
export function printJson(ctx: Context, doc: unknown): void {
  ctx.out(escapeJsonControls(JSON.stringify(doc, null, 2)));
}
