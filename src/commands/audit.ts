// `regimen audit` (SPEC §4): the append-only trail of changes, oldest first, one line
// each; `--action PREFIX`, `--from`, `--to` narrow it.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { keepEvent, type AuditFilter } from '../core/audit-filter.js';
import { getAthlete } from '../io/journal/athletes.js';
import { auditDetails, listAudit } from '../io/journal/audit.js';
import { verifyAudit } from '../io/journal/audit-chain.js';
import { UsageError } from '../errors.js';
import { parseDateOption } from '../io/clock.js';
import { withJournal } from '../io/with-journal.js';
import { renderAuditLines } from '../render/audit.js';

/** `audit --verify` (SPEC §3 v1.1): `ok` with the number of events (exit 0), or the first event that does not match (exit 1). */
async function runVerify(ctx: Context): Promise<number> {
  const verdict = await withJournal(ctx, { readOnly: true }, (db) => verifyAudit(db));
  if (ctx.options.json) printJson(ctx, verdict);
  else if (verdict.ok) ctx.out(`ok ${verdict.events} event${verdict.events === 1 ? '' : 's'}: the hash chain and the append-only guards are intact`);
  else ctx.out(['The audit trail does not verify:', ...verdict.problems.map((p) => `  ${p}`)].join('\n'));
  return verdict.ok ? 0 : 1;
}

/** Commander's raw values → the audit filter (`--verify` is read by the run function). */
export function auditOptions(options: Record<string, unknown>): AuditFilter {
  const filter: AuditFilter = {};
  if (options.action !== undefined) {
    const action = String(options.action).trim();
    if (!/^[a-z_]+(\.[a-z_]+)*\.?$/.test(action))
      throw new UsageError(`--action "${String(options.action)}" is not an action name`, 'e.g. --action repair, --action stage.changed');
    filter.action = action;
  }
  if (options.from !== undefined) filter.from = parseDateOption(options.from as string, '--from');
  if (options.to !== undefined) filter.to = parseDateOption(options.to as string, '--to');
  if (filter.from && filter.to && filter.from > filter.to) throw new UsageError(`--from ${filter.from} is after --to ${filter.to}`);
  return filter;
}

export async function runAudit(ctx: Context, _args: unknown[] = [], raw: Record<string, unknown> = {}): Promise<number> {
  if (raw.verify) return runVerify(ctx);
  const athlete = ctx.options.athlete ?? ctx.env.REGIMEN_ATHLETE;
  const filter = auditOptions(raw);
  const events = await withJournal(ctx, { readOnly: true }, (db) => {
    if (athlete && !getAthlete(db, athlete)) throw new UsageError(`unknown athlete "${athlete}"`);
    return listAudit(db, athlete)
      .map((r) => ({ id: r.id, time: r.at, athlete: r.athlete_id, action: r.action, actor: r.actor, details: auditDetails(r), hash: r.hash }))
      .filter((e) => keepEvent(e, filter));
  });
  if (ctx.options.json) printJson(ctx, { events });
  else if (!events.length) ctx.out(filter.action || filter.from || filter.to ? 'No audit events match.' : 'The audit trail is empty.');
  else ctx.out(renderAuditLines(events, ctx.theme).join('\n'));
  return 0;
}
