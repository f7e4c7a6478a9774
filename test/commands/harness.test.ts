// The in-process harness answers as the binary does (test/helpers/in-process.ts): for a
// few commands — success, JSON, bad usage, a plan error, help — exit code, stdout and
// stderr are the same bytes in-process and from `node bin/regimen.js`. Everything the
// suite moved in-process rests on this.
import { describe, expect, it } from 'vitest';
import { assertBuilt, Cli, plan } from '../e2e/helpers.js';

const NOW = '2026-11-04';
const CASES: string[][] = [
  ['today'],
  ['today', '--json'],
  ['week'],
  ['log', '--rpe', '11'],
  ['log', '--status', 'done'],
  ['schedule', '--weeks', '0'],
  ['plan', 'use', 'fixtures/plans/invalid/unknown-key.yaml'],
  ['todya'],
  // Data's control characters are escaped on the way out, in-process too (SPEC §4 safe output).
  ['plan', 'use', 'no-such-\x1b[2J-plan.yaml'],
  ['check', '--help'],
];

describe('in-process runs match the binary', () => {
  it.each(CASES.map((args) => ({ name: args.join(' '), args })))('$name', async ({ args }) => {
    assertBuilt();
    const binary = new Cli({ now: NOW });
    const here = new Cli({ now: NOW, inProcess: true, journal: binary.journal });
    await binary.ok(['init', '--plan', plan('gentle-foundations.yaml'), '--start', '2026-11-02']);
    const fromBinary = await binary.run(args);
    const fromHere = await here.run(args);
    expect(fromHere).toEqual(fromBinary);
  });
});
