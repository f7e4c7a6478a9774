// The width text output wraps at (SPEC §4 v1.1): the terminal's columns when stdout
// is a terminal, else 80. process.stdout is touched only on a terminal (it loads
// node:net and node:stream, which a pipe never needs).
import { isTerminal } from './output.js';

export const DEFAULT_WIDTH = 80;

export function terminalWidth(env: NodeJS.ProcessEnv = process.env): number {
  if (!isTerminal(1)) return DEFAULT_WIDTH;
  const columns = process.stdout.columns || Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : DEFAULT_WIDTH;
}
