// SPEC §1: records are refused for dates after the clock's today.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

export function refuseFutureDate(ctx: Pick<Context, 'today' | 'clockToday'>, what: string): void {
  if (ctx.today > ctx.clockToday)
    throw new UsageError(`cannot record ${what} for ${ctx.today}: it is after today (${ctx.clockToday})`, 'records are for today or earlier');
}
