// SPEC §8 plan-file limits. Any plan file up to 1 MiB is answered within 1 s of CPU
// whatever its shape, and a FIFO, device or directory given as a plan is refused at
// once, never read.
//
// The shapes are loaded in-process and timed in CPU (process.cpuUsage), reading and
// rendering every diagnostic as `check` does; the bound is a generous 5 s so that a
// busy machine cannot fail it (the real figures, about 0.1-0.5 s, are in the README).
// Before the fix, 20,000 keys in one mapping took 26 s. The FIFO cases spawn the real
// binary, because a hang is a property of the process; the helper kills a run after
// 20 s, which only a hang can reach.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanText, MAX_NODES, MAX_PLAN_BYTES } from '../../src/io/plan-file.js';
import { diagnosticText } from '../../src/render/diagnostics.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { tempDir } from '../helpers/temp.js';
import { assertBuilt, diagnosticLines, regimen } from './helpers.js';

const CPU_BOUND_MS = 5_000;
const HEADER = 'schema: regimen/v1\nid: limits\nname: Limits\nstages:\n  - id: FOUNDATIONS\n';
const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('');

const shapes: [string, () => string][] = [
  ['100,000 keys in one mapping', () => HEADER + lines(100_000, (i) => `k${i}: 1\n`)],
  ['100,000 keys in the week template', () => `${HEADER}week_template:\n${lines(90_000, (i) => ` k${i}: 1\n`)}`],
  ['100,000 keys in one flow mapping', () => `${HEADER}x: {${lines(90_000, (i) => `k${i}: 1, `)}}\n`],
  ['100,000 items in a list', () => `${HEADER}description:\n${lines(100_000, (i) => `- ${i % 10}\n`)}`],
  ['4,990 unknown keys (just under the value limit, one diagnostic each)', () => HEADER + lines(4_990, (i) => `k${i}: 1\n`)],
  [
    '1,650 broken sessions (three findings each)',
    () => `${HEADER}week_template:\n  mon: rest\nsessions:\n${lines(1_650, (i) => `  s${i}: {type: bad, bogus: 2}\n`)}`,
  ],
  ['10,000-deep flow nesting', () => `${HEADER}description: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
  ['10,000-deep block nesting', () => `${HEADER}description:\n  ${'- '.repeat(10_000)}x\n`],
  [
    'an alias bomb',
    () =>
      `${HEADER}${lines(
        9,
        (i) =>
          `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${
            i
              ? Array(10)
                  .fill(`*${'abcdefghi'[i - 1]}`)
                  .join(', ')
              : Array(10).fill('lol').join(', ')
          }]\n`,
      )}`,
  ],
  ['a self-referring anchor', () => `${HEADER}description: &a [*a]\n`],
  ['a syntax error on line 6, then 90,000 keys', () => `${HEADER}bad: [unclosed\n${lines(90_000, (i) => `k${i}: 1\n`)}`],
  ['one 1 MiB line', () => `${HEADER}description: ${'a'.repeat(MAX_PLAN_BYTES - HEADER.length - 20)}\n`],
];

describe('any plan file up to 1 MiB is answered within a bounded CPU time', () => {
  it.each(shapes)('%s', (_, make) => {
    const text = make();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_PLAN_BYTES);
    const before = process.cpuUsage();
    const loaded = loadPlanText('shape.yaml', Buffer.from(text));
    const rendered = loaded.diagnostics.map((d) => diagnosticText(d, loaded.text, PLAIN_THEME)).join('\n');
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    expect(loaded.diagnostics.length).toBeGreaterThan(0);
    expect(rendered.length).toBeGreaterThan(0);
    expect(ms, `${ms.toFixed(0)} ms of CPU`).toBeLessThan(CPU_BOUND_MS);
  });

  it('names the value limit when a plan goes over it', () => {
    const loaded = loadPlanText('big.yaml', Buffer.from(HEADER + lines(100_000, (i) => `k${i}: 1\n`)));
    expect(loaded.diagnostics).toHaveLength(1);
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'too-many-values', severity: 'error' });
    expect(loaded.diagnostics[0]!.message).toContain(MAX_NODES.toLocaleString('en'));
  });
});

describe('a FIFO, device or directory given as a plan is refused at once, never read', () => {
  let dir: string;
  let fifo: string;
  let folder: string;
  beforeAll(() => {
    assertBuilt();
    dir = tempDir('regimen-limits-');
    fifo = join(dir, 'plan.yaml');
    execFileSync('mkfifo', [fifo]);
    folder = join(dir, 'plans');
    mkdirSync(folder);
    execFileSync('mkfifo', [join(folder, 'pipe.yaml')]);
    writeFileSync(join(folder, 'real.yaml'), HEADER.replace('stages:', 'week_template:\n  mon: rest\nstages:'));
  });

  it('check: the FIFO is that file’s error (exit 1), the folder’s other files are still checked', async () => {
    const run = await regimen(['check', fifo, folder]);
    expect(run.exitCode, run.stderr).toBe(1);
    const found = diagnosticLines(run.stdout);
    expect(found.map((d) => `${d.file} ${d.code}`)).toEqual([`${fifo} not-a-file`, `${join(folder, 'pipe.yaml')} not-a-file`]);
    expect(run.stdout).toContain(`valid   ${join(folder, 'real.yaml')}`);
    expect(run.stdout).toContain('FIFO');
  });

  it.each([
    ['today --plan FIFO', () => ['today', '--plan', fifo]],
    ['init --plan FIFO', () => ['init', '--plan', fifo]],
    ['plan use FIFO', () => ['plan', 'use', fifo]],
    ['schedule --plan FIFO', () => ['schedule', '--plan', fifo]],
    ['athlete add --plan FIFO', () => ['athlete', 'add', 'someone', '--plan', fifo]],
    ['today --plan DIRECTORY', () => ['today', '--plan', folder]],
    ['init --plan /dev/zero', () => ['init', '--plan', '/dev/zero']],
  ])('%s: one line, exit 2', async (_, args) => {
    const run = await regimen(['--journal', join(dir, 'journal.db'), '--no-input', ...args()]);
    expect(run.exitCode, run.stderr).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not a file/);
    expect(run.stdout).toBe('');
  });
});
