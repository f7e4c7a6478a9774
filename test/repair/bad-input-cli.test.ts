// Bad `repair` input (SPEC §4 exit codes): exit 2, one line naming what was wrong,
// nothing on stdout, and nothing written — every byte and row of the journal unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, Cli, expectBadUsage, plan, snapshotJournal } from './cli-helpers.js';

const NOW = '2027-01-07';
const cli = new Cli({ inProcess: true, now: NOW });

beforeAll(async () => {
  assertBuilt();
  await cli.ok(['init', '--plan', plan('marathon-novice.yaml'), '--start', '2027-01-04']);
});

const CASES: { name: string; args: string[]; says: RegExp }[] = [
  { name: '--from without --to', args: ['repair', '--from', '2027-01-05'], says: /--from and --to/ },
  { name: '--to without --from', args: ['repair', '--to', '2027-01-06'], says: /--from and --to/ },
  { name: '--to in the future', args: ['repair', '--from', '2027-01-05', '--to', '2027-01-09'], says: /2027-01-09/ },
  { name: '--from after --to', args: ['repair', '--from', '2027-01-06', '--to', '2027-01-05'], says: /after/ },
  { name: '--from not a date', args: ['repair', '--from', '2027-02-30', '--to', '2027-01-05'], says: /--from|2027-02-30/ },
  { name: '--injury without --pillar', args: ['repair', '--injury', 'shin'], says: /--pillar/ },
  { name: '--injury with --yes but no --pillar', args: ['repair', '--injury', 'shin', '--yes'], says: /--pillar/ },
  { name: 'unknown pillar', args: ['repair', '--injury', 'shin', '--pillar', 'swimming'], says: /swimming/ },
  { name: 'unknown pillar with --json', args: ['repair', '--injury', 'shin', '--pillar', 'swimming', '--json'], says: /swimming/ },
  { name: '--clear-injury with no active pivot', args: ['repair', '--clear-injury', 'shin'], says: /shin/ },
  { name: 'repair apply 999', args: ['repair', 'apply', '999'], says: /999/ },
  { name: 'repair apply abc', args: ['repair', 'apply', 'abc'], says: /abc/ },
  { name: 'repair reject 999', args: ['repair', 'reject', '999'], says: /999/ },
  { name: 'repair apply 0', args: ['repair', 'apply', '0'], says: /"?0"?/ },
];

describe('repair: bad input → exit 2, one line, nothing written', () => {
  it.each(CASES)('$name', async ({ name, args, says }) => {
    const snap = snapshotJournal(cli.journal);
    expect(snap.exists).toBe(true);
    expectBadUsage(await cli.run(args), name, says);
    expect(snapshotJournal(cli.journal), `${name}: the journal is unchanged`).toEqual(snap);
  });
});
