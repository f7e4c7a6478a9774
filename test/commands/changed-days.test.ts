// SPEC §4 (v1.1): `week` and `schedule` mark the days a repair, pivot or coach changed;
// a coach's skip is not shown as plain "rest".
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENTLE } from '../helpers/coach-journal.js';
import { regimen } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

const NOW = '2026-11-30';
let j: string[];
beforeAll(async () => {
  j = ['--journal', join(tempDir('regimen-marks-'), 'journal.db')];
  for (const args of [
    ['init', '--plan', GENTLE, '--start', '2026-11-02'],
    ['repair', '--injury', 'shoulder', '--pillar', 'strength', '--yes'],
    ['adjust', 'skip', '2026-12-02', '--yes'],
    ['adjust', 'load', '2026-12-04', '--by', '-20', '--yes'],
  ]) {
    const r = await regimen([...j, ...args], NOW);
    if (r.exitCode !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
});

const line = (text: string, date: string) => text.split('\n').find((l) => new RegExp(`^  [a-z]{3} ${date} `).test(l)) ?? '';

describe.each([['week'], ['schedule']])('%s', (command) => {
  it('marks a coach skip as skipped, not as plain rest', async () => {
    const r = await regimen([...j, command], NOW);
    expect(line(r.stdout, '2026-12-02')).toMatch(/rest\s+\(skipped by the coach\)/);
  });
  it('marks a coach load change and an injury pivot', async () => {
    const r = await regimen([...j, command], NOW);
    expect(line(r.stdout, '2026-12-04')).toContain('(changed by the coach)'); // the latest change names it
    expect(line(r.stdout, '2026-11-30')).toContain('(changed by an injury pivot)'); // strength, rested
  });
  it('leaves days nothing changed unmarked', async () => {
    const r = await regimen([...j, command], NOW);
    expect(line(r.stdout, '2026-12-01')).not.toContain('changed');
    expect(line(r.stdout, '2026-12-03')).not.toContain('changed');
  });
});
