// Audit events as text (SPEC §4 v1.1): one line each — time, athlete, action, actor
// and a one-line summary in words of what changed. JSON keeps the full details; this
// is only how a person reads them.
import type { Theme } from './theme.js';

export interface AuditEvent {
  id: number;
  time: string;
  athlete: string | null;
  action: string;
  actor: string;
  details: unknown;
}

type Details = Record<string, unknown>;
const str = (x: unknown) => (x === null || x === undefined ? '—' : String(x));
const days = (n: unknown) => `${str(n)} day${n === 1 ? '' : 's'}`;
const KIND: Record<string, string> = {
  none: 'no change',
  slide: 'slide',
  strategic_repair: 'strategic repair',
  pivot: 'injury pivot',
  unpivot: 'end of an injury pivot',
  adjust: 'adjustment',
};

function actionsText(body: unknown): string {
  const actions = (body as { actions?: { action: string; date?: string; dates?: string[]; by?: number; session?: string }[] } | undefined)?.actions;
  if (!actions?.length) return '';
  const one = (a: (typeof actions)[number]) =>
    a.action === 'swap'
      ? `swap ${a.dates?.join(' ↔ ')}`
      : a.action === 'load'
        ? `load ${a.date} by ${a.by}%`
        : a.action === 'replace'
          ? `replace ${a.date} with ${a.session}`
          : `${a.action} ${a.date}`;
  return `: ${actions.map(one).join(', ')}`;
}

const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** An import in words: what was added, and from which files ("2 sessions added for me (a.fit, b.fit)"). */
function importText(d: Details): string {
  const added = (d.added ?? {}) as Details;
  const athletes = list(added.athletes).map(str);
  const sessions = list(added.sessions).length;
  const files = list(d.files).map((f) =>
    str((f as Details | null)?.file)
      .split('/')
      .pop(),
  );
  const parts: string[] = [];
  if (athletes.length) parts.push(`${count(athletes.length, 'athlete')} added: ${athletes.join(', ')}`);
  if (sessions) parts.push(`${count(sessions, 'session')} added${d.athlete ? ` for ${str(d.athlete)}` : ''}`);
  if (list(d.replaced).length) parts.push(`${list(d.replaced).length} replaced`);
  const left = list(d.already_present).length + list(d.skipped).length;
  if (left) parts.push(`${count(left, 'day')} already logged, left as ${left === 1 ? 'it was' : 'they were'}`);
  if (!parts.length) parts.push('nothing added');
  return `${parts.join(', ')}${files.length ? ` (${files.join(', ')})` : ''}`;
}

/** A one-line summary of what an event changed, in words. */
export function auditSummary(action: string, raw: unknown): string {
  const d = (raw ?? {}) as Details;
  switch (action) {
    case 'stage.changed':
      return `stage ${str(d.from)} → ${str(d.to)} (review ${str(d.week)}${d.effective ? `, from ${str(d.effective)}` : ''})`;
    case 'athlete.status_changed':
      if (d.from === null || d.from === undefined) return `added as ${str(d.to)}${d.name ? ` (${str(d.name)})` : ''}`;
      return `status ${str(d.from)} → ${str(d.to)}${d.plan ? `; ${str(d.plan)} starts ${str(d.start)}` : ''}`;
    case 'plan.assigned': {
      const how = { assigned: 'assigned', resumed: 'resumed', restarted: 'restarted', unchanged: 'kept' }[str(d.outcome)] ?? str(d.outcome);
      return `plan ${str(d.plan)} ${how}${d.status === 'draft' ? ' as a draft' : ''}, from ${str(d.start)}${d.previous ? ` (was ${str(d.previous)})` : ''}`;
    }
    case 'goal.changed':
      return `goal "${str(d.from)}" → "${str(d.to)}" (proposal #${str(d.proposal)})`;
    case 'import.applied':
      return importText(d);
  }
  const family = action.split('.')[0];
  const verb = action.split('.')[1];
  if ((family === 'repair' || family === 'adjust') && verb) {
    const what = `${KIND[str(d.kind)] ?? str(d.kind)}, ${days(d.changes)}`;
    if (verb === 'proposed') return `proposal #${str(d.proposal)}: ${what}${actionsText(d.body)}`;
    if (verb === 'applied') return `applied proposal #${str(d.proposal)} (${what})`;
    if (verb === 'rejected') return `rejected proposal #${str(d.proposal)} (${what})${d.reason ? `: ${str(d.reason)}` : ''}`;
  }
  // An action this version does not know: its plain values, briefly.
  return Object.entries(d)
    .filter(([, v]) => v === null || typeof v !== 'object')
    .map(([k, v]) => `${k} ${str(v)}`)
    .join(', ');
}

export function renderAuditLines(events: AuditEvent[], t: Theme): string[] {
  const width = (f: (e: AuditEvent) => string) => Math.max(...events.map((e) => f(e).length));
  const athleteW = width((e) => e.athlete ?? '—');
  const actionW = width((e) => e.action);
  const actorW = width((e) => e.actor);
  return events.map(
    (e) =>
      `${t.dim(e.time.slice(0, 16).replace('T', ' '))}  ${(e.athlete ?? '—').padEnd(athleteW)}  ${e.action.padEnd(actionW)}  ${e.actor.padEnd(actorW)}  ${auditSummary(e.action, e.details)}`,
  );
}
