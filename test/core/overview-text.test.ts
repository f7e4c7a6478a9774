// `athlete list` as text (SPEC §4 v1.1: the coach's overview; wrapping to the width,
// 80 columns off a terminal): a coach with athletes on different plans and statuses
// gets a table whose rows each stay on one line, lined up under the header.
import { describe, expect, it } from 'vitest';
import type { OverviewRow } from '../../src/core/engine/overview.js';
import { visibleWidth } from '../../src/render/columns.js';
import { renderOverview } from '../../src/render/overview.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { wrapText } from '../../src/render/wrap.js';

const row = (id: string, name: string, status: string, plan: string, stage: string, extra: Partial<OverviewRow> = {}): OverviewRow => ({
  id,
  name,
  status,
  plan,
  stage,
  last_activity: '2026-11-30',
  completion_14d: 1,
  days_since_log: 1,
  today_status: 'green',
  red_days_7d: 0,
  stop_days_7d: 0,
  last_review: { week: '2026-W48', decision: 'hold' },
  attention: false,
  reasons: [],
  ...extra,
});

const COACH: OverviewRow[] = [
  row('ben', 'Ben Okafor', 'active', 'couch-to-5k', 'WEEK_1', {
    attention: true,
    reasons: ['stepped down at the last review (2026-W48)'],
    last_review: { week: '2026-W48', decision: 'step_down' },
    days_since_log: 11,
  }),
  row('ana', 'Ana Ruiz', 'active', 'gentle-foundations', 'BUILD_1'),
  row('dev', 'Dev Patel', 'active', 'marathon-novice', 'MARATHON'),
  row('eli', 'Eli Stone', 'inactive', 'gentle-foundations', 'FOUNDATIONS', { days_since_log: null, completion_14d: null, last_review: null }),
  row('fay', 'Fay Wu', 'archived', 'couch-to-5k', 'WEEK_1', { days_since_log: null, completion_14d: null, last_review: null }),
];

describe('athlete list text on mixed plans and statuses', () => {
  for (const width of [80, 100]) {
    it(`fits ${width} columns: one line per athlete, nothing wrapped, every plan still named`, () => {
      const text = renderOverview(COACH, PLAIN_THEME, width);
      const lines = text.split('\n');
      const head = lines.findIndex((l) => /^\s+athlete\s/.test(l));
      const table = lines.slice(head + 1, head + 1 + COACH.length);
      for (const line of [lines[head]!, ...table]) expect(wrapText(line, width)).toBe(line);
      expect(table.map((l) => l.trim().replace(/^!\s+/, '').split(/\s+/)[0])).toEqual(['ben', 'ana', 'dev', 'eli', 'fay']);
      expect(Math.max(...[lines[head]!, ...table].map((l) => visibleWidth(l)))).toBeLessThanOrEqual(width);
      for (const plan of ['couch-to-5k', 'gentle-foundations', 'marathon-novice']) expect(text).toContain(plan);
      // The review column lines up under its header on every row.
      const at = lines[head]!.indexOf('review');
      expect(table.map((l) => l.slice(at).split(/\s{2,}/)[0])).toEqual(['step down W48', 'hold W48', 'hold W48', '—', '—']);
    });
  }

  it('keeps the names and the plan column when the width allows', () => {
    const text = renderOverview(COACH, PLAIN_THEME, 140);
    expect(text).toMatch(/ben \(Ben Okafor\)\s+active\s+couch-to-5k\s+WEEK_1/);
  });
});
