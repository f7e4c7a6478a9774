// `regimen event add TYPE` (SPEC §4): treatment changes, illness, travel, injuries.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { UsageError } from '../errors.js';
import { resolveAthlete } from '../io/athlete-state.js';
import { eventsBetween, insertEvent, type EventRow } from '../io/journal/daily.js';
import { addDays, type IsoDate } from '../core/dates.js';
import { eventSpelling } from '../core/engine/history-days.js';
import { eventWords } from '../render/event.js';
import { parseDateOption } from '../io/clock.js';
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

export interface EventAddOptions {
  type: EventRow['type'];
  site: string | null;
  note: string | null;
}

/** Commander's raw values (TYPE and --note) → a checked event, refused for a future date. */
export function eventAddOptions([rawType]: unknown[], raw: Record<string, unknown>, ctx: Pick<Context, 'today' | 'clockToday'>): EventAddOptions {
  const { type, site } = parseEventType(rawType as string);
  refuseFutureDate(ctx, 'an event');
  return { type, site, note: (raw.note as string | undefined) ?? null };
}

export async function runEventAdd(ctx: Context, args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const { type, site, note } = eventAddOptions(args, raw, ctx);
  const result = await withJournal(ctx, { create: false }, (db) =>
    writeTransaction(db, () => {
      const athlete = resolveAthlete(db, ctx);
      const id = insertEvent(db, { athlete: athlete.id, date: ctx.today, type, site, note });
      return { id, athlete: athlete.id, date: ctx.today, type, site, note };
    }),
  );
  if (ctx.options.json) printJson(ctx, { event: result });
  else ctx.out(`Noted ${type === 'injury' ? `an injury (${site})` : type.replace('_', ' ')} on ${result.date}. Reviews and repairs will take it into account.`);
  return 0;
}

/** SPEC §4: `event list` looks back 8 weeks unless told otherwise. */
const LIST_DAYS = 8 * 7;

/** An event as the user wrote its type: `injury:shin`, `treatment_change`. */
function eventJson(e: EventRow): { date: string; type: string; site: string | null; note: string | null } {
  return { date: e.date, type: eventSpelling(e.type, e.site), site: e.site, note: e.note };
}

/** Commander's raw values → the listed range (SPEC §4: eight weeks up to --to or today). */
export function eventListOptions(raw: Record<string, unknown>, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const to = raw.to !== undefined ? parseDateOption(raw.to as string, '--to') : today;
  const from = raw.from !== undefined ? parseDateOption(raw.from as string, '--from') : addDays(to, -(LIST_DAYS - 1));
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  return { from, to };
}

export async function runEventList(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const { from, to } = eventListOptions(raw, ctx.today);
  const result = await withJournal(ctx, { readOnly: true }, (db) => {
    const athlete = resolveAthlete(db, ctx);
    return { athlete: athlete.id, from, to, events: eventsBetween(db, athlete.id, from, to).map(eventJson) };
  });
  if (ctx.options.json) {
    printJson(ctx, result);
    return 0;
  }
  if (!result.events.length) {
    ctx.out(`No events from ${from} to ${to}. Add one with \`regimen event add TYPE\` (treatment_change, illness, travel, injury:SITE).`);
    return 0;
  }
  const lines = [ctx.theme.bold(`Events ${from} – ${to}`)];
  for (const e of result.events) lines.push(`  ${e.date}  ${eventWords(e)}${e.note ? ` — ${e.note}` : ''}`);
  ctx.out(lines.join('\n'));
  return 0;
}
