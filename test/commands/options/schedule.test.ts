// `schedule`'s raw commander values → typed options, or the exact usage line (exit 2).
import { describe, expect, it } from 'vitest';
import { scheduleOptions } from '../../../src/commands/schedule.js';
import { planOf } from '../../helpers/plan.js';
import { outcome } from './usage.js';

const TODAY = '2026-11-11';
const PLAN = planOf();
const NO_PREVIEW = { start: TODAY, stage: undefined };

describe('scheduleOptions', () => {
  it.each([
    [{}, undefined, { from: '2026-11-09', to: '2026-11-22', ...NO_PREVIEW }],
    [{ weeks: '1' }, undefined, { from: '2026-11-09', to: '2026-11-15', ...NO_PREVIEW }],
    [{ from: '2026-11-11', to: '2026-11-12' }, undefined, { from: '2026-11-11', to: '2026-11-12', ...NO_PREVIEW }],
    [{ start: '2026-11-02', stage: 'ONE' }, PLAN, { from: '2026-11-09', to: '2026-11-22', start: '2026-11-02', stage: 'ONE' }],
    [
      { start: '2026-11-02' },
      undefined,
      { usage: '--start and --stage are for previewing a plan file', hint: 'add --plan FILE, or drop them to see your own schedule' },
    ],
    [{ stage: 'TWO' }, PLAN, { usage: '--stage "TWO" is not a stage of plan test-plan', hint: 'stages: ONE' }],
    [
      { start: '2026-02-30' },
      PLAN,
      { usage: '--start "2026-02-30" is not a calendar date', hint: 'use a calendar date YYYY-MM-DD from 1900-01-01 to 2999-12-31, e.g. --start 2026-11-23' },
    ],
    [{ weeks: '157' }, undefined, { usage: '--weeks "157" is not accepted', hint: 'use a whole number from 1 to 156 in digits only, e.g. --weeks 5' }],
    [{ from: '2026-11-12', to: '2026-11-11' }, undefined, { usage: '--to 2026-11-11 is before --from 2026-11-12' }],
    [{ from: '2026-01-01', to: '2029-12-31' }, undefined, { usage: 'the range 2026-01-01..2029-12-31 is too long', hint: 'ask for at most 1098 days' }],
    // The plan's own stage problem comes before the range's, as before.
    [{ stage: 'TWO', weeks: '0' }, PLAN, { usage: '--stage "TWO" is not a stage of plan test-plan', hint: 'stages: ONE' }],
  ])('%j (plan %#) → %j', (raw, plan, expected) => {
    expect(outcome(() => scheduleOptions(raw, TODAY, plan))).toEqual(expected);
  });
});
