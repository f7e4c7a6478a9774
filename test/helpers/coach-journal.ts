// A coach's journal, built in-process: five athletes on the gentle plan from Monday
// 2026-11-02, logging the two weeks 2026-11-16 … 11-29 differently, so that the
// review of 2026-W48 progresses one (ana), holds two (ben: few logs; dev: two red
// days) and steps one down (cleo: sessions felt very hard); eli went quiet after 11-20 and
// had a stop day on 11-28.
import { join } from 'node:path';
import { eachDay } from '../../src/core/dates.js';
import { tempDir } from './temp.js';
import { regimen } from './in-process.js';

export const GENTLE = join(process.cwd(), 'plans', 'gentle-foundations.yaml');
export const REVIEW_DAY = '2026-11-29'; // a Sunday: the end of 2026-W48

const CALM = ['--fatigue', '1', '--pain', '0', '--anxiety', '1', '--low-mood', '1', '--qol', '8'];
const RED = ['--fatigue', '8', '--pain', '0', '--anxiety', '1', '--low-mood', '1', '--qol', '8'];

async function ok(args: string[], now: string): Promise<void> {
  const r = await regimen(args, now);
  if (r.exitCode !== 0) throw new Error(`regimen ${args.join(' ')} → ${r.exitCode}: ${r.stderr}`);
}

export async function coachJournal(): Promise<string> {
  const journal = join(tempDir('regimen-coach-'), 'journal.db');
  const j = ['--journal', journal];
  for (const [id, name] of [
    ['ana', 'Ana'],
    ['ben', 'Ben'],
    ['cleo', 'Cleo'],
    ['dev', 'Dev'],
    ['eli', 'Eli'],
  ]) {
    await ok([...j, 'athlete', 'add', id!, '--name', name!, '--plan', GENTLE, '--status', 'active', '--start', '2026-11-02'], '2026-11-02');
  }
  for (const date of eachDay('2026-11-16', REVIEW_DAY)) {
    const at = (athlete: string) => [...j, '--athlete', athlete, '--date', date];
    // ana: every day, easy. dev: the same, with two red days (logged as adapted).
    await ok([...at('ana'), 'checkin', ...CALM], date);
    await ok([...at('ana'), 'log', '--rpe', '4'], date);
    const devRed = date === '2026-11-24' || date === '2026-11-26';
    await ok([...at('dev'), 'checkin', ...(devRed ? RED : CALM)], date);
    await ok([...at('dev'), 'log', '--rpe', '5'], date);
    // ben: logs only every fourth day. cleo: every day, but every session felt very hard.
    if ((Number(date.slice(8)) - 16) % 4 === 0) await ok([...at('ben'), 'log', '--rpe', '4'], date);
    await ok([...at('cleo'), 'log', '--rpe', '9'], date);
    // eli: logs until 11-20, then nothing; a stop flag at the check-in on 11-28.
    if (date <= '2026-11-20') await ok([...at('eli'), 'log', '--rpe', '3'], date);
    if (date === '2026-11-28') await ok([...at('eli'), 'checkin', ...CALM, '--flag', 'chest_pain'], date);
  }
  return journal;
}
