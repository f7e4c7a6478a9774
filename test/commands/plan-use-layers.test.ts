// SPEC §4 plan use: a coach's change or a repair belongs to the plan it was made on.
// Moving the athlete to another plan does not carry it over; coming back finds it again.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GENTLE } from '../helpers/coach-journal.js';
import { regimen } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

vi.mock('../../src/io/output.js', async (original) => ({ ...(await original<object>()), ...(await import('../helpers/captured-output.js')) }));

const C25K = join(import.meta.dirname, '../../plans/couch-to-5k.yaml');

describe('plan use and the changes made on a plan', () => {
  it("a coach's swap stays with the plan it was made on", async () => {
    const j = ['--journal', join(tempDir('regimen-planuse-'), 'journal.db')];
    const run = async (args: string[], today: string) => {
      const r = await regimen([...j, ...args], today);
      expect(r.exitCode, r.stderr).toBe(0);
      return r;
    };
    await run(['init', '--plan', C25K, '--start', '2026-11-02'], '2026-11-02');
    await run(['adjust', 'swap', '2026-11-17', '2026-11-18', '--yes'], '2026-11-16');
    expect((await run(['week'], '2026-11-16')).stdout).toMatch(/changed by the coach/);
    await run(['plan', 'use', GENTLE], '2026-11-16');
    const other = await run(['schedule', '--json'], '2026-11-16');
    const days = JSON.parse(other.stdout).days as { date: string; changed_by?: unknown; planned: { type: string } }[];
    expect((await run(['week'], '2026-11-16')).stdout).not.toMatch(/changed by the coach/);
    expect(days.find((d) => d.date === '2026-11-18')!.planned.type).toBe('aerobic');
    await run(['plan', 'use', C25K], '2026-11-16');
    expect((await run(['week'], '2026-11-16')).stdout).toMatch(/changed by the coach/);
  });
});
