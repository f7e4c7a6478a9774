// `audit --action PREFIX --from --to` (SPEC §4): which events a listing keeps.
// PREFIX matches whole dot-separated parts: `repair` keeps `repair.proposed` and
// `repair.applied` but not a hypothetical `repairs.x`; `repair.applied` keeps only that.
import type { IsoDate } from './dates.js';

export interface AuditFilter {
  action?: string;
  from?: IsoDate;
  to?: IsoDate;
}

export function actionMatches(action: string, prefix: string): boolean {
  const p = prefix.replace(/\.+$/, '');
  return action === p || action.startsWith(`${p}.`);
}

/** `time` is the event's ISO timestamp; its date part is compared with the bounds. */
export function keepEvent(e: { action: string; time: string }, f: AuditFilter): boolean {
  const day = e.time.slice(0, 10);
  if (f.action !== undefined && !actionMatches(e.action, f.action)) return false;
  if (f.from !== undefined && day < f.from) return false;
  if (f.to !== undefined && day > f.to) return false;
  return true;
}
