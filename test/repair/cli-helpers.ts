// Shared pieces of the repair end-to-end tests: the built binary on a temp journal
// (test/e2e/helpers.ts), plus what a schedule day and an error line look like.
import { expect } from 'vitest';
import type { RunResult } from '../e2e/helpers.js';

export { addDays, assertBuilt, Cli, plan, show, snapshotJournal, tableRows } from '../e2e/helpers.js';

export const ACTOR = 'coach-anna';

export interface Planned {
  type: string;
  session: string | null;
  minutes: number;
  optional: boolean;
}

export interface Day {
  date: string;
  phase: string | null;
  planned: Planned | null;
}

export const isTraining = (p: Planned | null): boolean => p !== null && p.type !== 'rest' && !p.optional;

export const byDate = (days: Day[]): Map<string, Day> => new Map(days.map((d) => [d.date, d]));

/** SPEC §4/§8: exit 2, exactly one line on stderr starting `regimen:`, nothing on stdout. */
export function expectBadUsage(r: RunResult, what: string, says?: RegExp): void {
  expect(r.exitCode, `${what}\n${r.stderr}`).toBe(2);
  expect(r.stdout, what).toBe('');
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  expect(lines, `${what}: stderr is one line`).toHaveLength(1);
  expect(lines[0], what).toMatch(/^regimen: \S/);
  expect(r.stderr, what).not.toMatch(/\n\s+at |internal error|Error:/);
  if (says) expect(lines[0], what).toMatch(says);
}

export interface AuditEvent {
  id: number;
  athlete: string | null;
  action: string;
  actor: string;
  details: Record<string, unknown>;
}
