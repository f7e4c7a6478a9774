// `regimen adjust` (SPEC §4): a coach's bounded changes to upcoming sessions, proposed
// before they are applied, kept as layers over the backbone (the YAML is never rewritten).
import { readFileSync } from 'node:fs';
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { parseWholeNumber } from '../core/whole-number.js';
import { UsageError } from '../errors.js';
import { loadAthleteState } from '../io/athlete-state.js';
import { withJournal } from '../io/with-journal.js';
import { renderProposal } from '../render/proposal.js';
import { runApply, runList, runReject, storeProposal } from './proposals.js';

/** Validate, propose and store the actions (applying them at once with --yes). */
async function propose(ctx: Context, raw: unknown, yes: boolean): Promise<number> {
  const { parseActions } = await import('../io/validators.js');
  const parsed = parseActions(raw);
  if (!parsed.ok) throw new UsageError(parsed.message);
  const { proposeAdjustment } = await import('../core/adjust/propose.js');
  const result = await withJournal(ctx, { create: false }, async (db) => {
    const state = await loadAthleteState(db, ctx);
    const proposed = proposeAdjustment(state.resolver, parsed.actions, ctx.today, ctx.clockToday);
    if (!proposed.ok) throw new UsageError(proposed.message);
    const changes = proposed.proposal.changes;
    const message = `${parsed.actions.length} change${parsed.actions.length > 1 ? 's' : ''} to ${changes.length} day${changes.length === 1 ? '' : 's'} for ${state.athlete.id}.`;
    // Kept with the plan it changes: another plan of the athlete's is not changed by it.
    const body = { plan: state.assignment.plan_id, actions: parsed.actions, layers: proposed.proposal.layers, changes, message };
    const row = storeProposal(db, ctx, 'adjust', { athlete: state.athlete.id, kind: 'adjust', body, apply: yes });
    return { athlete: state.athlete.id, row, body };
  });
  const { row, body } = result;
  if (ctx.options.json) {
    printJson(ctx, {
      athlete: result.athlete,
      proposal: { id: row.id, status: row.status, actions: body.actions, changes: body.changes },
      message: body.message,
    });
  } else {
    ctx.out(
      renderProposal(
        { family: 'adjust', id: row.id, status: row.status, kind: 'adjust', changes: body.changes, reasons: [], message: body.message },
        ctx.theme,
      ),
    );
  }
  return 0;
}

const yes = (o: Record<string, unknown>) => Boolean(o.yes);

function pct(value: unknown): number {
  // A trailing % is the unit, not part of the number; the number itself is strict (SPEC §4).
  const text = String(value ?? '').replace(/%$/, '');
  const n = parseWholeNumber(text, true);
  if (value === undefined) throw new UsageError('adjust load needs --by PCT', 'a whole number from -50 to 20, e.g. --by -20');
  if (n === null) throw new UsageError(`--by "${String(value)}" is not accepted`, 'a whole number from -50 to 20, e.g. --by -20');
  return n;
}

export async function runAdjustFile(ctx: Context, _args: unknown[], o: Record<string, unknown>): Promise<number> {
  if (!o.file) throw new UsageError('adjust needs an action', 'swap, load, replace, skip, restore, apply, reject, list, or --file ACTIONS.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(o.file as string, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e instanceof SyntaxError ? `not valid JSON (${e.message})` : 'cannot be read';
    throw new UsageError(`--file ${String(o.file)}: ${why}`, 'give a JSON list of actions, e.g. [{"action":"skip","date":"2026-11-25"}]');
  }
  return propose(ctx, data, yes(o));
}

export const runAdjustSwap = (ctx: Context, [a, b]: unknown[], o: Record<string, unknown>) => propose(ctx, [{ action: 'swap', dates: [a, b] }], yes(o));
export const runAdjustLoad = (ctx: Context, [date]: unknown[], o: Record<string, unknown>) => propose(ctx, [{ action: 'load', date, by: pct(o.by) }], yes(o));
export const runAdjustReplace = (ctx: Context, [date]: unknown[], o: Record<string, unknown>) => {
  if (!o.session) throw new UsageError('adjust replace needs --session NAME', "a session of the plan's library");
  return propose(ctx, [{ action: 'replace', date, session: o.session, ...(o.variant ? { variant: o.variant } : {}) }], yes(o));
};
export const runAdjustSkip = (ctx: Context, [date]: unknown[], o: Record<string, unknown>) => propose(ctx, [{ action: 'skip', date }], yes(o));
export const runAdjustRestore = (ctx: Context, [date]: unknown[], o: Record<string, unknown>) => propose(ctx, [{ action: 'restore', date }], yes(o));
export const runAdjustApply = (ctx: Context, [id]: unknown[]) => runApply(ctx, 'adjust', id);
export const runAdjustReject = (ctx: Context, [id]: unknown[], o: Record<string, unknown>) => runReject(ctx, 'adjust', id, o.reason as string | undefined);
export const runAdjustList = (ctx: Context) => runList(ctx, 'adjust');
