// SPEC §4 repair / §6.5 (v1.1): audit times come from the clock ($REGIMEN_NOW included),
// like every other record — for every action, not only repairs.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GENTLE } from '../helpers/coach-journal.js';
import { regimen } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

vi.mock('../../src/io/output.js', async (original) => ({ ...(await original<object>()), ...(await import('../helpers/captured-output.js')) }));

describe('audit times follow the clock', () => {
  it('init, athlete add/activate/status, plan use and a stage change are stamped on the clock date', async () => {
    const j = ['--journal', join(tempDir('regimen-auditclock-'), 'journal.db')];
    const steps: [string[], string][] = [
      [['init', '--plan', GENTLE, '--start', '2031-03-03'], '2031-03-03'],
      [['athlete', 'add', 'bo', '--plan', GENTLE], '2031-03-04'],
      [['athlete', 'activate', 'bo'], '2031-03-05'],
      [['athlete', 'status', 'bo', 'inactive'], '2031-03-06'],
      [['plan', 'use', GENTLE, '--restart', '--athlete', 'me'], '2031-03-07'],
    ];
    for (const [args, now] of steps) {
      const r = await regimen([...j, ...args], now);
      expect(r.exitCode, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    const { events } = JSON.parse((await regimen([...j, 'audit', '--json'], '2031-03-08')).stdout) as { events: { time: string; action: string }[] };
    expect(events.length).toBeGreaterThanOrEqual(5);
    for (const e of events) expect(e.time.slice(0, 4), `${e.action} at ${e.time}`).toBe('2031');
  });
});
