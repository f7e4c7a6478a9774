// SPEC §8: "heavy modules load only in the commands that use them" — the export/import
// libraries (csv-stringify, csv-parse, ics, the FIT SDK) never load in the daily
// commands. About the bundle and the process, so it runs the built binary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, GENTLE, Journal, ROOT } from '../adjust/helpers.js';

const PRELOAD = join(ROOT, 'test/transfer/loaded-modules.mjs');
let j: Journal;

beforeAll(async () => {
  assertBuilt();
  j = new Journal({ now: '2026-11-23' });
  await j.ok(['init', '--plan', GENTLE, '--start', '2026-11-02']);
});

async function loaded(args: string[]): Promise<string[]> {
  const out = join(j.dir, `loaded-${args[0]}.json`);
  const r = await execa('node', ['--import', PRELOAD, BIN, '--journal', j.path, '--no-input', ...args], {
    cwd: ROOT,
    env: { REGIMEN_NOW: '2026-11-23', NO_COLOR: '1', LOADED_OUT: out },
    reject: false,
  });
  expect(r.exitCode, r.stderr).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
}

describe('the export/import libraries load only in export and import', () => {
  it.each([['today'], ['log', '--rpe', '3'], ['review', '--dry-run']])('%s loads none of them', async (...args) => {
    expect(await loaded(args)).toEqual([]);
  });
  it('export --format ics loads ics; export --format csv loads csv-stringify; import of a FIT file loads the FIT SDK', async () => {
    expect(await loaded(['export', '--format', 'ics'])).toEqual(['ics']);
    expect(await loaded(['export', '--format', 'csv'])).toEqual(['csv-stringify']);
    expect(await loaded(['import', join(ROOT, 'fixtures/fit/yoga-25min.fit')])).toEqual(['@garmin/fitsdk']);
  });
});
