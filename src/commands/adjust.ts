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
import { rejectOptions, runApply, runList, runReject, storeProposal } from './proposals.js';

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

/** What every adjust verb takes besides its action: apply at once. */
export interface AdjustOptions {
  yes: boolean;
}
export interface AdjustFileOptions extends AdjustOptions {
  file: string;
}
export interface AdjustLoadOptions extends AdjustOptions {
  by: number;
}
export interface AdjustReplaceOptions extends AdjustOptions {
  session: string;
  variant?: string;
}

export const adjustOptions = (raw: Record<string, unknown>): AdjustOptions => ({ yes: Boolean(raw.yes) });

function pct(value: unknown): number {
  // A trailing % is the unit, not part of the number; the number itself is strict (SPEC §4).
  const text = String(value ?? '').replace(/%$/, '');
  const n = parseWholeNumber(text, true);
  if (value === undefined) throw new UsageError('adjust load needs --by PCT', 'a whole number from -50 to 20, e.g. --by -20');
  if (n === null) throw new UsageError(`--by "${String(value)}" is not accepted`, 'a whole number from -50 to 20, e.g. --by -20');
  return n;
}

/** `adjust --file`: without it there is no action at all. */
export function adjustFileOptions(raw: Record<string, unknown>): AdjustFileOptions {
  if (!raw.file) throw new UsageError('adjust needs an action', 'swap, load, replace, skip, restore, apply, reject, list, or --file ACTIONS.json');
  return { file: String(raw.file), ...adjustOptions(raw) };
}

/** `adjust load --by PCT`: a whole percentage (its bounds are the action validator's). */
export const adjustLoadOptions = (raw: Record<string, unknown>): AdjustLoadOptions => ({ by: pct(raw.by), ...adjustOptions(raw) });

export function adjustReplaceOptions(raw: Record<string, unknown>): AdjustReplaceOptions {
  if (!raw.session) throw new UsageError('adjust replace needs --session NAME', "a session of the plan's library");
  return { session: raw.session as string, ...(raw.variant ? { variant: raw.variant as string } : {}), ...adjustOptions(raw) };
}

export async function runAdjustFile(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const o = adjustFileOptions(raw);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(o.file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e instanceof SyntaxError ? `not valid JSON (${e.message})` : 'cannot be read';
    throw new UsageError(`--file ${o.file}: ${why}`, 'give a JSON list of actions, e.g. [{"action":"skip","date":"2026-11-25"}]');
  }
  return propose(ctx, data, o.yes);
}

type Raw = Record<string, unknown>;
export const runAdjustSwap = (ctx: Context, [a, b]: unknown[], raw: Raw) => propose(ctx, [{ action: 'swap', dates: [a, b] }], adjustOptions(raw).yes);
export const runAdjustLoad = (ctx: Context, [date]: unknown[], raw: Raw) => {
  const o = adjustLoadOptions(raw);
  return propose(ctx, [{ action: 'load', date, by: o.by }], o.yes);
};
export const runAdjustReplace = (ctx: Context, [date]: unknown[], raw: Raw) => {
  const { yes, ...replace } = adjustReplaceOptions(raw);
  return propose(ctx, [{ action: 'replace', date, ...replace }], yes);
};
export const runAdjustSkip = (ctx: Context, [date]: unknown[], raw: Raw) => propose(ctx, [{ action: 'skip', date }], adjustOptions(raw).yes);
export const runAdjustRestore = (ctx: Context, [date]: unknown[], raw: Raw) => propose(ctx, [{ action: 'restore', date }], adjustOptions(raw).yes);
export const runAdjustApply = (ctx: Context, [id]: unknown[]) => runApply(ctx, 'adjust', id);
export const runAdjustReject = (ctx: Context, [id]: unknown[], raw: Raw) => runReject(ctx, 'adjust', id, rejectOptions(raw).reason);

export const runAdjustList = (ctx: Context) => runList(ctx, 'adjust');
