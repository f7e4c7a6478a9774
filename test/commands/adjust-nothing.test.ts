// SPEC §4 `adjust`: proposed, confirmed and applied as repairs are — and a repair that
// would change no day is not stored (v1.1). A coach who swaps two rest days (or two
// days with the same session) is told nothing changes, and nothing is written.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { coachJournal } from '../helpers/coach-journal.js';
import { regimen } from '../helpers/in-process.js';

vi.mock('../../src/io/output.js', async (original) => ({ ...(await original<object>()), ...(await import('../helpers/captured-output.js')) }));

const NOW = '2026-11-30'; // a Monday; on the gentle plan Tuesday and Thursday are rest days
let j: string[];
beforeAll(async () => {
  j = ['--journal', await coachJournal(), '--athlete', 'ana'];
}, 60_000);

describe('adjust that changes nothing', () => {
  it('swap of two rest days: says there is nothing to change, stores no proposal and no audit event (--yes too)', async () => {
    const text = await regimen([...j, 'adjust', 'swap', '2026-12-01', '2026-12-03', '--yes'], NOW);
    expect(text.exitCode).toBe(0);
    expect(text.stdout.replace(/\s+/g, ' ')).toMatch(/^There is nothing to change: 2026-12-01 and 2026-12-03 would stay as planned, so nothing was stored\./);
    const json = JSON.parse((await regimen([...j, '--json', 'adjust', 'swap', '2026-12-01', '2026-12-03'], NOW)).stdout);
    expect(json.proposal).toMatchObject({ id: null, status: null, changes: [] });
    expect(JSON.parse((await regimen([...j, '--json', 'adjust', 'list'], NOW)).stdout).proposals).toEqual([]);
    const audit = JSON.parse((await regimen([...j, '--json', 'audit', '--action', 'adjust'], NOW)).stdout);
    expect(audit.events).toEqual([]);
  });

  it('a swap of a training day with a rest day lists only the two days that change', async () => {
    const json = JSON.parse((await regimen([...j, '--json', 'adjust', 'swap', '2026-11-30', '2026-12-01'], NOW)).stdout);
    expect(json.proposal.changes.map((c: { date: string }) => c.date)).toEqual(['2026-11-30', '2026-12-01']);
    expect(json.proposal.id).toEqual(expect.any(Number));
  });
});
