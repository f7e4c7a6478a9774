// Plan generator for the bench and the parser tests (SPEC §2), modelled on plans/*.yaml:
// weekly ladders, phased event plans with weekly_minutes and a goal date, and sequence
// (push/pull/legs) plans. The plans are meant to be valid *and* warning-free: stage
// steps stay within 25%, week-on-week growth within 10%, tapers are protected, event
// goals have a fallback. Seeded, so two runs write exactly the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { mulberry32 } from './journal-gen.mjs';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TYPES = ['strength', 'aerobic', 'mixed', 'mind_body'];

const STRENGTH_BW = [
  'Sit to stand',
  'Wall push-up',
  'Step-up onto a low step',
  'Calf raise',
  'Glute bridge',
  'Bird dog',
  'Dead bug',
  'Split squat',
  'Incline push-up',
  'Side plank',
];
const STRENGTH_BAND = ['Seated band row', 'Band pull-apart', 'Band face pull', 'Band overhead press', 'Band lateral walk'];
const PUSH = [
  ['Bench press', 60, 100],
  ['Overhead press', 30, 60],
  ['Incline dumbbell press', 16, 36],
  ['Dips', 0, 20],
  ['Cable fly', 10, 25],
  ['Triceps pushdown', 15, 35],
];
const PULL = [
  ['Deadlift', 80, 160],
  ['Barbell row', 50, 90],
  ['Pull-ups', 0, 20],
  ['Lat pulldown', 40, 80],
  ['Face pull', 12, 30],
  ['Hammer curl', 10, 22],
];
const LEGS = [
  ['Back squat', 60, 140],
  ['Romanian deadlift', 50, 110],
  ['Leg press', 100, 220],
  ['Walking lunge', 10, 30],
  ['Leg curl', 25, 55],
  ['Standing calf raise', 40, 100],
];
const AEROBIC = ['Brisk walk', 'Easy run', 'Easy cycling', 'Swim', 'Rowing machine', 'Elliptical', 'Run-walk intervals', 'Hill walk'];
const MIND_BODY = ['Slow breathing', 'Gentle stretching', 'Chair yoga flow', 'Body scan and rest', 'Tai chi form', 'Hip mobility flow', 'Box breathing'];
const NOTES = [
  'Stop with a few good reps left.',
  'Slow on the way down, steady on the way up.',
  'A pace where you can talk in full sentences.',
  'Hold a rail or a wall for balance if that helps.',
  'Rest as long as you need between sets.',
  'Breathe out on the effort.',
  'Walking breaks are always fine.',
  'Keep the shoulders relaxed and away from the ears.',
];
const TITLES = [
  'Move most days',
  'Get stronger',
  'Build a walking habit',
  'Back to running',
  'Stay strong through treatment',
  'Lift twice a week',
  'Feel fitter by spring',
  'Three sessions a week',
];
const EVENTS = ['10 km race', 'Half marathon', 'Marathon', 'Charity walk', 'Sprint triathlon', 'Hiking trip', 'Cycling sportive', 'Park run'];

const round5 = (x) => Math.max(5, Math.round(x / 5) * 5);
const isoDate = (d) => d.toISOString().slice(0, 10);

function strengthItems(r, n, { loaded }) {
  return r.sample(STRENGTH_BW.concat(STRENGTH_BAND), n).map((exercise, i) => {
    const item = { exercise, reps: r.pick(['8-12', '8-15', '10-15', '6-10', 10, 12]) };
    if (STRENGTH_BW.includes(exercise)) item.load = loaded && r.chance(0.3) ? `bw+${r.pick([5, 10, 2.5])}kg` : 'bw';
    item.rir = r.int(1, 4);
    if (i === 0) item.key = true;
    if (r.chance(0.4)) item.note = r.pick(NOTES);
    return item;
  });
}

function barbellItems(r, pool, n, unit) {
  return r.sample(pool, n).map(([exercise, lo, hi], i) => {
    const item = { exercise, sets: r.int(2, 5), reps: r.pick(['5', '6-8', '8-10', '10-12', 5, 8]) };
    if (typeof item.reps === 'string' && !item.reps.includes('-')) item.reps = Number(item.reps);
    const load = lo === 0 ? 0 : r.int(lo, hi);
    if (unit === 'lb') item.load = lo === 0 ? 'bw' : `${Math.round((load * 2.2) / 5) * 5}lb`;
    else item.load = lo === 0 ? (r.chance(0.5) ? 'bw' : `bw+${r.int(1, 4) * 5}kg`) : `${Math.round(load / 2.5) * 2.5}kg`;
    item.rir = r.int(1, 3);
    if (lo !== 0 && r.chance(0.6)) item.increment = unit === 'lb' ? r.pick(['5lb', '10lb']) : r.pick(['2.5kg', '5kg', '1.25kg']);
    if (i === 0) item.key = true;
    if (r.chance(0.25)) item.note = r.pick(NOTES);
    return item;
  });
}

function aerobicItems(r, total) {
  const main = r.pick(AEROBIC);
  const warm = r.int(3, 8);
  const cool = r.int(3, 6);
  const items = [
    { exercise: `${main} to warm up`, minutes: warm },
    { exercise: main, minutes: Math.max(5, total - warm - cool), key: true },
    { exercise: 'Walk to cool down', minutes: cool },
  ];
  if (r.chance(0.4)) items[1].distance = r.pick(['3km', '5km', '2mi', '1500m', '8km']);
  if (r.chance(0.5)) items[1].note = r.pick(NOTES);
  return items;
}

function mindBodyItems(r, n) {
  return r
    .sample(MIND_BODY, n)
    .map((exercise, i) => ({ exercise, minutes: r.int(2, 8), ...(i === 0 ? { key: true } : {}), ...(r.chance(0.3) ? { note: r.pick(NOTES) } : {}) }));
}

function gentleOf(items) {
  return items.slice(0, Math.max(1, items.length - 1)).map((item) => {
    const g = { ...item };
    if (g.sets) g.sets = Math.max(1, g.sets - 1);
    if (typeof g.rir === 'number') g.rir = Math.min(5, g.rir + 1);
    if (g.minutes) g.minutes = Math.max(1, Math.round(g.minutes * 0.7));
    delete g.increment;
    return g;
  });
}

function defaultSessions(r, { loaded }) {
  const strength = { standard: strengthItems(r, r.int(3, 6), { loaded }) };
  if (r.chance(0.6)) strength.gentle = gentleOf(strength.standard);
  if (r.chance(0.4)) strength.minimal = strength.standard.slice(0, 2).map((i) => ({ ...i, sets: 1, rir: 5 }));
  const aerobic = { standard: aerobicItems(r, r.int(15, 40)) };
  if (r.chance(0.5)) aerobic.gentle = [{ exercise: 'Easy walk', key: true, note: 'A relaxed pace throughout.' }];
  const mixed = { standard: [{ exercise: r.pick(AEROBIC), minutes: r.int(8, 20), key: true }, ...strengthItems(r, r.int(2, 4), { loaded })] };
  const mind_body = { standard: mindBodyItems(r, r.int(2, 4)) };
  if (r.chance(0.5)) mind_body.minimal = [{ exercise: 'Slow breathing', minutes: 2, key: true, note: 'Five slow breaths is a complete session.' }];
  return { strength, aerobic, mixed, mind_body };
}

/** A week template with `count` training days spread over the week, plus maybe an optional extra. */
function weekTemplate(r, count, types) {
  const spreads = {
    2: ['mon', 'thu'],
    3: ['mon', 'wed', 'fri'],
    4: ['mon', 'tue', 'thu', 'sat'],
    5: ['mon', 'tue', 'wed', 'fri', 'sat'],
    6: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  };
  const days = spreads[count];
  const t = {};
  days.forEach((d, i) => {
    t[d] = types[i % types.length];
  });
  const free = WEEKDAYS.filter((d) => !t[d]);
  if (free.length && r.chance(0.7)) t[free[free.length - 1]] = { type: 'mind_body', optional: true, minutes: r.pick([5, 10]) };
  return t;
}

function weeklyMinutesOf(template, minutes, volume = 1) {
  let sum = 0;
  for (const wd of WEEKDAYS) {
    const day = template[wd];
    if (day === undefined) continue;
    const type = typeof day === 'string' ? day : day.type;
    if (type === 'rest' || (typeof day === 'object' && day.optional)) continue;
    sum += (typeof day === 'object' && day.minutes) || minutes[type] || 0;
  }
  return sum * volume;
}

const STAGE_NAMES = [
  ['FOUNDATIONS', 'BUILD_1', 'BUILD_2', 'GROW', 'MAINTAIN'],
  ['START', 'STEADY', 'STRONGER', 'STRONG', 'SUSTAIN'],
  ['LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4', 'LEVEL_5'],
  ['BASE', 'BUILD', 'PROGRESS', 'PEAK', 'HOLD'],
];

/** Weekly ladder: 3–5 stages, each its own template, each step 5–22% more minutes. */
export function ladderPlan(r, n) {
  const stageCount = r.int(3, 5);
  const names = r.pick(STAGE_NAMES);
  const typeOrders = [
    ['strength', 'aerobic', 'mind_body'],
    ['strength', 'aerobic', 'mixed', 'aerobic'],
    ['aerobic', 'strength', 'aerobic', 'mixed', 'mind_body'],
    ['mixed', 'aerobic', 'strength'],
  ];
  const types = r.pick(typeOrders);
  let dayCount = r.int(2, 3);
  let minutes = { strength: r.int(10, 20), aerobic: r.int(10, 25), mixed: r.int(12, 25), mind_body: r.int(8, 15) };
  let previous;
  const stages = [];
  for (let s = 0; s < stageCount; s++) {
    if (s > 0 && dayCount < 5 && r.chance(0.3)) dayCount++;
    const template = weekTemplate(r, dayCount, types);
    if (s > 0) for (const t of TYPES) minutes[t] = Math.round(minutes[t] * (1 + r.int(5, 20) / 100));
    const volume = 1;
    let weekly = weeklyMinutesOf(template, minutes, volume);
    if (previous && weekly > previous * 1.22) {
      const k = (previous * 1.2) / weekly;
      minutes = Object.fromEntries(TYPES.map((t) => [t, Math.max(5, Math.floor(minutes[t] * k))]));
      weekly = weeklyMinutesOf(template, minutes, volume);
    }
    previous = weekly;
    stages.push({
      id: names[s],
      description: `${dayCount} sessions a week, about ${Math.round(weekly / dayCount)} minutes each. Weekly plan: ${Math.round(weekly)} minutes.`,
      minutes: { ...minutes },
      sets: s < 2 ? 1 : 2,
      volume,
      min_weeks: r.int(1, 3),
      week_template: template,
    });
  }
  return {
    schema: 'regimen/v1',
    id: `bench-ladder-${n}`,
    name: `Bench ladder ${n}`,
    description: 'A generated weekly ladder: a few short sessions a week that grow one small rung at a time.',
    goal: { kind: r.pick(['wellbeing', 'habit', 'strength']), title: r.pick(TITLES) },
    schedule: 'weekly',
    week_template: stages[0].week_template,
    stages,
    sessions: defaultSessions(r, { loaded: false }),
    ...(r.chance(0.4) ? { rules: { symptoms: { amber: 4, red: 7 }, review: { window_days: 14, progress_min_completion: 0.7 } } } : {}),
  };
}

/** Phased event plan: base/build/peak/taper with weekly_minutes lists and a goal date. */
export function phasedPlan(r, n) {
  const phaseSpec = [
    ['base', 'base', r.int(3, 6)],
    ['build', 'build', r.int(3, 6)],
    ...(r.chance(0.6) ? [['peak', 'peak', r.int(2, 3)]] : []),
    ['taper', 'taper', r.int(1, 3)],
  ];
  // One running sequence of weeks across all phases: growth 3–9% a week (never over
  // 10% on the week before, cutback weeks included), a lighter week every fourth week,
  // and a taper that comes down from the last level.
  let level = r.int(100, 200);
  let lastWeek;
  const phases = [];
  for (const [id, type, weeks] of phaseSpec) {
    const list = [];
    for (let w = 0; w < weeks; w++) {
      const cutback = type !== 'taper' && w > 0 && (w + 1) % 4 === 0;
      let value;
      if (lastWeek === undefined) value = level;
      else if (type === 'taper') value = Math.round(level * (0.85 - 0.1 * w));
      else if (cutback) value = Math.round(level * 0.92);
      else value = Math.min(Math.floor(level * (1 + r.int(3, 9) / 100)), Math.floor(lastWeek * 1.1));
      list.push(value);
      lastWeek = value;
      if (type !== 'taper' && !cutback) level = value;
    }
    const intents = {
      base: 'Easy aerobic volume and the long run growing slowly. Everything at a talking pace.',
      build: 'More minutes, a tempo run on Wednesday and a longer long run.',
      peak: 'The longest weeks, with a lighter week in between.',
      taper: 'Less volume so the legs arrive fresh. Feeling restless is normal.',
    };
    const phase = { id, type, weeks, min_weeks: Math.max(1, weeks - r.int(0, 2)), intent: intents[type] };
    phase.weekly_minutes = list.length === 1 && r.chance(0.5) ? list[0] : list;
    if (r.chance(0.5))
      phase.blocks = list.map((_, w) => (w === 0 ? 'intro' : w === weeks - 1 && type !== 'taper' ? 'peak' : (w + 1) % 4 === 0 ? 'recovery' : 'progression'));
    if (type !== 'base') {
      phase.week_template = {
        mon: 'rest',
        tue: { type: 'aerobic', session: 'easy', minutes: 30 },
        wed: { type: 'aerobic', session: type === 'taper' ? 'easy' : 'tempo', minutes: 35 },
        thu: { type: 'strength', minutes: 20 },
        fri: { type: 'mind_body', optional: true, minutes: 10 },
        sat: { type: 'aerobic', session: 'long', minutes: type === 'build' ? 75 : type === 'peak' ? 100 : 60 },
        sun: r.chance(0.5) ? { type: 'mixed', minutes: 30 } : 'rest',
      };
    }
    if (type === 'taper') phase.protected = true;
    phases.push(phase);
  }
  // The goal date: a Sunday between 2027 and 2028.
  const goal = new Date(Date.UTC(2027, 0, 3 + 7 * r.int(0, 90)));
  const sessions = defaultSessions(r, { loaded: true });
  sessions.easy = {
    type: 'aerobic',
    standard: [
      { exercise: 'Easy run', key: true, note: 'Conversational pace.' },
      { exercise: 'Strides', reps: r.int(4, 8) },
    ],
    gentle: [{ exercise: 'Easy run-walk', key: true }],
  };
  sessions.tempo = {
    type: 'aerobic',
    standard: [
      { exercise: 'Easy running to warm up', minutes: 10 },
      { exercise: 'Tempo running', minutes: r.int(15, 25), key: true, note: 'Comfortably hard.' },
      { exercise: 'Easy running to cool down', minutes: 10 },
    ],
  };
  sessions.long = {
    type: 'aerobic',
    standard: [{ exercise: 'Long run', key: true, distance: `${r.int(10, 30)}km`, note: 'Slow and steady; practise fuelling.' }],
    minimal: [{ exercise: 'Easy run-walk', key: true }],
  };
  const stageCount = r.int(1, 3);
  const stages = [];
  for (let s = 0; s < stageCount; s++) {
    stages.push({
      id: ['RACE_PREP', 'RACE_BUILD', 'RACE_SHARP'][s],
      minutes: { strength: 20, aerobic: 30, mixed: 30, mind_body: 10 },
      sets: 2,
      volume: [1, 1.1, 1.2][s],
      min_weeks: 2,
    });
  }
  return {
    schema: 'regimen/v1',
    id: `bench-phased-${n}`,
    name: `Bench phased ${n}`,
    description: 'A generated event plan: phases laid backwards from the goal date, each week scaled to its weekly minutes.',
    goal: { kind: 'event', title: r.pick(EVENTS), date: isoDate(goal), fallback: 'Finish comfortably, walking breaks welcome' },
    schedule: 'weekly',
    week_template: {
      mon: 'rest',
      tue: { type: 'aerobic', session: 'easy', minutes: 30 },
      wed: { type: 'aerobic', session: 'easy', minutes: 30 },
      thu: { type: 'strength', minutes: 20 },
      fri: { type: 'mind_body', optional: true, minutes: 10 },
      sat: { type: 'aerobic', session: 'long', minutes: 60 },
      sun: { type: 'mixed', minutes: 30 },
    },
    stages,
    phases,
    sessions,
    rules: { lint: { max_stage_increase: 0.25, max_weekly_increase: 0.1 } },
  };
}

/** Sequence plan: push/pull/legs-style rotation with named days. */
export function sequencePlan(r, n) {
  const unit = r.chance(0.25) ? 'lb' : 'kg';
  const layouts = [
    [
      ['Push', 'push'],
      ['Pull', 'pull'],
      ['Legs', 'legs'],
      ['Rest', null],
    ],
    [
      ['Push', 'push'],
      ['Pull', 'pull'],
      ['Legs', 'legs'],
      ['Rest', null],
      ['Push', 'push'],
      ['Pull', 'pull'],
      ['Legs', 'legs'],
      ['Rest', null],
    ],
    [
      ['Upper', 'upper'],
      ['Lower', 'lower'],
      ['Rest', null],
      ['Upper', 'upper'],
      ['Lower', 'lower'],
      ['Conditioning', 'conditioning'],
      ['Rest', null],
    ],
    [
      ['Full body A', 'full_a'],
      ['Rest', null],
      ['Full body B', 'full_b'],
      ['Walk', 'conditioning'],
      ['Full body A', 'full_a'],
      ['Rest', null],
    ],
  ];
  const layout = r.pick(layouts);
  const sessions = {};
  const build = {
    push: () => barbellItems(r, PUSH, r.int(3, 5), unit),
    pull: () => barbellItems(r, PULL, r.int(3, 5), unit),
    legs: () => barbellItems(r, LEGS, r.int(3, 5), unit),
    upper: () => [...barbellItems(r, PUSH, 2, unit), ...barbellItems(r, PULL, 2, unit)],
    lower: () => barbellItems(r, LEGS, r.int(3, 4), unit),
    full_a: () => [...barbellItems(r, LEGS, 1, unit), ...barbellItems(r, PUSH, 1, unit), ...barbellItems(r, PULL, 1, unit)],
    full_b: () => [...barbellItems(r, LEGS, 1, unit), ...barbellItems(r, PUSH, 1, unit), ...barbellItems(r, PULL, 2, unit)],
  };
  for (const [, name] of layout) {
    if (!name || sessions[name]) continue;
    if (name === 'conditioning') sessions[name] = { type: 'aerobic', standard: aerobicItems(r, r.int(20, 35)) };
    else {
      sessions[name] = { type: 'strength', standard: build[name]() };
      if (r.chance(0.5)) sessions[name].gentle = gentleOf(sessions[name].standard);
    }
  }
  const days = layout.map(([label, session]) =>
    session === null
      ? { name: label, type: 'rest' }
      : { name: label, type: sessions[session].type, session, ...(r.chance(0.2) ? { minutes: r.int(40, 70) } : {}) },
  );
  const stageCount = r.int(3, 5);
  const stages = [];
  for (let s = 0; s < stageCount; s++) {
    stages.push({
      id: ['NOVICE', 'LINEAR', 'INTERMEDIATE', 'VOLUME', 'PEAK'][s],
      description: `Rung ${s + 1}: ${2 + Math.min(s, 2)} working sets.`,
      minutes: { strength: 45 + 5 * s, aerobic: 25 + 2 * s, mixed: 30, mind_body: 10 },
      sets: 2 + Math.min(s, 2),
      volume: Math.round((1 + 0.08 * s) * 100) / 100,
      min_weeks: r.int(2, 4),
    });
  }
  return {
    schema: 'regimen/v1',
    id: `bench-sequence-${n}`,
    name: `Bench sequence ${n}`,
    description: 'A generated rotation: do the next day in the list whenever you train.',
    goal: { kind: 'strength', title: r.pick(['Bench 100kg', 'Squat body weight', 'Five pull-ups', 'Lift three times a week']) },
    schedule: 'sequence',
    days,
    stages,
    sessions,
  };
}

export function toYaml(plan, r) {
  // No anchors: a stage reusing the plan's week template is written out again, the way
  // plans/*.yaml are written (an object used twice would otherwise become &a1 / *a1).
  const doc = new YAML.Document(plan, { aliasDuplicateObjects: false });
  // Write short mappings (items, days) in flow style the way people write them by hand.
  YAML.visit(doc, {
    Map(_, node) {
      const keys = node.items.map((p) => String(p.key?.value ?? p.key));
      const small = node.items.length <= 5 && !keys.includes('note') && !keys.includes('description');
      if (small && (keys.includes('exercise') || keys.includes('type') || keys.includes('strength')) && !keys.includes('standard')) node.flow = r.chance(0.85);
    },
    Seq(_, node) {
      if (node.items.every((i) => YAML.isScalar(i))) node.flow = true; // weekly_minutes: [150, 165, …]
    },
  });
  return (
    '# yaml-language-server: $schema=./regimen.schema.json\n' +
    `# ${plan.name}: generated by test/bench/bench.mjs (seeded, deterministic).\n\n` +
    doc.toString({ lineWidth: 100 })
  );
}

/** `count` plans written as YAML into `dir`; returns what was written. */
export function generatePlans(dir, count, seed) {
  const r = mulberry32(seed);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const kinds = { ladder: 0, phased: 0, sequence: 0 };
  for (let i = 1; i <= count; i++) {
    const roll = r.next();
    const kind = roll < 0.45 ? 'ladder' : roll < 0.75 ? 'phased' : 'sequence';
    kinds[kind]++;
    const plan = kind === 'ladder' ? ladderPlan(r, i) : kind === 'phased' ? phasedPlan(r, i) : sequencePlan(r, i);
    const text = toYaml(plan, r);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `plan-${String(i).padStart(3, '0')}.yaml`), text);
  }
  return { count, bytes, kinds };
}
