// The proposal store shared by repairs and coach adjustments: proposed → applied or
// rejected, never both. Applied proposals are the layers over the backbone.
import type { RepairProposal } from '../../core/repair/propose.js';
import type { Layer } from '../../core/schedule/layers.js';
import { stmt, type Db } from './open.js';

export type ProposalStatus = 'proposed' | 'applied' | 'rejected';

export interface ProposalRow {
  id: number;
  athlete_id: string;
  kind: string;
  status: ProposalStatus;
  body: string;
  reason: string | null;
  created_at: string;
  decided_at: string | null;
}

const now = () => new Date().toISOString();

/**
 * A proposal's body (`proposals.body`) as the readers outside its own family see it: a
 * repair stores core's RepairProposal, an adjustment its changes; both may carry layers,
 * the disruption they answer and the goal honesty note.
 */
export interface StoredProposalBody {
  kind?: string;
  /** The plan id the proposal was made for (the athlete's plan then). */
  plan?: string;
  layer?: Layer | null;
  layers?: Layer[];
  disruption?: { from: string; to: string } | null;
  honesty?: { goal?: { from: string; to: string | null } | null } | null;
  changes?: { date: string; before: unknown }[];
  message?: string;
}

export function proposalBody(row: Pick<ProposalRow, 'body'>): StoredProposalBody {
  return JSON.parse(row.body) as StoredProposalBody;
}

/** The body of a repair family proposal (kinds none, slide, strategic_repair, pivot, unpivot). */
export function repairProposalBody(row: Pick<ProposalRow, 'body'>): RepairProposal {
  return JSON.parse(row.body) as RepairProposal;
}

/** `at`: the clock's time (io/clock.ts clockTimestamp); the real moment when not given. */
export function insertProposal(db: Db, p: { athlete: string; kind: string; body: unknown }, at = now()): number {
  const info = stmt(db, "INSERT INTO proposals (athlete_id, kind, status, body, created_at) VALUES (?, ?, 'proposed', ?, ?)").run(
    p.athlete,
    p.kind,
    JSON.stringify(p.body),
    at,
  );
  return Number(info.lastInsertRowid);
}

export function getProposal(db: Db, id: number): ProposalRow | undefined {
  return stmt(db, 'SELECT * FROM proposals WHERE id = ?').get(id) as ProposalRow | undefined;
}

export function setProposalStatus(db: Db, id: number, status: 'applied' | 'rejected', reason: string | null = null, at = now()): void {
  stmt(db, 'UPDATE proposals SET status = ?, reason = ?, decided_at = ? WHERE id = ?').run(status, reason, at, id);
}

/** Proposals of these kinds still waiting for a decision, oldest first. */
export function pendingProposals(db: Db, athlete: string, kinds: readonly string[]): ProposalRow[] {
  return proposalsOf(db, athlete, kinds).filter((r) => r.status === 'proposed');
}

export function proposalsOf(db: Db, athlete: string, kinds?: readonly string[]): ProposalRow[] {
  const rows = stmt(db, 'SELECT * FROM proposals WHERE athlete_id = ? ORDER BY id').all(athlete) as ProposalRow[];
  return kinds ? rows.filter((r) => kinds.includes(r.kind)) : rows;
}

/** Applied proposals in the order they were applied: the layers, oldest first. */
export function appliedProposals(db: Db, athlete: string): ProposalRow[] {
  return stmt(db, "SELECT * FROM proposals WHERE athlete_id = ? AND status = 'applied' ORDER BY decided_at, id").all(athlete) as ProposalRow[];
}
