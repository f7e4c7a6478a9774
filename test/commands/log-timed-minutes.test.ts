// SPEC §4 log (v1.1 durations): without --minutes, a session logged only as timed work
// records the minutes the person gave ("Brisk walk: 20min" is 20 minutes, not the
// adapted 12); with reps in it, the adapted minutes stay the default.
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GENTLE } from '../helpers/coach-journal.js';
import { regimen } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

vi.mock('../../src/io/output.js', async (original) => ({ ...(await original<object>()), ...(await import('../helpers/captured-output.js')) }));

let j: string[];
const WED = '2026-11-04';
const FRI = '2026-11-06';
beforeAll(async () => {
  j = ['--journal', join(tempDir('regimen-timed-'), 'journal.db')];
  const r = await regimen([...j, 'init', '--plan', GENTLE, '--start', '2026-11-02'], WED);
  if (r.exitCode !== 0) throw new Error(r.stderr);
});

const minutesOf = (stdout: string) => (JSON.parse(stdout) as { session: { actual: { minutes: number } } }).session.actual.minutes;

describe('log minutes', () => {
  it('timed work only: the sum of its durations, on an amber day too', async () => {
    await regimen([...j, 'checkin', '--fatigue', '5', '--pain', '0', '--anxiety', '0', '--low-mood', '0', '--qol', '8'], WED);
    const r = await regimen([...j, 'log', '--json', '--rpe', '3', '--exercise', 'Moderate walk: 17min', '--exercise', 'Easy walk: 3min'], WED);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(minutesOf(r.stdout)).toBe(20);
  });
  it('--minutes still wins', async () => {
    const r = await regimen([...j, 'log', '--json', '--replace', '--rpe', '3', '--minutes', '25', '--exercise', 'Moderate walk: 17min'], WED);
    expect(minutesOf(r.stdout)).toBe(25);
  });
  it('no exercises: the planned (adapted) minutes as before', async () => {
    const r = await regimen([...j, 'log', '--json', '--rpe', '3'], FRI);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(minutesOf(r.stdout)).toBe(15);
  });
});
