// `regimen event add TYPE` (SPEC §4): treatment changes, illness, travel, injuries.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { UsageError } from '../errors.js';
import { resolveAthlete } from '../io/athlete-state.js';
import { insertEvent } from '../io/journal/daily.js';
import { writeTransaction } from '../io/journal/open.js';
import { refuseFutureDate } from '../io/record-dates.js';
import { withJournal } from '../io/with-journal.js';

const PLAIN_TYPES = ['treatment_change', 'illness', 'travel'] as const;

export function parseEventType(raw: string): { type: string; site: string | null } {
  const text = raw.trim().toLowerCase();
  if ((PLAIN_TYPES as readonly string[]).includes(text)) return { type: text, site: null };
  const injury = /^injury:([a-z][a-z0-9_-]{0,39})$/.exec(text);
  if (injury) return { type: 'injury', site: injury[1]! };
  throw new UsageError(`event type "${raw}" is not accepted`, 'use treatment_change, illness, travel, or injury:SITE (e.g. injury:shin)');
}

export async function runEventAdd(ctx: Context, [rawType]: unknown[], options: Record<string, unknown>): Promise<number> {
  const { type, site } = parseEventType(rawType as string);
  refuseFutureDate(ctx, 'an event');
  const result = await withJournal(ctx, { create: false }, (db) =>
    writeTransaction(db, () => {
      const athlete = resolveAthlete(db, ctx);
      const id = insertEvent(db, { athlete: athlete.id, date: ctx.today, type, site, note: (options.note as string | undefined) ?? null });
      return { id, athlete: athlete.id, date: ctx.today, type, site, note: (options.note as string | undefined) ?? null };
    }),
  );
  if (ctx.options.json) printJson(ctx, { event: result });
  else ctx.out(`Noted ${type === 'injury' ? `an injury (${site})` : type.replace('_', ' ')} on ${result.date}. Reviews and repairs will take it into account.`);
  return 0;
}
