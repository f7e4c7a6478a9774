// `log`'s raw commander values → typed options, or the exact usage line (exit 2).
import { describe, expect, it } from 'vitest';
import { logOptions } from '../../../src/commands/log.js';
import { outcome } from './usage.js';

const TODAY = { today: '2026-11-11', clockToday: '2026-11-11' };
const BASE = {
  status: 'completed',
  type: undefined,
  minutes: undefined,
  rpe: undefined,
  energy: undefined,
  exercises: [],
  note: null,
  day: undefined,
  key: null,
  replace: false,
};

describe('logOptions', () => {
  it.each([
    [{}, TODAY, BASE],
    [
      { status: 'adapted', type: 'strength', minutes: '40', rpe: '6', energy: '7', note: 'ok', day: '2', id: ' run-1 ', replace: true },
      TODAY,
      { ...BASE, status: 'adapted', type: 'strength', minutes: 40, rpe: 6, energy: 7, note: 'ok', day: 2, key: 'run-1', replace: true },
    ],
    [{ status: 'done' }, TODAY, { usage: '--status "done" is not accepted', hint: 'use one of: completed, adapted, skipped, rest' }],
    [{ minutes: '-5' }, TODAY, { usage: '--minutes "-5" is not accepted', hint: 'use a whole number from 0 to 1440 in digits only, e.g. --minutes 5' }],
    [{ rpe: '11' }, TODAY, { usage: '--rpe "11" is not accepted', hint: 'use a whole number from 0 to 10 in digits only, e.g. --rpe 5' }],
    [{ energy: '0' }, TODAY, { usage: '--energy "0" is not accepted', hint: 'use a whole number from 1 to 10 in digits only, e.g. --energy 5' }],
    [{ day: '31' }, TODAY, { usage: '--day "31" is not accepted', hint: 'use a whole number from 1 to 30 in digits only, e.g. --day 5' }],
    [{ id: 'a b' }, TODAY, { usage: '--id "a b" is not accepted', hint: 'use up to 128 letters, digits, dots, colons, dashes or underscores' }],
    [{ exercise: ['squat'] }, TODAY, 'exercise'],
    [
      {},
      { today: '2026-11-12', clockToday: '2026-11-11' },
      { usage: 'cannot record a session for 2026-11-12: it is after today (2026-11-11)', hint: 'records are for today or earlier' },
    ],
    [
      {},
      { today: '2026-08-01', clockToday: '2026-11-11' },
      { usage: '2026-08-01 is 102 days ago; logging more than 60 days back needs --backdate', hint: 'add --backdate if that date is right' },
    ],
    [{ backdate: true }, { today: '2026-08-01', clockToday: '2026-11-11' }, BASE],
  ])('%j on %j → %j', (raw, dates, expected) => {
    const got = outcome(() => logOptions(raw, dates));
    if (expected === 'exercise') expect(got).toMatchObject({ usage: expect.stringMatching(/^--exercise "squat": /) });
    else expect(got).toEqual(expected);
  });
});
