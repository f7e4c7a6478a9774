// Propose → confirm → apply, shared by `repair` and `adjust` (SPEC §4): applying is one
// transaction and idempotent; a rejected proposal cannot be applied and an applied one
// cannot be rejected. Every step appends an audit event.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { UsageError } from '../errors.js';
import { loadAthleteState, resolveAthlete } from '../io/athlete-state.js';
import { actorName, appendAudit } from '../io/journal/audit.js';
import { writeTransaction, type Db } from '../io/journal/open.js';
import { getProposal, insertProposal, proposalBody, proposalsOf, setProposalStatus, type ProposalRow } from '../io/journal/proposals.js';
import { clockTimestamp } from '../io/clock.js';
import { intOption } from '../io/validate-input.js';
import { withJournal } from '../io/with-journal.js';
import { proposalKindWords } from '../render/proposal.js';

export type Family = 'repair' | 'adjust';

export const FAMILY_KINDS: Record<Family, readonly string[]> = {
  repair: ['none', 'slide', 'strategic_repair', 'pivot', 'unpivot'],
  adjust: ['adjust'],
};

/** Proposal and audit times come from the clock, --date and $REGIMEN_NOW included (SPEC §4 repair). */
const clockAt = (ctx: Context) => clockTimestamp(ctx.today);

function audit(db: Db, ctx: Context, row: ProposalRow, action: string, extra: Record<string, unknown> = {}): void {
  const body = proposalBody(row);
  appendAudit(db, {
    athlete: row.athlete_id,
    action,
    actor: actorName(ctx.env),
    details: { proposal: row.id, kind: row.kind, changes: body.changes?.length ?? 0, ...extra },
    at: clockAt(ctx),
  });
}

/** Store a proposal (and apply it at once with --yes), inside one transaction. */
export function storeProposal(db: Db, ctx: Context, family: Family, p: { athlete: string; kind: string; body: unknown; apply: boolean }): ProposalRow {
  return writeTransaction(db, () => storeProposalRow(db, ctx, family, p));
}

/** The same, for a caller already inside its write transaction. */
export function storeProposalRow(db: Db, ctx: Context, family: Family, p: { athlete: string; kind: string; body: unknown; apply: boolean }): ProposalRow {
  const id = insertProposal(db, p, clockAt(ctx));
  const row = getProposal(db, id)!;
  audit(db, ctx, row, `${family}.proposed`, { body: p.body });
  if (p.apply) applyRow(db, ctx, family, row);
  return getProposal(db, id)!;
}

export function applyRow(db: Db, ctx: Context, family: Family, row: ProposalRow): void {
  setProposalStatus(db, row.id, 'applied', null, clockAt(ctx));
  audit(db, ctx, row, `${family}.applied`);
  const goal = proposalBody(row).honesty?.goal;
  if (goal?.to)
    appendAudit(db, {
      athlete: row.athlete_id,
      action: 'goal.changed',
      actor: actorName(ctx.env),
      details: { proposal: row.id, from: goal.from, to: goal.to },
      at: clockAt(ctx),
    });
}

function requireProposal(db: Db, family: Family, rawId: unknown): ProposalRow {
  const id = intOption(rawId, `${family} proposal id`, 1, Number.MAX_SAFE_INTEGER)!;
  const row = getProposal(db, id);
  if (!row || !FAMILY_KINDS[family].includes(row.kind)) throw new UsageError(`there is no ${family} proposal ${id}`, `see \`regimen ${family} list\``);
  return row;
}

/**
 * A proposal describes changes to the schedule as it was when proposed. If that schedule
 * has changed since (another repair or adjustment was applied), applying it would change
 * other days than it shows, so it is refused and should be proposed again.
 */
async function refuseIfStale(db: Db, ctx: Context, family: Family, row: ProposalRow): Promise<void> {
  if (row.status !== 'proposed') return;
  const changes = proposalBody(row).changes ?? [];
  if (!changes.length) return;
  // A repair never rewrites the past (SPEC §6.5): one proposed before some of its days went by is out of date.
  const passed = family === 'repair' ? changes.find((c) => c.date < ctx.today) : undefined;
  if (passed)
    throw new UsageError(
      `repair proposal ${row.id} changes days that have passed (from ${passed.date}), and a repair never rewrites the past`,
      'propose it again with `regimen repair`',
    );
  const state = await loadAthleteState(db, { ...ctx, options: { ...ctx.options, athlete: row.athlete_id } });
  const moved = changes.find((c) => JSON.stringify(state.resolver.day(c.date).planned) !== JSON.stringify(c.before));
  if (moved) {
    throw new UsageError(
      `${family} proposal ${row.id} was made for a schedule that has changed since (${moved.date} is no longer as it showed)`,
      `propose it again with \`regimen ${family}\``,
    );
  }
}

export async function runApply(ctx: Context, family: Family, rawId: unknown): Promise<number> {
  const result = await withJournal(ctx, { create: false }, async (db) => {
    await refuseIfStale(db, ctx, family, requireProposal(db, family, rawId));
    return writeTransaction(db, () => {
      const row = requireProposal(db, family, rawId);
      if (row.status === 'rejected')
        throw new UsageError(`${family} proposal ${row.id} was rejected and cannot be applied`, `propose it again with \`regimen ${family}\``);
      if (row.status === 'applied') return { id: row.id, athlete: row.athlete_id, status: 'applied', changed: false };
      applyRow(db, ctx, family, row);
      return { id: row.id, athlete: row.athlete_id, status: 'applied', changed: true };
    });
  });
  const message = result.changed
    ? `Applied ${family} proposal ${result.id} for ${result.athlete}.`
    : `${family} proposal ${result.id} was already applied; nothing changed.`;
  if (ctx.options.json) printJson(ctx, { proposal: { id: result.id, status: result.status }, changed: result.changed, message });
  else ctx.out(message);
  return 0;
}

/** `apply`/`reject ID --reason TEXT`: the reason is free text, kept with the rejection. */
export const rejectOptions = (raw: Record<string, unknown>): { reason?: string } => ({ reason: raw.reason as string | undefined });

export async function runReject(ctx: Context, family: Family, rawId: unknown, reason: string | undefined): Promise<number> {
  const result = await withJournal(ctx, { create: false }, (db) =>
    writeTransaction(db, () => {
      const row = requireProposal(db, family, rawId);
      if (row.status === 'applied')
        throw new UsageError(`${family} proposal ${row.id} is already applied and cannot be rejected`, `propose a new ${family} instead`);
      if (row.status === 'rejected') return { id: row.id, changed: false };
      setProposalStatus(db, row.id, 'rejected', reason ?? null, clockAt(ctx));
      audit(db, ctx, row, `${family}.rejected`, { reason: reason ?? null });
      return { id: row.id, changed: true };
    }),
  );
  const message = result.changed
    ? `Rejected ${family} proposal ${result.id}. The plan stays as it was.`
    : `${family} proposal ${result.id} was already rejected.`;
  if (ctx.options.json) printJson(ctx, { proposal: { id: result.id, status: 'rejected' }, changed: result.changed, message });
  else ctx.out(message);
  return 0;
}

export async function runList(ctx: Context, family: Family): Promise<number> {
  const rows = await withJournal(ctx, { readOnly: true }, (db) => proposalsOf(db, resolveAthlete(db, ctx).id, FAMILY_KINDS[family]));
  const proposals = rows.map((r) => {
    const body = proposalBody(r);
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      created_at: r.created_at,
      decided_at: r.decided_at,
      reason: r.reason,
      changes: body.changes?.length ?? 0,
      message: body.message ?? null,
    };
  });
  if (ctx.options.json) printJson(ctx, { proposals });
  else if (!proposals.length) ctx.out(`No ${family} proposals yet.`);
  else
    for (const p of proposals)
      ctx.out(
        `#${p.id}  ${p.status.padEnd(8)} ${proposalKindWords(p.kind).padEnd(16)} ${p.changes} day${p.changes === 1 ? '' : 's'} changed  ${ctx.theme.dim(p.created_at.slice(0, 10))}`,
      );
  return 0;
}
