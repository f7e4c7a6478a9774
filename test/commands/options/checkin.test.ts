// `checkin`'s raw commander values → typed options, or the exact usage line (exit 2).
import { describe, expect, it } from 'vitest';
import { checkinOptions } from '../../../src/commands/checkin.js';
import { outcome } from './usage.js';

const SCRIPT = { today: '2026-11-11', clockToday: '2026-11-11', interactive: false, options: { input: true } };
const ALL = { fatigue: '3', pain: '0', anxiety: '2', lowMood: '1', qol: '8' };

describe('checkinOptions', () => {
  it.each([
    [
      { ...ALL, flag: ['fever'], note: 'slept badly' },
      SCRIPT,
      { given: { fatigue: 3, pain: 0, anxiety: 2, low_mood: 1, qol: 8 }, missing: [], flags: ['fever'], note: 'slept badly' },
    ],
    [
      { fatigue: '4' },
      { ...SCRIPT, interactive: true },
      { given: { fatigue: 4 }, missing: ['pain', 'anxiety', 'low_mood', 'qol'], flags: [], note: undefined },
    ],
    [
      { fatigue: '4' },
      SCRIPT,
      { usage: 'missing --pain, --anxiety, --low-mood, --qol', hint: 'give every signal as a whole number 0–10, or run in a terminal to be asked' },
    ],
    [
      { ...ALL, qol: undefined },
      { ...SCRIPT, options: { input: false } },
      { usage: 'missing --qol', hint: 'give every signal as a whole number 0–10, or leave out --no-input to be asked' },
    ],
    [
      { ...ALL, lowMood: '11' },
      SCRIPT,
      { usage: '--low-mood "11" is not accepted', hint: 'use a whole number from 0 to 10 in digits only, e.g. --low-mood 5' },
    ],
    [{ ...ALL, pain: 'none' }, SCRIPT, { usage: '--pain "none" is not accepted', hint: 'use a whole number from 0 to 10 in digits only, e.g. --pain 5' }],
    [
      ALL,
      { ...SCRIPT, today: '2026-11-12' },
      { usage: 'cannot record a check-in for 2026-11-12: it is after today (2026-11-11)', hint: 'records are for today or earlier' },
    ],
  ])('%j in %j → %j', (raw, ctx, expected) => {
    expect(outcome(() => checkinOptions(raw, ctx))).toEqual(expected);
  });
});
