// `regimen repair` (SPEC §4, §6.5): find a disruption (or an injury) and propose a
// repair; `--yes` applies it at once, otherwise `repair apply ID` / `repair reject ID`.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { addDays, type IsoDate } from '../core/dates.js';
import { disruptionOf, inferDisruption } from '../core/repair/disruption.js';
import { activePivots, proposeDisruptionRepair, proposePivot, proposeUnpivot, type RepairInput, type RepairProposal } from '../core/repair/propose.js';
import { isTrainingType, TRAINING_TYPES } from '../core/plan/vocabulary.js';
import { UsageError } from '../errors.js';
import { layersOf, loadAthleteState, type AthleteState } from '../io/athlete-state.js';
import { parseDateOption } from '../io/clock.js';
import { readHistoryDays } from '../io/history-read.js';
import { withJournal } from '../io/with-journal.js';
import { renderProposal } from '../render/proposal.js';
import { applyRow, FAMILY_KINDS, rejectOptions, runApply, runList, runReject, storeProposalRow } from './proposals.js';
import { writeTransaction } from '../io/journal/open.js';
import { getProposal, pendingProposals, repairProposalBody } from '../io/journal/proposals.js';
import { LayeredSchedule } from '../core/schedule/layers.js';

/** Commander's raw values as the repair flags declare them. */
interface RepairFlags {
  from?: string;
  to?: string;
  injury?: string;
  pillar?: string;
  clearInjury?: string;
  yes?: boolean;
}

/** At most one mode: a past window (both dates), an injury with its pillar, or an injury to clear. */
export interface RepairOptions {
  from?: IsoDate;
  to?: IsoDate;
  injury?: string;
  pillar?: string;
  clearInjury?: string;
  yes: boolean;
}

const SITE = /^[a-z][a-z0-9_-]{0,39}$/;

/** Commander's raw values → checked repair options (the first problem is the one reported). */
export function repairOptions(raw: Record<string, unknown>, today: IsoDate): RepairOptions {
  const o = raw as RepairFlags;
  if ((o.from === undefined) !== (o.to === undefined)) throw new UsageError('give --from and --to together', 'e.g. --from 2026-11-16 --to 2026-11-19');
  let window: { from?: IsoDate; to?: IsoDate } = {};
  if (o.from !== undefined) {
    const from = parseDateOption(o.from, '--from');
    const to = parseDateOption(o.to!, '--to');
    if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    if (to > today) throw new UsageError(`--to ${to} is after today (${today})`, 'a disruption is time that has already passed');
    window = { from, to };
  }
  const modes = [o.from !== undefined, o.injury !== undefined, o.clearInjury !== undefined].filter(Boolean).length;
  if (modes > 1) throw new UsageError('give one of --from/--to, --injury or --clear-injury');
  if (o.injury !== undefined && !o.pillar)
    throw new UsageError('--injury needs --pillar', `the type or session to rest: ${TRAINING_TYPES.join(', ')}, or a session name`);
  if (o.pillar !== undefined && o.injury === undefined) throw new UsageError('--pillar goes with --injury SITE');
  for (const site of [o.injury, o.clearInjury]) {
    if (site !== undefined && !SITE.test(site))
      throw new UsageError(`injury site "${site}" is not accepted`, 'use a short lower-case name such as shin or left_knee');
  }
  return { ...window, injury: o.injury, pillar: o.pillar, clearInjury: o.clearInjury, yes: Boolean(o.yes) };
}

/** What the repair is for: the same disruption (or injury) is one proposal while it waits. */
function proposalKey(p: Pick<RepairProposal, 'kind' | 'disruption' | 'layer'>): string {
  // An injury is its site (and, for a pivot, the pillar rested): another pillar is another proposal.
  const site = p.layer?.kind === 'pivot' ? `${p.layer.site}:${p.layer.pillar}` : p.layer?.kind === 'unpivot' ? p.layer.site : '';
  return [p.kind === 'pivot' || p.kind === 'unpivot' ? p.kind : 'disruption', p.disruption?.from ?? '', p.disruption?.to ?? '', site].join('|');
}

/** A waiting proposal still shows the schedule as it is (nothing applied since changed its days). */
function stillCurrent(body: RepairProposal, schedule: LayeredSchedule): boolean {
  return body.changes.every((c) => JSON.stringify(schedule.day(c.date).planned) === JSON.stringify(c.before));
}

/** A proposal that changes no day and no goal is not stored (SPEC §4 repair v1.1): it says so. */
function nothingToChange(p: RepairProposal): RepairProposal {
  if (p.kind === 'none') return p;
  const message =
    p.kind === 'pivot' || p.kind === 'unpivot'
      ? 'There is nothing to change: no session in the next four weeks would be different, so nothing was stored.'
      : 'There is nothing to change: the days from today on already fit the time away, so nothing was stored. The plan carries on as it is.';
  return { ...p, message };
}

function decide(ctx: Context, o: RepairOptions, state: AthleteState, input: RepairInput): RepairProposal {
  const layers = input.schedule.layers;
  if (o.injury !== undefined) {
    const pillar = o.pillar!;
    if (!isTrainingType(pillar) && !state.plan.sessions[pillar]) {
      throw new UsageError(
        `--pillar "${pillar}" is not a type or a session of ${state.plan.id}`,
        // A session may share its type's name (gentle-foundations' `strength`): name each once.
        `use one of ${[...new Set([...TRAINING_TYPES, ...Object.keys(state.plan.sessions)])].join(', ')}`,
      );
    }
    if (activePivots(layers, ctx.today).some((p) => p.site === o.injury))
      throw new UsageError(`an injury pivot for ${o.injury} is already in place`, `clear it with --clear-injury ${o.injury}`);
    return proposePivot(input, o.injury, pillar);
  }
  if (o.clearInjury !== undefined) {
    if (!activePivots(layers, ctx.today).some((p) => p.site === o.clearInjury)) {
      throw new UsageError(`there is no active injury pivot for ${o.clearInjury}`, 'see `regimen repair list`');
    }
    return proposeUnpivot(input, o.clearInjury);
  }
  const disruption = o.from !== undefined ? disruptionOf(o.from, o.to!) : inferDisruption(input.history, ctx.today);
  return proposeDisruptionRepair(input, disruption);
}

export async function runRepair(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const o = repairOptions(raw, ctx.today);
  const result = await withJournal(ctx, { create: false }, async (db) => {
    const state = await loadAthleteState(db, ctx);
    // Decided inside the write transaction from the repairs applied by then, so parallel
    // runs give what running them one after another would: one proposal, never a second ramp.
    return writeTransaction(db, () => {
      const { layers, goalChange } = layersOf(db, state.athlete.id, state.assignment.plan_id);
      const schedule = new LayeredSchedule(state.resolver.base, layers);
      const yesterday = addDays(ctx.today, -1);
      const history =
        yesterday >= schedule.startMonday ? readHistoryDays(db, state.athlete.id, { ...state, resolver: schedule }, schedule.startMonday, yesterday) : [];
      const input: RepairInput = { schedule, history, today: ctx.today, goalDowngraded: Boolean(goalChange) };
      const proposal = decide(ctx, o, state, input);
      if (!proposal.changes.length && !proposal.honesty.triggered) return { athlete: state.athlete.id, proposal: nothingToChange(proposal), row: null };
      const key = proposalKey(proposal);
      const waiting = pendingProposals(db, state.athlete.id, FAMILY_KINDS.repair)
        .map((row) => ({ row, body: repairProposalBody(row) }))
        .find((p) => proposalKey(p.body) === key && stillCurrent(p.body, schedule) && p.body.changes.every((c) => c.date >= ctx.today));
      if (waiting) {
        if (o.yes) applyRow(db, ctx, 'repair', waiting.row);
        return { athlete: state.athlete.id, proposal: waiting.body, row: getProposal(db, waiting.row.id)! };
      }
      // Kept with the plan it repairs: another plan of the athlete's is not changed by it.
      const body = { ...proposal, plan: state.assignment.plan_id };
      const row = storeProposalRow(db, ctx, 'repair', { athlete: state.athlete.id, kind: proposal.kind, body, apply: Boolean(o.yes) });
      return { athlete: state.athlete.id, proposal, row };
    });
  });
  const { proposal, row } = result;
  const json = {
    athlete: result.athlete,
    kind: proposal.kind,
    disruption: proposal.disruption,
    honesty: proposal.honesty,
    // Nothing stored: a repair kind answers with no id and no changes; `none` has no proposal at all.
    proposal: row ? { id: row.id, status: row.status, changes: proposal.changes } : proposal.kind === 'none' ? null : { id: null, status: null, changes: [] },
    reasons: proposal.reasons,
    message: proposal.message,
  };
  if (ctx.options.json) printJson(ctx, json);
  else
    ctx.out(
      renderProposal(
        {
          family: 'repair',
          id: row?.id ?? null,
          status: row?.status ?? null,
          kind: proposal.kind,
          changes: proposal.changes,
          reasons: proposal.reasons,
          message: proposal.message,
        },
        ctx.theme,
      ),
    );
  return 0;
}

export const runRepairApply = (ctx: Context, [id]: unknown[]) => runApply(ctx, 'repair', id);
export const runRepairReject = (ctx: Context, [id]: unknown[], raw: Record<string, unknown>) => runReject(ctx, 'repair', id, rejectOptions(raw).reason);
export const runRepairList = (ctx: Context) => runList(ctx, 'repair');
