// A proposal as text: a before/after table of the days it changes, the reasons, and
// how to apply or reject it.
import type { Theme } from './theme.js';
import { weekdayOf } from '../core/dates.js';
import type { PlannedSession } from '../core/plan/resolve.js';
import { plannedText } from './schedule.js';

/** A proposal's kind for people (`strategic_repair` → "strategic repair"), in lists and titles alike. */
export function proposalKindWords(kind: string): string {
  return kind.replace(/_/g, ' ');
}

const MAX_ROWS = 21;

export interface ProposalView {
  family: 'repair' | 'adjust';
  id: number | null;
  status: string | null;
  kind: string;
  changes: { date: string; before: PlannedSession | null; after: PlannedSession | null }[];
  reasons: string[];
  message: string;
}

const cell = (p: PlannedSession | null) => (p ? plannedText(p) : '—');

export function renderProposal(v: ProposalView, t: Theme): string {
  const lines: string[] = [];
  // An adjustment has one kind: "Adjustment proposal #6", not "…: adjust".
  const kind = v.family === 'adjust' ? '' : `: ${proposalKindWords(v.kind)}`;
  const title =
    v.kind === 'none' ? 'No repair needed' : `${v.family === 'repair' ? 'Repair' : 'Adjustment'} proposal${v.id !== null ? ` #${v.id}` : ''}${kind}`;
  lines.push(t.bold(title) + (v.status && v.status !== 'proposed' ? t.dim(` (${v.status})`) : ''));
  if (v.changes.length) {
    const width = Math.max(6, ...v.changes.slice(0, MAX_ROWS).map((c) => cell(c.before).length));
    // The header over the row's cells: "mon 2026-11-30" and two spaces, "before", " → ".
    lines.push(t.dim(`  ${'date'.padEnd(16)}${'before'.padEnd(width)}   after`));
    for (const c of v.changes.slice(0, MAX_ROWS)) lines.push(`  ${weekdayOf(c.date)} ${c.date}  ${cell(c.before).padEnd(width)} → ${cell(c.after)}`);
    if (v.changes.length > MAX_ROWS) lines.push(t.dim(`  … and ${v.changes.length - MAX_ROWS} more days (see --json)`));
  }
  if (v.reasons.length) lines.push('', ...v.reasons.map((r) => `  • ${r}`));
  lines.push('', v.message);
  if (v.id !== null && v.status === 'proposed')
    lines.push(t.dim(`Apply it with \`regimen ${v.family} apply ${v.id}\`, or \`regimen ${v.family} reject ${v.id}\` to keep the plan as it is.`));
  return lines.join('\n');
}
