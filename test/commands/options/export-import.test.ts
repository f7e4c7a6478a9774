// `export`'s and `import`'s raw commander values → typed options, or the exact usage line (exit 2).
import { describe, expect, it } from 'vitest';
import { exportOptions } from '../../../src/commands/export.js';
import { importOptions } from '../../../src/commands/import.js';
import { outcome } from './usage.js';

const DATE_HINT = (flag: string) => `use a calendar date YYYY-MM-DD from 1900-01-01 to 2999-12-31, e.g. ${flag} 2026-11-23`;

describe('exportOptions', () => {
  it.each([
    [{}, { format: 'json', out: undefined, all: false, from: undefined, to: undefined }],
    [
      { format: 'csv', out: 'a.csv', all: true, from: '2026-11-01', to: '2026-11-30' },
      { format: 'csv', out: 'a.csv', all: true, from: '2026-11-01', to: '2026-11-30' },
    ],
    [
      { format: 'ics', from: '2026-11-01' },
      { format: 'ics', out: undefined, all: false, from: '2026-11-01', to: undefined },
    ],
    [{ format: 'xml' }, { usage: '--format "xml" is not accepted', hint: 'use one of: json, csv, ics' }],
    [
      { from: '2026-11-01' },
      {
        usage: '--from and --to are for csv and ics exports',
        hint: 'a json export holds the whole record, so that it can be imported without losing anything',
      },
    ],
    [
      { format: 'csv', to: '2026-11-31' },
      { usage: '--to "2026-11-31" is not a calendar date', hint: DATE_HINT('--to') },
    ],
    [{ format: 'csv', from: '2026-11-10', to: '2026-11-01' }, { usage: '--to 2026-11-01 is before --from 2026-11-10' }],
  ])('%j → %j', (raw, expected) => {
    expect(outcome(() => exportOptions(raw))).toEqual(expected);
  });
});

describe('importOptions', () => {
  it.each([
    [[['export.json']], {}, { files: ['export.json'], from: undefined, rpe: null, replace: false }],
    [[['ride.fit', 'run.fit']], { from: 'fit', rpe: '5', replace: true }, { files: ['ride.fit', 'run.fit'], from: 'fit', rpe: 5, replace: true }],
    [[[]], {}, { usage: 'import needs at least one file', hint: 'e.g. regimen import export.json, or regimen import ride.fit --rpe 5' }],
    [[['a.csv']], { from: 'garmin' }, { usage: '--from "garmin" is not accepted', hint: 'use one of json, fit, strong, hevy' }],
    [[['a.fit']], { rpe: '11' }, { usage: '--rpe "11" is not accepted', hint: 'use a whole number from 0 to 10 in digits only, e.g. --rpe 5' }],
    [[['a.fit']], { rpe: '-1' }, { usage: '--rpe "-1" is not accepted', hint: 'use a whole number from 0 to 10 in digits only, e.g. --rpe 5' }],
  ])('%j %j → %j', (args, raw, expected) => {
    expect(outcome(() => importOptions(args, raw))).toEqual(expected);
  });
});
