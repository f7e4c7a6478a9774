// `review`'s raw commander values → typed options, or the exact usage line (exit 2).
import { describe, expect, it } from 'vitest';
import { reviewOptions } from '../../../src/commands/review.js';
import { outcome } from './usage.js';

const TODAY = '2026-11-11'; // a Wednesday in 2026-W46

describe('reviewOptions', () => {
  it.each([
    [{}, undefined, { failOn: undefined, all: false, dryRun: false, week: '2026-W45', sunday: '2026-11-08' }],
    [{ week: '2026-w44', dryRun: true }, undefined, { failOn: undefined, all: false, dryRun: true, week: '2026-W44', sunday: '2026-11-01' }],
    [{ all: true, failOn: 'hold' }, undefined, { failOn: 'hold', all: true, dryRun: false, week: '2026-W45', sunday: '2026-11-08' }],
    [{ failOn: 'deload' }, undefined, { usage: '--fail-on "deload" is not accepted', hint: 'use one of: step_down, hold' }],
    [{ all: true }, 'sam', { usage: 'give either --all or --athlete, not both' }],
    [{ week: 'W45' }, undefined, { usage: '--week "W45" is not an ISO week', hint: 'write it like 2026-W45 (year, W, two-digit week)' }],
    [{ week: '2026-W46' }, undefined, { usage: 'week 2026-W46 has not ended yet (it ends on Sunday 2026-11-15)', hint: 'the last complete week is 2026-W45' }],
    // The first problem is the one reported, as before.
    [{ failOn: 'x', all: true, week: 'nope' }, 'sam', { usage: '--fail-on "x" is not accepted', hint: 'use one of: step_down, hold' }],
  ])('%j (athlete %s) → %j', (raw, athlete, expected) => {
    expect(outcome(() => reviewOptions(raw, TODAY, athlete))).toEqual(expected);
  });
});
