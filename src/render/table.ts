// Plain tables for the terminal (cli-table3), without colour when colour is off.
import type { Theme } from './theme.js';
import Table from 'cli-table3';

export function renderTable(head: string[], rows: (string | number)[][], theme: Theme): string {
  const table = new Table({
    // Bold is put on the rendered header line, not on the cells: cli-table3 measures
    // cells by their characters, and the theme's style markers (io/output.ts) are not
    // ANSI codes it knows to leave out.
    head,
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) table.push(row.map(String));
  const lines = table.toString().split('\n');
  // Line 0 is the top border, line 1 the header row.
  if (lines.length > 1) lines[1] = theme.bold(lines[1]!);
  return lines.join('\n');
}
