// The coach's overview as text: aligned columns, those who may need attention first
// and marked, then why. The plan is named once when everyone shares it.
import type { OverviewRow } from '../core/engine/overview.js';
import { renderColumns } from './columns.js';
import { paintStatus } from './status.js';
import type { Theme } from './theme.js';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const DECISION: Record<string, string> = { progress: 'progress', hold: 'hold', step_down: 'step down' };

export function renderOverview(rows: OverviewRow[], t: Theme): string {
  const plans = new Set(rows.map((a) => a.plan));
  const onePlan = plans.size === 1 ? [...plans][0] : undefined;
  const head = ['', 'athlete', 'status', ...(onePlan === undefined ? ['plan'] : []), 'stage', 'done 14d', 'last log', 'today', 'red/stop 7d', 'last review'];
  const body = rows.map((a) => [
    a.attention ? t.yellow('!') : '',
    a.name === a.id ? a.id : `${a.id} (${a.name})`,
    a.status,
    ...(onePlan === undefined ? [a.plan ?? '—'] : []),
    a.stage ?? '—',
    pct(a.completion_14d),
    a.days_since_log === null ? 'never' : a.days_since_log === 0 ? 'today' : `${a.days_since_log}d ago`,
    paintStatus(a.today_status, t, a.today_status === 'unknown' ? 'no check-in' : a.today_status),
    `${a.red_days_7d}/${a.stop_days_7d}`,
    a.last_review ? `${DECISION[a.last_review.decision]} (${a.last_review.week})` : '—',
  ]);
  const lines: string[] = [];
  if (onePlan) lines.push(t.dim(`All on ${onePlan}.`), '');
  lines.push(renderColumns(head, body, t));
  const attention = rows.filter((a) => a.attention);
  if (attention.length) {
    lines.push('', t.bold(`May need attention (${attention.length}):`));
    for (const a of attention) lines.push(`  ${a.id}: ${a.reasons.join('; ')}`);
  }
  return lines.join('\n');
}
