// `regimen import` of FIT activity files (fixtures/fit, written by Garmin's own encoder:
// tools/make-fit-fixtures.mjs) and of Strong / Hevy CSV exports (SPEC §4).
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, GENTLE, Journal, ROOT } from '../adjust/helpers.js';

const NOW = '2026-11-23';
const fit = (name: string) => join(ROOT, 'fixtures/fit', name);
const sessions = (j: Journal) =>
  j.rows("SELECT date, actual_type, actual_minutes, status, rpe, exercises, idempotency_key, replaced FROM sessions WHERE athlete_id = 'me' ORDER BY id");

async function started(): Promise<Journal> {
  const j = new Journal({ now: NOW });
  await j.ok(['init', '--plan', GENTLE, '--start', '2026-11-02']);
  return j;
}

beforeAll(() => assertBuilt());

describe('FIT activity files', () => {
  it('a 30-minute run becomes an aerobic session of 30 min on its local date, with distance and heart rate kept', async () => {
    const j = await started();
    const r = await j.ok(['import', fit('run-30min.fit'), '--rpe', '4']);
    expect(r.stdout).toContain('Added 1 session: 2026-11-04.');
    // Started 23:30 UTC on 3 November, 01:30 on the 4th where the watch was (UTC+2).
    const [s] = sessions(j);
    expect(s).toMatchObject({ date: '2026-11-04', actual_type: 'aerobic', actual_minutes: 30, status: 'completed', rpe: 4 });
    expect(JSON.parse(s.exercises)[0]).toMatchObject({ exercise: 'running', distance: '5.02km', avg_hr: 142 });
  });

  it('the same file again is a no-op', async () => {
    const j = await started();
    await j.ok(['import', fit('run-30min.fit')]);
    const r = await j.ok(['import', fit('run-30min.fit'), '--replace']);
    expect(r.stdout).toContain('Already present, left as they are: 2026-11-04.');
    expect(sessions(j)).toHaveLength(1);
    // Each import still leaves its audit event, of no athlete.
    expect(j.rows("SELECT count(*) AS n FROM audit WHERE action = 'import.applied' AND athlete_id IS NULL")[0].n).toBe(2);
  });

  it('two activities on one date become one session: minutes added, the type of the longest', async () => {
    const j = await started();
    await j.ok(['import', fit('walk-20min.fit'), fit('strength-40min.fit')]);
    const list = sessions(j);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ date: '2026-11-10', actual_type: 'strength', actual_minutes: 60 });
    // Both files are known afterwards: importing either again changes nothing.
    const again = await j.ok(['import', fit('strength-40min.fit')]);
    expect(again.stdout).toContain('Already present');
  });

  it('a date that already has a session is left alone unless --replace', async () => {
    const j = await started();
    await j.ok(['log', '--date', '2026-11-12', '--status', 'rest']);
    const skipped = await j.ok(['import', fit('yoga-25min.fit')]);
    expect(skipped.stdout).toMatch(/Skipped 2026-11-12: it already has a session \(rest, 0 min\)/);
    expect(sessions(j)).toHaveLength(1);
    const replaced = await j.ok(['import', fit('yoga-25min.fit'), '--replace']);
    expect(replaced.stdout).toContain('Replaced the earlier record on 2026-11-12');
    expect(sessions(j).filter((s) => s.replaced === 0)[0]).toMatchObject({ actual_type: 'mind_body', actual_minutes: 25 });
  });
});

describe('a plan file edited since it was last read', () => {
  it('is kept as a new version from today, as `log` does; the imported past session names the version in force on its date (SPEC §3)', async () => {
    const j = new Journal({ now: NOW });
    const plan = j.file('plan.yaml', readFileSync(GENTLE, 'utf8'));
    await j.ok(['init', '--plan', plan, '--start', '2026-11-02']);
    appendFileSync(plan, '# edited by the coach\n');
    await j.ok(['import', fit('run-30min.fit')]);
    const versions = j.rows('SELECT plan_hash, from_date FROM assignment_plan_versions ORDER BY id');
    expect(versions.map((v) => v.from_date)).toEqual(['2026-11-02', NOW]);
    expect(j.rows('SELECT plan_hash FROM sessions')[0].plan_hash).toBe(versions[0].plan_hash);
  });
});

describe('strength-app CSV exports', () => {
  it('Strong: each workout a completed session with its sets, reps and loads; names matched to the plan', async () => {
    const j = await started();
    const csv = [
      'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
      '2026-11-16 07:30:12,Morning,32m,sit  to STAND from a chair,W,0,5,0,0,,,',
      '2026-11-16 07:30:12,Morning,32m,sit  to STAND from a chair,1,0,10,0,0,,,6',
      '2026-11-16 07:30:12,Morning,32m,sit  to STAND from a chair,2,0,9,0,0,,,7',
      '2026-11-16 07:30:12,Morning,32m,Goblet squat,1,12.5,8,0,0,,,',
      '2026-11-16 07:30:12,Morning,32m,Goblet squat,2,15,8,0,0,,,',
    ].join('\n');
    await j.ok(['import', j.file('strong.csv', csv)]);
    const [s] = sessions(j);
    expect(s).toMatchObject({ date: '2026-11-16', actual_type: 'strength', actual_minutes: 32, status: 'completed' });
    expect(JSON.parse(s.exercises)).toEqual([
      { exercise: 'Sit to stand from a chair', sets: 2, reps: [10, 9], rpe: [6, 7], source: 'strong' },
      { exercise: 'Goblet squat', sets: 2, reps: [8, 8], load: '15kg', source: 'strong' },
    ]);
    const again = await j.ok(['import', j.file('strong.csv', csv)]);
    expect(again.stdout).toContain('Already present');
  });

  it('a workout and a watch activity on one date in one import become one session', async () => {
    const j = await started();
    const csv =
      'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n2026-11-10 18:00:00,Evening,45m,Wall push-up,1,0,12,0,0,,,\n';
    const r = await j.ok(['import', fit('walk-20min.fit'), j.file('strong.csv', csv)]);
    expect(r.stdout).toContain('Added 1 session: 2026-11-10.');
    expect(sessions(j)).toMatchObject([{ date: '2026-11-10', actual_type: 'strength', actual_minutes: 65 }]);
  });

  it('Hevy: weight_lbs in pounds, warm-up sets left out', async () => {
    const j = await started();
    const csv = [
      '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"',
      '"Upper","17 Nov 2026, 18:05","17 Nov 2026, 18:50","","Wall push-up",,"",0,"warmup",,5,,,',
      '"Upper","17 Nov 2026, 18:05","17 Nov 2026, 18:50","","Wall push-up",,"",1,"normal",,12,,,8',
      '"Upper","17 Nov 2026, 18:05","17 Nov 2026, 18:50","","Dumbbell row",,"",0,"normal",25,10,,,',
    ].join('\n');
    await j.ok(['import', j.file('hevy.csv', csv), '--rpe', '6']);
    const [s] = sessions(j);
    expect(s).toMatchObject({ date: '2026-11-17', actual_minutes: 45, rpe: 6 });
    expect(JSON.parse(s.exercises)).toEqual([
      { exercise: 'Wall push-up', sets: 1, reps: [12], rpe: [8], source: 'hevy' },
      { exercise: 'Dumbbell row', sets: 1, reps: [10], load: '25lb', source: 'hevy' },
    ]);
  });
});
