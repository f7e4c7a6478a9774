// `regimen audit` (SPEC §4): the append-only trail of changes, oldest first.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { getAthlete } from '../io/journal/athletes.js';
import { listAudit } from '../io/journal/audit.js';
import { verifyAudit } from '../io/journal/audit-chain.js';
import { UsageError } from '../errors.js';
import { withJournal } from '../io/with-journal.js';

/** `audit --verify` (SPEC §3 v1.1): `ok` with the number of events (exit 0), or the first event that does not match (exit 1). */
async function runVerify(ctx: Context): Promise<number> {
  const verdict = await withJournal(ctx, { readOnly: true }, (db) => verifyAudit(db));
  if (ctx.options.json) printJson(ctx, verdict);
  else if (verdict.ok) ctx.out(`ok ${verdict.events} event${verdict.events === 1 ? '' : 's'}: the hash chain and the append-only guards are intact`);
  else ctx.out(['The audit trail does not verify:', ...verdict.problems.map((p) => `  ${p}`)].join('\n'));
  return verdict.ok ? 0 : 1;
}

export async function runAudit(ctx: Context, _args: unknown[] = [], options: Record<string, unknown> = {}): Promise<number> {
  if (options.verify) return runVerify(ctx);
  const athlete = ctx.options.athlete ?? ctx.env.REGIMEN_ATHLETE;
  const events = await withJournal(ctx, { readOnly: true }, (db) => {
    if (athlete && !getAthlete(db, athlete)) throw new UsageError(`unknown athlete "${athlete}"`);
    return listAudit(db, athlete).map((r) => ({ id: r.id, time: r.at, athlete: r.athlete_id, action: r.action, actor: r.actor, details: JSON.parse(r.details) as unknown, hash: r.hash }));
  });
  if (ctx.options.json) printJson(ctx, { events });
  else if (!events.length) ctx.out('The audit trail is empty.');
  else {
    for (const e of events) {
      const details = JSON.stringify(e.details);
      ctx.out(`${e.time.slice(0, 19).replace('T', ' ')}  ${(e.athlete ?? '—').padEnd(10)} ${e.action.padEnd(22)} ${e.actor.padEnd(10)} ${ctx.theme.dim(details.length > 100 ? `${details.slice(0, 99)}…` : details)}`);
    }
  }
  return 0;
}
