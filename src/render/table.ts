// Plain tables for the terminal (cli-table3), without colour when colour is off.
import type { Theme } from './theme.js';
import Table from 'cli-table3';

export function renderTable(head: string[], rows: (string | number)[][], theme: Theme): string {
  const table = new Table({
    head: head.map((h) => theme.bold(h)),
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) table.push(row.map(String));
  return table.toString();
}
