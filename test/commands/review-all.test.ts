// SPEC §4 `review --all` (v1.1): one table, a row per athlete (decision, stage from → to,
// completion, average RPE, red days), then the reasons of those who did not progress;
// `--fail-on X` exits 1 and names each athlete that matched, one stderr line each.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { coachJournal, REVIEW_DAY } from '../helpers/coach-journal.js';
import { regimen } from '../helpers/in-process.js';

const GOLDEN = 'fixtures/golden/review-all.txt';
/** Dates that vary between runs (clock times) are replaced; the review's own dates are fixed by REGIMEN_NOW. */
const clean = (text: string) => text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>');

let journal: string;
beforeAll(async () => {
  journal = await coachJournal();
});

describe('review --all (dry run) on five athletes', () => {
  it('prints one table and the reasons of those who did not progress (golden)', async () => {
    const r = await regimen(['--journal', journal, 'review', '--all', '--dry-run'], REVIEW_DAY);
    expect(r.exitCode).toBe(0);
    const text = clean(r.stdout);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it.each([
    ['step_down', ['cleo step_down']],
    ['hold', ['ben hold', 'cleo step_down', 'dev hold', 'eli hold']],
  ])('--fail-on %s exits 1 and names each match on stderr, one line each', async (failOn, names) => {
    const r = await regimen(['--journal', journal, 'review', '--all', '--dry-run', '--fail-on', failOn], REVIEW_DAY);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual(names.map((n) => `review --fail-on ${failOn}: ${n}`));
  });

  it('--json keeps its shape and writes nothing about matches on stdout', async () => {
    const r = await regimen(['--journal', journal, '--json', 'review', '--all', '--dry-run', '--fail-on', 'hold'], REVIEW_DAY);
    const doc = JSON.parse(r.stdout) as { reviews: { athlete: string; decision: string }[] };
    expect(doc.reviews.map((x) => [x.athlete, x.decision])).toEqual([
      ['ana', 'progress'],
      ['ben', 'hold'],
      ['cleo', 'step_down'],
      ['dev', 'hold'],
      ['eli', 'hold'],
    ]);
  });
});

describe("athlete list --json on the same five athletes (SPEC §4: the coach's overview)", () => {
  it('orders needs-attention first and explains it', async () => {
    const r = await regimen(['--journal', journal, '--json', 'athlete', 'list'], REVIEW_DAY);
    const { athletes } = JSON.parse(r.stdout) as {
      athletes: { id: string; attention: boolean; reasons: string[]; days_since_log: number | null; red_days_7d: number; stop_days_7d: number }[];
    };
    expect(athletes.map((a) => [a.id, a.reasons])).toEqual([
      ['eli', ['stop day in the last 7 days (2026-11-28)', 'nothing logged for 9 days']],
      ['dev', ['2 red days in the last 7 days (2026-11-24, 2026-11-26)']],
      ['ana', []],
      ['ben', []],
      ['cleo', []],
    ]);
    expect(athletes.find((a) => a.id === 'dev')).toMatchObject({ red_days_7d: 2, stop_days_7d: 0, days_since_log: 0 });
  });
});

describe('review of one athlete, piped', () => {
  it('ends with the weekly completion as plain numbers (a sparkline only on a terminal)', async () => {
    const r = await regimen(['--journal', journal, '--athlete', 'ben', 'review', '--dry-run'], REVIEW_DAY);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Completion, last \d+ weeks: (\d+%|—)( (\d+%|—))*$/);
    expect(r.stdout).not.toMatch(/[▁▂▃▄▅▆▇█]/);
  });
});
