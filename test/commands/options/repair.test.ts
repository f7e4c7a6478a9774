// `repair`'s raw commander values → typed options, or the exact usage line (exit 2).
import { describe, expect, it } from 'vitest';
import { repairOptions } from '../../../src/commands/repair.js';
import { outcome } from './usage.js';

const TODAY = '2026-11-11';
const NONE = { injury: undefined, pillar: undefined, clearInjury: undefined, yes: false };

describe('repairOptions', () => {
  it.each([
    [{}, NONE],
    [
      { from: '2026-11-02', to: '2026-11-05', yes: true },
      { ...NONE, from: '2026-11-02', to: '2026-11-05', yes: true },
    ],
    [
      { injury: 'left_knee', pillar: 'strength' },
      { ...NONE, injury: 'left_knee', pillar: 'strength' },
    ],
    [{ clearInjury: 'shin' }, { ...NONE, clearInjury: 'shin' }],
    [{ from: '2026-11-02' }, { usage: 'give --from and --to together', hint: 'e.g. --from 2026-11-16 --to 2026-11-19' }],
    [{ from: '2026-11-05', to: '2026-11-02' }, { usage: '--from 2026-11-05 is after --to 2026-11-02' }],
    [
      { from: '2026-11-05', to: '2026-11-12' },
      { usage: '--to 2026-11-12 is after today (2026-11-11)', hint: 'a disruption is time that has already passed' },
    ],
    [
      { from: '2026-11-05', to: 'friday' },
      { usage: '--to "friday" is not a calendar date', hint: 'use a calendar date YYYY-MM-DD from 1900-01-01 to 2999-12-31, e.g. --to 2026-11-23' },
    ],
    [{ from: '2026-11-02', to: '2026-11-05', clearInjury: 'shin' }, { usage: 'give one of --from/--to, --injury or --clear-injury' }],
    [{ injury: 'shin' }, { usage: '--injury needs --pillar', hint: 'the type or session to rest: strength, aerobic, mixed, mind_body, or a session name' }],
    [{ pillar: 'strength' }, { usage: '--pillar goes with --injury SITE' }],
    [{ clearInjury: 'Left Knee' }, { usage: 'injury site "Left Knee" is not accepted', hint: 'use a short lower-case name such as shin or left_knee' }],
  ])('%j → %j', (raw, expected) => {
    expect(outcome(() => repairOptions(raw, TODAY))).toEqual(expected);
  });
});
