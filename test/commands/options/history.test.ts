// `history`'s raw commander values → typed options, or the exact usage line (exit 2).
import { describe, expect, it } from 'vitest';
import { historyOptions } from '../../../src/commands/history.js';
import { outcome } from './usage.js';

const TODAY = '2026-11-11';
const VIEWS = { compare: false, days: false, chart: false };

describe('historyOptions', () => {
  it.each([
    [{}, { from: '2026-10-19', to: TODAY, ...VIEWS }],
    [{ weeks: '1' }, { from: '2026-11-09', to: TODAY, ...VIEWS }],
    [
      { from: '2026-11-01', to: '2026-11-05', compare: true, days: true, chart: true },
      { from: '2026-11-01', to: '2026-11-05', compare: true, days: true, chart: true },
    ],
    [{ weeks: '2', from: '2026-11-01' }, { usage: 'give either --from or --weeks, not both' }],
    [
      { to: '2026-13-01' },
      { usage: '--to "2026-13-01" is not a calendar date', hint: 'use a calendar date YYYY-MM-DD from 1900-01-01 to 2999-12-31, e.g. --to 2026-11-23' },
    ],
    [{ weeks: '0' }, { usage: '--weeks "0" is not accepted', hint: 'use a whole number from 1 to 520 in digits only, e.g. --weeks 5' }],
    [{ weeks: '2.5' }, { usage: '--weeks "2.5" is not accepted', hint: 'use a whole number from 1 to 520 in digits only, e.g. --weeks 5' }],
    [
      { from: 'yesterday' },
      { usage: '--from "yesterday" is not a calendar date', hint: 'use a calendar date YYYY-MM-DD from 1900-01-01 to 2999-12-31, e.g. --from 2026-11-23' },
    ],
    [{ from: '2026-11-10', to: '2026-11-01' }, { usage: '--from 2026-11-10 is after --to 2026-11-01' }],
    [{ from: '2010-01-01' }, { usage: 'the range is longer than ten years', hint: 'ask for a shorter range' }],
  ])('%j → %j', (raw, expected) => {
    expect(outcome(() => historyOptions(raw, TODAY))).toEqual(expected);
  });
});
