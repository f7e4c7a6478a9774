// `init`, `plan use`, `athlete add`/`activate`, `today`, `detect` and `check`:
// raw commander values → typed options, or the exact usage line (exit 2).
import { describe, expect, it } from 'vitest';
import { athleteActivateOptions, athleteAddOptions } from '../../../src/commands/athlete.js';
import { checkOptions } from '../../../src/commands/check.js';
import { detectOptions } from '../../../src/commands/detect.js';
import { initOptions } from '../../../src/commands/init.js';
import { planUseOptions } from '../../../src/commands/plan.js';
import { todayOptions } from '../../../src/commands/today.js';
import { outcome } from './usage.js';

const TODAY = '2026-11-11';
const START_HINT = 'use a calendar date YYYY-MM-DD from 1900-01-01 to 2999-12-31, e.g. --start 2026-11-23';
const ID_HINT = 'use lower-case letters, digits and dashes, e.g. me or sam-lee';

describe('initOptions', () => {
  it.each([
    [{}, {}, { id: 'me', name: 'me', start: TODAY, plan: undefined }],
    [{ name: 'Sam Lee', start: '2026-11-16', plan: 'p.yaml' }, { athlete: 'sam' }, { id: 'sam', name: 'Sam Lee', start: '2026-11-16', plan: 'p.yaml' }],
    [{}, { athlete: 'Sam' }, { usage: 'athlete id "Sam" is not accepted', hint: ID_HINT }],
    [{ start: 'monday' }, {}, { usage: '--start "monday" is not a calendar date', hint: START_HINT }],
  ])('%j %j → %j', (raw, given, expected) => {
    expect(outcome(() => initOptions(raw, { ...given, today: TODAY }))).toEqual(expected);
  });
});

describe('planUseOptions', () => {
  it.each([
    [{}, { start: TODAY, restart: false }],
    [
      { start: '2026-11-16', restart: true },
      { start: '2026-11-16', restart: true },
    ],
    [{ start: '2026-02-29' }, { usage: '--start "2026-02-29" is not a calendar date', hint: START_HINT }],
  ])('%j → %j', (raw, expected) => {
    expect(outcome(() => planUseOptions(raw, TODAY))).toEqual(expected);
  });
});

describe('athlete add / activate options', () => {
  it.each([
    [['sam'], { plan: 'p.yaml' }, { id: 'sam', name: 'sam', status: 'prospect', start: TODAY, plan: 'p.yaml' }],
    [
      ['sam'],
      { plan: 'p.yaml', name: 'Sam', status: 'active', start: '2026-11-16' },
      { id: 'sam', name: 'Sam', status: 'active', start: '2026-11-16', plan: 'p.yaml' },
    ],
    [['sam'], {}, { usage: 'athlete add needs --plan FILE' }],
    [['sam'], { status: 'paused', plan: 'p.yaml' }, { usage: '--status "paused" is not accepted', hint: 'use one of: prospect, active' }],
    [['-sam'], { plan: 'p.yaml' }, { usage: 'athlete id "-sam" is not accepted', hint: ID_HINT }],
  ])('add %j %j → %j', (args, raw, expected) => {
    expect(outcome(() => athleteAddOptions(args, raw, TODAY))).toEqual(expected);
  });
  it.each([
    [['sam'], {}, { id: 'sam', start: TODAY }],
    [['sam'], { start: '2026-11-16' }, { id: 'sam', start: '2026-11-16' }],
    [['sam'], { start: '16/11/2026' }, { usage: '--start "16/11/2026" is not a calendar date', hint: START_HINT }],
  ])('activate %j %j → %j', (args, raw, expected) => {
    expect(outcome(() => athleteActivateOptions(args, raw, TODAY))).toEqual(expected);
  });
});

describe('today, detect and check options', () => {
  it.each([
    [{}, { plan: undefined }],
    [{ plan: 'p.yaml' }, { plan: 'p.yaml' }],
  ])('today %j → %j', (raw, expected) => {
    expect(todayOptions(raw)).toEqual(expected);
  });
  it.each([
    [{}, { weeks: 4, out: undefined }],
    [
      { weeks: '8', out: 'plan.yaml' },
      { weeks: 8, out: 'plan.yaml' },
    ],
    [{ weeks: '1' }, { usage: '--weeks "1" is not accepted', hint: 'use a whole number from 2 to 52 in digits only, e.g. --weeks 5' }],
  ])('detect %j → %j', (raw, expected) => {
    expect(outcome(() => detectOptions(raw))).toEqual(expected);
  });
  it.each([
    [[['a.yaml']], { format: 'text' }, false, { paths: ['a.yaml'], format: 'text', strict: false }],
    [[['a.yaml', 'plans']], { format: 'github', strict: true }, false, { paths: ['a.yaml', 'plans'], format: 'github', strict: true }],
    [[['a.yaml']], { format: 'github' }, true, { paths: ['a.yaml'], format: 'json', strict: false }],
    [[['a.yaml']], { format: 'xml' }, false, { usage: '--format "xml" is not accepted', hint: 'use one of: text, json, github' }],
  ])('check %j %j (--json %s) → %j', (args, raw, json, expected) => {
    expect(outcome(() => checkOptions(args, raw, json))).toEqual(expected);
  });
});
