// `regimen init` (SPEC §4): create the journal if needed and an active athlete,
// on a plan from a start date, or without a plan for free logging.
import type { Context } from '../context.js';
import type { IsoDate } from '../core/dates.js';
import { printJson } from '../context.js';
import { UsageError } from '../errors.js';
import { assignPlan } from '../io/assign.js';
import { clockTimestamp, parseDateOption } from '../io/clock.js';
import { actorName, appendAudit } from '../io/journal/audit.js';
import { getAthlete, insertAthlete } from '../io/journal/athletes.js';
import { writeTransaction } from '../io/journal/open.js';
import { requirePlan } from '../io/require-plan.js';
import { athleteId } from '../io/validate-input.js';
import { withJournal } from '../io/with-journal.js';

export interface InitOptions {
  id: string;
  name: string;
  start: IsoDate;
  plan?: string;
}

/** Commander's raw values → the athlete to create (the id from --athlete, $REGIMEN_ATHLETE or "me"). */
export function initOptions(raw: Record<string, unknown>, given: { athlete?: string; today: IsoDate }): InitOptions {
  const id = athleteId(given.athlete ?? 'me');
  const name = (raw.name as string | undefined) ?? id;
  const start = raw.start ? parseDateOption(raw.start as string, '--start') : given.today;
  return { id, name, start, plan: raw.plan ? (raw.plan as string) : undefined };
}

export async function runInit(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const options = initOptions(raw, { athlete: ctx.options.athlete ?? ctx.env.REGIMEN_ATHLETE, today: ctx.today });
  const { id, name, start } = options;
  // Read and validate everything before the journal is created or touched.
  const loaded = options.plan ? await requirePlan(options.plan) : undefined;
  const result = await withJournal(ctx, { create: true }, (db, path) =>
    writeTransaction(db, () => {
      if (getAthlete(db, id))
        throw new UsageError(`athlete "${id}" already exists in ${path}`, 'choose another id with --athlete, or use `regimen plan use FILE` to change plans');
      insertAthlete(db, { id, name, status: 'active' });
      appendAudit(db, {
        athlete: id,
        action: 'athlete.status_changed',
        actor: actorName(ctx.env),
        details: { from: null, to: 'active', name },
        at: clockTimestamp(ctx.today),
      });
      const assigned = loaded ? assignPlan(db, ctx, { athlete: id, file: options.plan!, loaded, status: 'active', start }) : null;
      return { journal: path, athlete: id, name, status: 'active', plan: assigned?.plan ?? null, start: assigned ? start : null };
    }),
  );
  if (ctx.options.json) printJson(ctx, result);
  else {
    ctx.out(`Journal ready at ${result.journal}.`);
    ctx.out(
      result.plan
        ? `${result.name} starts ${result.plan} on ${result.start}. Next: \`regimen checkin\`, then \`regimen today\`.`
        : `${result.name} has no plan yet: log what you do with \`regimen log --type aerobic --minutes 20\` and \`regimen detect\` will offer a plan from it, or pick one with \`regimen plan use plans/gentle-foundations.yaml\`.`,
    );
  }
  return 0;
}
