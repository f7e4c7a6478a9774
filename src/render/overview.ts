// The coach's overview as text: aligned columns, those who may need attention first
// and marked, then why. What everyone shares (plan, status) is said once above the
// table, so that a row fits in 80 columns. When the rows still do not fit the width,
// the names go (the id is what commands take) and then the plans move under the
// table, and then the columns close up: a table row is never wrapped onto a second line, where its cells would no
// longer line up with the header.
import type { OverviewRow } from '../core/engine/overview.js';
import { renderColumns, visibleWidth } from './columns.js';
import { paintStatus } from './status.js';
import type { Theme } from './theme.js';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const DECISION: Record<string, string> = { progress: 'progress', hold: 'hold', step_down: 'step down' };

function shared<T>(rows: OverviewRow[], f: (r: OverviewRow) => T): T | undefined {
  const values = new Set(rows.map(f));
  return values.size === 1 ? [...values][0] : undefined;
}

interface Layout {
  names: boolean;
  planColumn: boolean;
  gap: number;
}
const LAYOUTS: Layout[] = [
  { names: true, planColumn: true, gap: 2 },
  { names: false, planColumn: true, gap: 2 },
  { names: false, planColumn: false, gap: 2 },
  { names: false, planColumn: false, gap: 1 },
];

/** `width`: the columns the text is wrapped to (io/terminal-width.ts). */
export function renderOverview(rows: OverviewRow[], t: Theme, width = 80): string {
  const plan = shared(rows, (a) => a.plan);
  const status = shared(rows, (a) => a.status);
  const thisYear = rows.map((a) => a.last_review?.week.slice(0, 4)).find(Boolean);
  const tables = LAYOUTS.map((layout) => ({ layout, text: table(rows, t, layout, { plan, status, thisYear }) }));
  const { layout, text } = tables.find((x) => Math.max(...x.text.split('\n').map((l) => visibleWidth(l, t.marker))) <= width) ?? tables[tables.length - 1]!;
  const said = [status && `all ${status}`, plan && `on ${plan}`].filter(Boolean).join(', ');
  const lines: string[] = [];
  if (said) lines.push(t.dim(`${rows.length} athlete${rows.length === 1 ? '' : 's'}, ${said}.`));
  lines.push(
    t.dim('done 14d: planned sessions done in the last 14 days · review: the last decision'),
    t.dim('red/stop: red and stop days in the last 7 · today: its check-in (— if none yet)'),
    '',
  );
  lines.push(text);
  if (plan === undefined && !layout.planColumn) {
    const byPlan = new Map<string, string[]>();
    for (const a of rows) byPlan.set(a.plan ?? '—', [...(byPlan.get(a.plan ?? '—') ?? []), a.id]);
    lines.push('', `Plans: ${[...byPlan].map(([p, ids]) => `${p} (${ids.join(', ')})`).join('; ')}.`);
  }
  const attention = rows.filter((a) => a.attention);
  if (attention.length) {
    lines.push('', t.bold(`May need attention (${attention.length}):`));
    for (const a of attention) lines.push(`  ${a.id}: ${a.reasons.join('; ')}`);
  }
  return lines.join('\n');
}

function table(rows: OverviewRow[], t: Theme, layout: Layout, all: { plan?: string | null; status?: string; thisYear?: string }): string {
  const { plan, status, thisYear } = all;
  const planColumn = plan === undefined && layout.planColumn;
  const head = [
    '',
    'athlete',
    ...(status === undefined ? ['status'] : []),
    ...(planColumn ? ['plan'] : []),
    'stage',
    'done 14d',
    'last log',
    'today',
    'red/stop',
    'review',
  ];
  const body = rows.map((a) => [
    a.attention ? t.yellow('!') : '',
    a.name === a.id || !layout.names ? a.id : `${a.id} (${a.name})`,
    ...(status === undefined ? [a.status] : []),
    ...(planColumn ? [a.plan ?? '—'] : []),
    a.stage ?? '—',
    pct(a.completion_14d),
    a.days_since_log === null ? 'never' : a.days_since_log === 0 ? 'today' : `${a.days_since_log}d ago`,
    a.today_status === 'unknown' ? t.dim('—') : paintStatus(a.today_status, t),
    `${a.red_days_7d}/${a.stop_days_7d}`,
    // The week without its year when it is this year's (the full label is in --json).
    a.last_review
      ? `${DECISION[a.last_review.decision]} ${a.last_review.week.startsWith(`${thisYear}-`) ? a.last_review.week.slice(5) : a.last_review.week}`
      : '—',
  ]);
  return renderColumns(head, body, t, layout.gap);
}
