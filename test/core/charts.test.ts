// SPEC §4 (v1.1): small terminal charts, plain numbers when output is not a terminal.
import { describe, expect, it } from 'vitest';
import type { HistoryWeek } from '../../src/core/engine/history.js';
import { completionTrend, historyChart, sparkline } from '../../src/render/charts.js';
import { PLAIN_THEME } from '../../src/render/theme.js';

const week = (w: string, planned: number, done: number, completion: number | null, load: number) =>
  ({
    week: w,
    from: '',
    to: '',
    planned: 3,
    completed: 0,
    completion,
    minutes_planned: planned,
    minutes_done: done,
    avg_rpe: null,
    load,
    days: [],
  }) as HistoryWeek;
const WEEKS = [week('2026-W46', 45, 50, 1, 200), week('2026-W47', 45, 30, 0.67, 120), week('2026-W48', 45, 0, 0, 0)];

describe('sparkline', () => {
  it.each([
    [[0, 0.5, 1], 1, '▁▅█'],
    [[null, 1], 1, ' █'],
    [[0, 0], undefined, '▁▁'],
    [[10, 20, 40], undefined, '▃▅█'],
  ])('%j (max %s) → %s', (values, max, expected) => {
    expect(sparkline(values, max)).toBe(expected);
  });
});

describe('historyChart', () => {
  it('not on a terminal: the same labels with plain numbers', () => {
    expect(historyChart(WEEKS, { tty: false, width: 80, theme: PLAIN_THEME })).toBe(
      ['Minutes per week (planned/done): 45/50 45/30 45/0', 'Completion per week: 100% 67% 0%', 'Load per week (effort × minutes): 200 120 0'].join('\n'),
    );
  });
  it('on a terminal: a plot within the width, and sparklines', () => {
    const text = historyChart(WEEKS, { tty: true, width: 60, theme: PLAIN_THEME });
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(text).toContain('┤');
    expect(text).toContain('Completion per week: █▆▁');
  });
});

describe('completionTrend', () => {
  it('a sparkline on a terminal, percentages otherwise', () => {
    const weeks = WEEKS.map((w) => ({ week: w.week, completion: w.completion }));
    expect(completionTrend(weeks, true)).toBe('Completion, last 3 weeks: █▆▁');
    expect(completionTrend(weeks, false)).toBe('Completion, last 3 weeks: 100% 67% 0%');
  });
});
