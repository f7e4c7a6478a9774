// SPEC §4 `detect`: logged sessions → a plan. One table per rule: the weekday
// pattern (half the weeks, most common type, ties, sparse weeks), the items (median
// sets/reps/RIR, latest load), the rotation for weak weekly patterns, the 6-session
// minimum — and every plan it produces passes the loader with no errors or warnings.
import { describe, expect, it } from 'vitest';
import { addDays, WEEKDAYS, type Weekday } from '../../../src/core/dates.js';
import { detectPlan, median, type Detection, type LoggedSession } from '../../../src/core/engine/detect.js';
import type { ExerciseActual } from '../../../src/core/engine/exercise-spec.js';
import { detectRotation, groupWorkouts } from '../../../src/core/engine/rotation.js';
import { loadPlanText } from '../../../src/io/plan-file.js';
import { renderPlanYaml, SCHEMA_MODELINE } from '../../../src/render/detect.js';

// The window: the 4 weeks Monday 2026-10-05 … Sunday 2026-11-01.
const TO = '2026-11-01';
const MON1 = '2026-10-05';
const on = (week: number, day: Weekday) => addDays(MON1, week * 7 + WEEKDAYS.indexOf(day));

const ex = (exercise: string, sets: number, reps: number, load?: string, rir?: number): ExerciseActual => ({
  exercise,
  sets,
  reps: Array.from({ length: sets }, () => reps),
  ...(load ? { load } : {}),
  ...(rir !== undefined ? { rir } : {}),
});
const s = (date: string, type: string, minutes = 30, exercises: ExerciseActual[] = []): LoggedSession => ({ date, type, minutes, exercises });

/** One session per listed week and weekday: `{ mon: 'strength' }` for weeks 0–3 unless `weeks` says which. */
function logWeeks(pattern: Partial<Record<Weekday, string | [string, number[]]>>, minutes = 30): LoggedSession[] {
  const out: LoggedSession[] = [];
  for (const [day, spec] of Object.entries(pattern) as [Weekday, string | [string, number[]]][]) {
    const [type, weeks] = typeof spec === 'string' ? [spec, [0, 1, 2, 3]] : spec;
    for (const w of weeks) out.push(s(on(w, day), type, minutes));
  }
  return out;
}

function detected(sessions: LoggedSession[], weeks = 4): Detection {
  const d = detectPlan(sessions, { weeks, to: TO, athleteId: 'me', athleteName: 'me' });
  if (!d.ok) throw new Error(`expected a plan, got: too few (${d.sessions})`);
  return d;
}

/** Every produced plan must load with no diagnostics at all: no errors, no warnings. */
function expectClean(d: Detection) {
  const text = renderPlanYaml(d);
  const loaded = loadPlanText('detected.yaml', Buffer.from(text));
  expect(loaded.diagnostics, text).toEqual([]);
  expect(loaded.plan).toBeDefined();
  return { text, plan: loaded.plan! };
}

describe('weekday pattern: a day of at least half the weeks, its most common type, its share', () => {
  it.each<[string, LoggedSession[], number, Record<string, [string, number]>, string[]]>([
    // name, sessions, weeks, template days {day: [type, share]}, days left out
    [
      'the issue: Mon/Wed/Fri strength + Sat walk, one missed Wed, one extra Tue',
      [...logWeeks({ mon: 'strength', wed: ['strength', [0, 1, 3]], fri: 'strength', sat: 'aerobic' }), s(on(2, 'tue'), 'strength')],
      4,
      { mon: ['strength', 1], wed: ['strength', 0.75], fri: ['strength', 1], sat: ['aerobic', 1] },
      ['tue'],
    ],
    [
      'sparse weeks: exactly half the weeks is enough, fewer is not',
      logWeeks({ mon: 'strength', thu: ['aerobic', [0, 2]], sat: 'aerobic', sun: ['mind_body', [1]] }),
      4,
      { mon: ['strength', 1], thu: ['aerobic', 0.5], sat: ['aerobic', 1] },
      ['sun'],
    ],
    [
      'sparse weeks, odd count: 2 of 3 weeks is a day, 1 of 3 is not',
      [...logWeeks({ tue: ['aerobic', [1, 2, 3]], thu: ['strength', [1, 3]], sat: ['mixed', [2]] })],
      3,
      { tue: ['aerobic', 1], thu: ['strength', 0.67] },
      ['sat'],
    ],
    [
      'mixed types on one weekday: the most common wins, its share counts only that type',
      logWeeks({ mon: 'strength', wed: ['strength', [0, 1, 2]], fri: 'aerobic' }).concat(s(on(3, 'wed'), 'aerobic')),
      4,
      { mon: ['strength', 1], wed: ['strength', 0.75], fri: ['aerobic', 1] },
      [],
    ],
    [
      'tie between two types on a weekday: the one logged there most recently',
      logWeeks({ mon: 'strength', wed: ['strength', [0, 1]], fri: 'aerobic' }).concat(logWeeks({ wed: ['mixed', [2, 3]] })),
      4,
      { mon: ['strength', 1], wed: ['mixed', 0.5], fri: ['aerobic', 1] },
      [],
    ],
    [
      'tie the other way round: the recent type is strength',
      logWeeks({ mon: 'aerobic', wed: ['mixed', [0, 1]], fri: 'aerobic' }).concat(logWeeks({ wed: ['strength', [2, 3]] })),
      4,
      { mon: ['aerobic', 1], wed: ['strength', 0.5], fri: ['aerobic', 1] },
      [],
    ],
    [
      'rest sessions and sessions outside the window are not training evidence',
      logWeeks({ mon: 'strength', thu: 'aerobic', sun: 'rest' }).concat(s('2026-09-30', 'strength'), s('2026-11-02', 'strength')),
      4,
      { mon: ['strength', 1], thu: ['aerobic', 1] },
      [],
    ],
  ])('%s', (_name, sessions, weeks, days, leftOut) => {
    const d = detected(sessions, weeks);
    expect(d.schedule).toBe('weekly');
    expect(Object.fromEntries(Object.entries(d.days).map(([day, v]) => [day, [v.type, v.share]]))).toEqual(days);
    expect(d.weekdays.filter((w) => !w.template && w.weeks > 0).map((w) => w.weekday)).toEqual(leftOut);
    const { plan } = expectClean(d);
    expect(Object.fromEntries(Object.entries(plan.weekTemplate ?? {}).map(([day, spec]) => [day, spec.type]))).toEqual(
      Object.fromEntries(Object.entries(days).map(([day, [type]]) => [day, type])),
    );
  });
});

describe('overall confidence: template hits / (template slots + sessions it does not explain)', () => {
  it.each<[string, LoggedSession[], number]>([
    ['every slot filled, nothing else', logWeeks({ mon: 'strength', thu: 'aerobic' }), 1],
    [
      'the issue: 15 hits of 16 slots, 1 extra Tuesday',
      [...logWeeks({ mon: 'strength', wed: ['strength', [0, 1, 3]], fri: 'strength', sat: 'aerobic' }), s(on(2, 'tue'), 'strength')],
      0.88,
    ],
    [
      'a wrong type on a template day is not a hit: 7 of 8 slots, 1 unexplained',
      logWeeks({ mon: 'strength', thu: ['aerobic', [0, 1, 2]] }).concat(s(on(3, 'thu'), 'mixed')),
      0.78,
    ],
  ])('%s → %d', (_name, sessions, confidence) => {
    const d = detected(sessions);
    expect(d.confidence).toBe(confidence);
    expect(d.weeklyConfidence).toBe(confidence);
  });

  it('names the evidence: how many sessions, first and last date, the window', () => {
    const d = detected(logWeeks({ tue: 'strength', fri: 'aerobic' }));
    expect(d).toMatchObject({ sessions: 8, from: on(0, 'tue'), to: on(3, 'fri'), window: { from: MON1, to: TO, weeks: 4 } });
    const { text } = expectClean(d);
    expect(text.split('\n')[0]).toBe(SCHEMA_MODELINE);
    expect(text).toContain(`# Detected by \`regimen detect\` from 8 logged sessions, ${on(0, 'tue')} to ${on(3, 'fri')}`);
    expect(text).toMatch(/# {3}tue {2}strength {2}4 of 4 weeks {2}confidence 1\.00/);
    expect(text).toMatch(/# {3}fri {2}aerobic {3}4 of 4 weeks {2}confidence 1\.00/);
  });
});

describe('sessions from what was logged', () => {
  const squat = (load: string, reps = 5, rir?: number) => ex('Back squat', 3, reps, load, rir);
  const strengthDays = (lists: ExerciseActual[][]) => lists.map((exercises, i) => s(on(i, 'mon'), 'strength', 40 + i * 5, exercises));

  it.each<[string, ExerciseActual[][], Record<string, unknown>[]]>([
    [
      'median sets and reps, latest load, median RIR',
      [
        [ex('Back squat', 3, 5, '60kg', 2), { exercise: 'Bench press', sets: 4, reps: [8, 8, 7, 6], load: '40kg', rir: 1 }],
        [ex('Back squat', 3, 5, '62.5kg', 3), ex('Bench press', 3, 8, '42.5kg', 2)],
        [ex('Back squat', 5, 5, '65kg', 2), ex('Bench press', 3, 10, '42.5kg', 2)],
        [ex('Back squat', 3, 6, '67.5kg'), ex('Bench press', 3, 8, '45kg', 3)],
      ],
      [
        { exercise: 'Back squat', sets: 3, reps: 5, load: '67.5kg', rir: 2 },
        { exercise: 'Bench press', sets: 3, reps: 8, load: '45kg', rir: 2 },
      ],
    ],
    [
      'an exercise seen in fewer than half of the sessions is left out; one seen in half stays',
      [[squat('60kg'), ex('Plank', 3, 1)], [squat('60kg'), ex('Lunge', 2, 10)], [squat('60kg'), ex('Plank', 3, 1)], [squat('60kg')]],
      [
        { exercise: 'Back squat', sets: 3, reps: 5, load: '60kg' },
        { exercise: 'Plank', sets: 3, reps: 1 },
      ],
    ],
    [
      'names match whatever the case; the latest spelling is kept; RIR above 5 becomes 5',
      [[ex('back squat', 3, 5, '60kg', 8)], [ex('Back Squat', 3, 5, '60kg', 7)], [ex('Back squat', 3, 5, undefined, 9)]],
      [{ exercise: 'Back squat', sets: 3, reps: 5, load: '60kg', rir: 5 }],
    ],
    [
      'order follows where each exercise usually comes in the session',
      [
        [ex('Row', 3, 8), ex('Squat', 3, 5)],
        [ex('Squat', 3, 5), ex('Row', 3, 8)],
        [ex('Squat', 3, 5), ex('Row', 3, 8)],
      ],
      [
        { exercise: 'Squat', sets: 3, reps: 5 },
        { exercise: 'Row', sets: 3, reps: 8 },
      ],
    ],
  ])('%s', (_name, lists, items) => {
    const sessions = [...strengthDays(lists), ...logWeeks({ thu: 'aerobic' })];
    const d = detected(sessions);
    expect(d.plan.sessions?.strength?.standard).toEqual(items);
    expectClean(d);
  });

  it('a type logged without exercises becomes one block of its median minutes, named after the type', () => {
    const sessions = [...logWeeks({ mon: 'strength' }), ...[20, 30, 45, 35].map((m, w) => s(on(w, 'sat'), 'aerobic', m))];
    const d = detected(sessions);
    expect(d.plan.sessions?.aerobic?.standard).toEqual([
      { exercise: 'Walk', minutes: 33, note: 'Detected from 4 logged aerobic sessions; rename it to what you do.' },
    ]);
    expect(d.plan.stages[0]).toMatchObject({ id: 'DETECTED', min_weeks: 2, minutes: { strength: 30, aerobic: 33 } });
  });

  it('timed and distance records become minutes and distance items, not empty sets', () => {
    const walk = (mins: number): ExerciseActual => ({ exercise: 'Brisk walk', sets: 1, reps: [], seconds: [mins * 60] });
    const plank: ExerciseActual = { exercise: 'Plank', sets: 3, reps: [], seconds: [45, 45, 45] };
    const run = (d: string): ExerciseActual => ({ exercise: 'Easy run', sets: 1, reps: [], distance: d });
    const sessions = [
      ...[18, 20, 25, 20].map((m, w) => s(on(w, 'mon'), 'aerobic', m + 5, [walk(m), plank])),
      ...['4km', '5km', '5km', '6km'].map((d, w) => s(on(w, 'thu'), 'aerobic', 35, [run(d)])),
    ];
    const d = detected(sessions);
    const items = d.plan.sessions?.aerobic?.standard;
    expect(items).toEqual([
      { exercise: 'Brisk walk', sets: 1, minutes: 20 },
      { exercise: 'Easy run', sets: 1, distance: '6km' },
      { exercise: 'Plank', sets: 3, minutes: 2 },
    ]);
    expectClean(d);
  });

  it('only sessions of the template type on template days build the session (the extra Tuesday does not)', () => {
    const sessions = [
      ...[0, 1, 2, 3].map((w) => s(on(w, 'mon'), 'strength', 45, [ex('Squat', 3, 5, `${60 + w * 2.5}kg`)])),
      s(on(3, 'tue'), 'strength', 90, [ex('Squat', 1, 1, '100kg'), ex('Curl', 3, 12)]),
      ...logWeeks({ fri: 'aerobic' }),
    ];
    const d = detected(sessions);
    expect(d.plan.sessions?.strength?.standard).toEqual([{ exercise: 'Squat', sets: 3, reps: 5, load: '67.5kg' }]);
    expect(d.plan.stages[0]!.minutes).toEqual({ strength: 45, aerobic: 30 });
  });

  it('the plan is named after the athlete, with a valid id', () => {
    const d = detectPlan(logWeeks({ mon: 'strength', thu: 'aerobic' }), { weeks: 4, to: TO, athleteName: 'Sam Lee' }) as Detection;
    expect(d.plan).toMatchObject({ schema: 'regimen/v1', id: 'detected-sam-lee', name: 'Detected plan for Sam Lee', schedule: 'weekly' });
    expect(expectClean(d).plan.id).toBe('detected-sam-lee');
  });
});

// Workouts A and B alternating on irregular days (gaps of 2–4 days).
const A = (load: string) => [ex('Back squat', 5, 5, load, 2), ex('Bench press', 5, 5, '45kg', 2), ex('Barbell row', 5, 5, '45kg', 2)];
const B = (load: string) => [ex('Back squat', 5, 5, load, 2), ex('Overhead press', 5, 5, '30kg', 2), ex('Deadlift', 1, 5, '80kg', 2)];
const IRREGULAR = ['2026-10-05', '2026-10-08', '2026-10-10', '2026-10-14', '2026-10-16', '2026-10-19', '2026-10-23', '2026-10-25', '2026-10-28', '2026-10-31'];
const abRotation = (dates = IRREGULAR) => dates.map((date, i) => s(date, 'strength', 45 + (i % 2) * 10, (i % 2 ? B : A)(`${60 + i * 2.5}kg`)));

describe('rotation: a weak weekday pattern but repeating sessions → a sequence plan', () => {
  it('A/B on irregular days → two workouts with their exercises, sets, reps and latest loads', () => {
    const d = detected(abRotation());
    expect(d.weeklyConfidence).toBeLessThan(0.5);
    expect(d.schedule).toBe('sequence');
    expect(d.confidence).toBe(1);
    expect(d.days).toEqual({});
    // The last logged session was B (2026-10-31), so A is due next and comes first.
    // You usually left 3 days between sessions: 2 rest days after each workout.
    expect(d.plan.days).toEqual([
      { name: 'Workout A', type: 'strength', session: 'workout_a', minutes: 45 },
      { name: 'Rest', type: 'rest' },
      { name: 'Rest', type: 'rest' },
      { name: 'Workout B', type: 'strength', session: 'workout_b', minutes: 55 },
      { name: 'Rest', type: 'rest' },
      { name: 'Rest', type: 'rest' },
    ]);
    expect(d.plan.stages[0]!.minutes).toEqual({ strength: 50 });
    expect(d.plan.sessions).toEqual({
      workout_a: {
        type: 'strength',
        standard: [
          { exercise: 'Back squat', sets: 5, reps: 5, load: '80kg', rir: 2 },
          { exercise: 'Bench press', sets: 5, reps: 5, load: '45kg', rir: 2 },
          { exercise: 'Barbell row', sets: 5, reps: 5, load: '45kg', rir: 2 },
        ],
      },
      workout_b: {
        type: 'strength',
        standard: [
          { exercise: 'Back squat', sets: 5, reps: 5, load: '82.5kg', rir: 2 },
          { exercise: 'Overhead press', sets: 5, reps: 5, load: '30kg', rir: 2 },
          { exercise: 'Deadlift', sets: 1, reps: 5, load: '80kg', rir: 2 },
        ],
      },
    });
    expect(d.sequence).toMatchObject({ share: 1, restDays: 2 });
    const { text, plan } = expectClean(d);
    expect(plan.schedule).toBe('sequence');
    expect(text).toContain('The weekday pattern is weak');
  });

  it.each<[string, number, string[]]>([
    // name, sessions (from IRREGULAR), names in plan order
    ['ending on A: B is due next', 9, ['Workout B', 'Workout A']],
    ['ending on B: A is due next', 10, ['Workout A', 'Workout B']],
  ])('the cycle starts with the workout due next: %s', (_name, count, names) => {
    const d = detected(abRotation(IRREGULAR.slice(0, count)));
    expect(d.plan.days!.filter((x) => x.type !== 'rest').map((x) => x.name)).toEqual(names);
    const first = d.plan.sessions![d.plan.days![0]!.session!]!.standard.map((i) => i.exercise);
    expect(first).toContain(names[0] === 'Workout A' ? 'Bench press' : 'Deadlift');
  });

  const push = [ex('Bench press', 3, 8, '50kg'), ex('Dips', 3, 10, 'bw')];
  const pull = [ex('Pull-ups', 3, 6, 'bw'), ex('Row', 3, 10, '40kg')];
  const legs = [ex('Squat', 3, 6, '70kg'), ex('Leg curl', 3, 12, '30kg')];
  const ppl = (dates: string[]) => dates.map((date, i) => s(date, 'strength', 50, [push, pull, legs][i % 3]!));

  it('A/B/C (push/pull/legs) every 2–3 days: three workouts, Workout B (pull) due next', () => {
    const dates = ['2026-10-05', '2026-10-07', '2026-10-10', '2026-10-13', '2026-10-16', '2026-10-18', '2026-10-21', '2026-10-24', '2026-10-27', '2026-10-30'];
    const d = detected(ppl(dates));
    expect(d.weeklyConfidence).toBe(0.44);
    expect(d.schedule).toBe('sequence');
    expect(d.sequence!.days.map((x) => [x.name, x.exercises[0]])).toEqual([
      ['Workout B', 'Pull-ups'],
      ['Workout C', 'Squat'],
      ['Workout A', 'Bench press'],
    ]);
    expect(d.sequence!.restDays).toBe(2);
    expectClean(d);
  });

  it('sessions on consecutive days: no rest entries', () => {
    const d = detected(ppl(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31']));
    expect(d.schedule).toBe('sequence');
    expect(d.plan.days!.map((x) => x.name)).toEqual(['Workout A', 'Workout B', 'Workout C']);
    expectClean(d);
  });

  it('a strong weekday pattern stays weekly even when the contents alternate', () => {
    const sessions = [0, 1, 2, 3].flatMap((w) => [s(on(w, 'mon'), 'strength', 45, A('60kg')), s(on(w, 'thu'), 'strength', 45, B('60kg'))]);
    const d = detected(sessions);
    expect(d.schedule).toBe('weekly');
    expect(d.confidence).toBe(1);
    expectClean(d);
  });

  it('no weekday and no rotation: the workouts in turn, with a confidence that says so', () => {
    // Six unrelated sessions, five days apart: no weekday twice, no workout twice.
    const types = ['strength', 'aerobic', 'mixed', 'mind_body', 'aerobic', 'strength'];
    const sessions = types.map((t, i) => s(addDays(MON1, i * 5), t, 20 + i, t === 'strength' ? [ex(`Lift ${i}`, 3, 5)] : []));
    const d = detected(sessions);
    expect(d.weeklyConfidence).toBe(0);
    expect(d.schedule).toBe('sequence');
    expect(d.confidence).toBe(0);
    expect(renderPlanYaml(d)).toContain('Overall confidence 0.00');
    expectClean(d);
  });

  it('a long log of all-different sessions still gives a plan a person can follow (at most 7 workouts)', () => {
    const sessions = Array.from({ length: 24 }, (_, i) =>
      s(addDays('2026-09-07', i * 3 + (i % 2)), 'strength', 40, [ex(`Lift ${i}`, 3, 5), ex(`Other ${i}`, 3, 8)]),
    );
    const d = detected(sessions, 8);
    expect(d.sequence!.days.length).toBeLessThanOrEqual(7);
    expectClean(d);
  });
});

describe('rotation detector', () => {
  const seq = (labels: string) =>
    [...labels].map((l, i) =>
      s(addDays(MON1, i * 2), 'strength', 40, l === 'A' ? A('60kg') : l === 'B' ? B('60kg') : [ex('Curl', 3, 10), ex('Calf raise', 3, 15)]),
    ) as never;

  it.each<[string, string, string, number]>([
    // name, workouts logged, cycle (due next first), share
    ['clean A/B', 'ABABAB', 'AB', 1],
    ['A/B with one B skipped', 'ABAABAB', 'AB', 0.83],
    ['a one-off C is noise, at the end too', 'ABABABC', 'AB', 0.83],
    ['A/B/C', 'ABCABCA', 'BCA', 1],
    ['one workout, repeated', 'AAAAAA', 'A', 1],
    ['a transition seen once is not yet a rotation', 'ABC', 'ABC', 0],
  ])('%s: %s → cycle %s, share %d', (_name, labels, cycle, share) => {
    const r = detectRotation(seq(labels))!;
    const letter = (i: number) => 'ABC'[['Bench press', 'Overhead press', 'Curl'].findIndex((x) => r.workouts[i]!.exercises.includes(x))] ?? 'A';
    expect(r.cycle.map(letter).join('')).toBe(cycle);
    expect(r.share).toBe(share);
  });

  it('groups sessions by type and mostly-shared exercises (an accessory more or less is the same workout)', () => {
    const sessions = [
      s(on(0, 'mon'), 'strength', 40, [ex('Squat', 3, 5), ex('Bench', 3, 5), ex('Row', 3, 5)]),
      s(on(0, 'wed'), 'strength', 40, [ex('Squat', 3, 5), ex('Bench', 3, 5), ex('Row', 3, 5), ex('Curl', 2, 10)]),
      s(on(0, 'fri'), 'strength', 40, [ex('Deadlift', 1, 5), ex('Press', 3, 5)]),
      s(on(1, 'mon'), 'aerobic', 30),
      s(on(1, 'tue'), 'mixed', 30),
      s(on(1, 'wed'), 'aerobic', 25),
    ] as never;
    expect(groupWorkouts(sessions).labels).toEqual([0, 0, 1, 2, 3, 2]);
  });
});

describe('at least 6 sessions (SPEC §4): fewer → how many more', () => {
  it.each<[string, LoggedSession[], number, number]>([
    ['none', [], 0, 6],
    ['five', logWeeks({ mon: 'strength', thu: ['aerobic', [0]] }), 5, 1],
    ['rest days and skipped-as-rest do not count', [...logWeeks({ mon: 'strength' }), s(on(0, 'tue'), 'rest'), s(on(1, 'tue'), 'rest')], 4, 2],
    ['outside the window does not count', [...logWeeks({ mon: 'strength', thu: ['aerobic', [3]] }), s('2026-10-04', 'strength')], 5, 1],
  ])('%s', (_name, sessions, count, needed) => {
    expect(detectPlan(sessions, { weeks: 4, to: TO })).toMatchObject({ ok: false, sessions: count, needed });
  });

  it('six is enough', () => {
    expect(detectPlan(logWeeks({ mon: 'strength', thu: ['aerobic', [0, 1]] }), { weeks: 4, to: TO }).ok).toBe(true);
  });
});

describe('median', () => {
  it.each<[number[], number | undefined]>([
    [[], undefined],
    [[3], 3],
    [[5, 1, 3], 3],
    [[1, 2, 3, 4], 2.5],
  ])('%j → %s', (values, m) => expect(median(values)).toBe(m));
});
