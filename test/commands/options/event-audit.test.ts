// `event add`, `event list` and `audit`: raw commander values → typed options, or the exact usage line.
import { describe, expect, it } from 'vitest';
import { auditOptions } from '../../../src/commands/audit.js';
import { eventAddOptions, eventListOptions } from '../../../src/commands/event.js';
import { outcome } from './usage.js';

const TODAY = '2026-11-11';
const DATES = { today: TODAY, clockToday: TODAY };
const DATE_HINT = (flag: string) => `use a calendar date YYYY-MM-DD from 1900-01-01 to 2999-12-31, e.g. ${flag} 2026-11-23`;

describe('eventAddOptions', () => {
  it.each([
    [['illness'], {}, DATES, { type: 'illness', site: null, note: null }],
    [[' Injury:shin '], { note: 'twisted' }, DATES, { type: 'injury', site: 'shin', note: 'twisted' }],
    [
      ['holiday'],
      {},
      DATES,
      { usage: 'event type "holiday" is not accepted', hint: 'use treatment_change, illness, travel, or injury:SITE (e.g. injury:shin)' },
    ],
    [
      ['travel'],
      {},
      { ...DATES, today: '2026-11-12' },
      { usage: 'cannot record an event for 2026-11-12: it is after today (2026-11-11)', hint: 'records are for today or earlier' },
    ],
  ])('%j %j → %j', (args, raw, dates, expected) => {
    expect(outcome(() => eventAddOptions(args, raw, dates))).toEqual(expected);
  });
});

describe('eventListOptions', () => {
  it.each([
    [{}, { from: '2026-09-17', to: TODAY }],
    [{ to: '2026-10-31' }, { from: '2026-09-06', to: '2026-10-31' }],
    [{ from: '2026-11-01' }, { from: '2026-11-01', to: TODAY }],
    [{ from: '2026-11-12' }, { usage: '--from 2026-11-12 is after --to 2026-11-11' }],
    [{ to: '11/11/2026' }, { usage: '--to "11/11/2026" is not a calendar date', hint: DATE_HINT('--to') }],
  ])('%j → %j', (raw, expected) => {
    expect(outcome(() => eventListOptions(raw, TODAY))).toEqual(expected);
  });
});

describe('auditOptions', () => {
  it.each([
    [{}, {}],
    [
      { action: ' stage.changed ', from: '2026-11-01', to: '2026-11-11' },
      { action: 'stage.changed', from: '2026-11-01', to: '2026-11-11' },
    ],
    [{ action: 'repair.' }, { action: 'repair.' }],
    [{ action: 'Stage Changed' }, { usage: '--action "Stage Changed" is not an action name', hint: 'e.g. --action repair, --action stage.changed' }],
    [{ from: '2026-11-31' }, { usage: '--from "2026-11-31" is not a calendar date', hint: DATE_HINT('--from') }],
    [{ from: '2026-11-11', to: '2026-11-01' }, { usage: '--from 2026-11-11 is after --to 2026-11-01' }],
  ])('%j → %j', (raw, expected) => {
    expect(outcome(() => auditOptions(raw))).toEqual(expected);
  });
});
