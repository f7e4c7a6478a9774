// The canonical form of an audit event (SPEC §3 v1.1 "tamper-evident audit"), the text
// its chained hash is computed over. Pure: the hashing itself lives in io/journal.
//
// Canonical JSON: the object {time, athlete, action, actor, payload} — `time` the
// event's ISO timestamp as stored, `athlete` its id or null, `payload` the event's
// details — serialised with JSON.stringify rules, no whitespace, and the keys of every
// object (payload included, at any depth) in ascending code-unit order. Arrays keep
// their order. So the same event always gives the same bytes, whichever order its
// fields were written in, in this journal or in one it was exported to.
//
// The chain: hash = hex(SHA-256(previous hash + canonical JSON)), where the previous
// hash is that of the athlete's previous event (events of no athlete form their own
// chain) and the first event of a chain uses AUDIT_GENESIS.

export const AUDIT_GENESIS = '0'.repeat(64);

export interface AuditEventFields {
  time: string;
  athlete: string | null;
  action: string;
  actor: string;
  payload: unknown;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function canonicalAuditJson(e: AuditEventFields): string {
  return canonical({ time: e.time, athlete: e.athlete, action: e.action, actor: e.actor, payload: e.payload });
}
