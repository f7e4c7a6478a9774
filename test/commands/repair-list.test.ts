// `repair list` in text speaks in words: "strategic repair", not the JSON kind `strategic_repair`.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GENTLE } from '../helpers/coach-journal.js';
import { regimen } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

vi.mock('../../src/io/output.js', async (original) => ({ ...(await original<object>()), ...(await import('../helpers/captured-output.js')) }));

describe('repair list', () => {
  it('names each kind in words', async () => {
    const j = ['--journal', join(tempDir('regimen-replist-'), 'journal.db')];
    expect((await regimen([...j, 'init', '--plan', GENTLE, '--start', '2026-11-02'], '2026-11-02')).exitCode).toBe(0);
    expect((await regimen([...j, 'log', '--rpe', '3'], '2026-11-02')).exitCode).toBe(0);
    // Nothing logged from Wednesday the 4th through Monday the 9th: a 6-day gap.
    const proposed = await regimen([...j, 'repair'], '2026-11-10');
    expect(proposed.exitCode, proposed.stderr).toBe(0);
    const r = await regimen([...j, 'repair', 'list'], '2026-11-10');
    expect(r.stdout).toMatch(/strategic repair/);
    expect(r.stdout).not.toMatch(/_/);
  });
});
