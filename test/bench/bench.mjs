#!/usr/bin/env node
// `npm run bench`: the speed (and peak memory) quality bars of SPEC §8.
//
// Every case is timed from process spawn to exit, as the user experiences it, and
// reported as a ratio to `node -e 0` measured on the same machine in the same run
// (cases are interleaved round-robin, so drift in machine load hits every row alike).
// The bench reports; it does not gate: it exits 0 whatever the numbers are. It only
// fails (exit 1) when it cannot measure: no build, or generated inputs that are invalid.
//
//   node test/bench/bench.mjs [--runs N] [--json] [--seed N] [--keep] [--only NAME]
//
// It builds nothing: run `npm run build` first. Inputs are generated into a fresh
// temporary directory (removed at the end unless --keep) from a seeded PRNG, so two
// runs time exactly the same files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { addDays, athleteIdOf, generateJournal, generateTeamJournal, mondayOf, mulberry32, openJournal } from './journal-gen.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'bin', 'regimen.js');
const DIST = join(ROOT, 'dist', 'cli.cjs');
const TIME = '/usr/bin/time';

// ------------------------------------------------------------------------------
// Options

function usage(code) {
  (code ? process.stderr : process.stdout).write(
    'usage: node test/bench/bench.mjs [--runs N] [--json] [--seed N] [--keep] [--only NAME]\n' +
      '  --runs N     timed runs per case (default 15, after 2 warm-up runs)\n' +
      '  --json       print the results as one JSON document\n' +
      '  --seed N     seed for the generated inputs (default 20261123)\n' +
      '  --keep       keep the temporary directory and print its path\n' +
      '  --only NAME  run only the cases whose name contains NAME (the baseline always runs)\n',
  );
  process.exit(code);
}

function parseArgs(argv) {
  const opts = { runs: 15, warmup: 2, json: false, seed: 20261123, keep: false, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) {
        process.stderr.write(`bench: ${arg} needs a value\n`);
        usage(2);
      }
      return v;
    };
    const int = (name, v, min) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) {
        process.stderr.write(`bench: ${name} must be an integer >= ${min}, got ${v}\n`);
        process.exit(2);
      }
      return n;
    };
    if (arg === '--runs') opts.runs = int('--runs', value(), 1);
    else if (arg.startsWith('--runs=')) opts.runs = int('--runs', arg.slice(7), 1);
    else if (arg === '--seed') opts.seed = int('--seed', value(), 0);
    else if (arg === '--json') opts.json = true;
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--only') opts.only = value();
    else if (arg === '-h' || arg === '--help') usage(0);
    else {
      process.stderr.write(`bench: unknown option ${arg}\n`);
      usage(2);
    }
  }
  return opts;
}

// ------------------------------------------------------------------------------
// Plan generator (SPEC §2), modelled on plans/*.yaml: weekly ladders, phased event
// plans with weekly_minutes and a goal date, and sequence (push/pull/legs) plans.
// The plans are meant to be valid *and* warning-free: stage steps stay within 25%,
// week-on-week growth within 10%, tapers are protected, event goals have a fallback.

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TYPES = ['strength', 'aerobic', 'mixed', 'mind_body'];

const STRENGTH_BW = ['Sit to stand', 'Wall push-up', 'Step-up onto a low step', 'Calf raise', 'Glute bridge', 'Bird dog', 'Dead bug', 'Split squat', 'Incline push-up', 'Side plank'];
const STRENGTH_BAND = ['Seated band row', 'Band pull-apart', 'Band face pull', 'Band overhead press', 'Band lateral walk'];
const PUSH = [['Bench press', 60, 100], ['Overhead press', 30, 60], ['Incline dumbbell press', 16, 36], ['Dips', 0, 20], ['Cable fly', 10, 25], ['Triceps pushdown', 15, 35]];
const PULL = [['Deadlift', 80, 160], ['Barbell row', 50, 90], ['Pull-ups', 0, 20], ['Lat pulldown', 40, 80], ['Face pull', 12, 30], ['Hammer curl', 10, 22]];
const LEGS = [['Back squat', 60, 140], ['Romanian deadlift', 50, 110], ['Leg press', 100, 220], ['Walking lunge', 10, 30], ['Leg curl', 25, 55], ['Standing calf raise', 40, 100]];
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
const TITLES = ['Move most days', 'Get stronger', 'Build a walking habit', 'Back to running', 'Stay strong through treatment', 'Lift twice a week', 'Feel fitter by spring', 'Three sessions a week'];
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
  return r.sample(MIND_BODY, n).map((exercise, i) => ({ exercise, minutes: r.int(2, 8), ...(i === 0 ? { key: true } : {}), ...(r.chance(0.3) ? { note: r.pick(NOTES) } : {}) }));
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
  const spreads = { 2: ['mon', 'thu'], 3: ['mon', 'wed', 'fri'], 4: ['mon', 'tue', 'thu', 'sat'], 5: ['mon', 'tue', 'wed', 'fri', 'sat'], 6: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] };
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
function ladderPlan(r, n) {
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
function phasedPlan(r, n) {
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
    if (r.chance(0.5)) phase.blocks = list.map((_, w) => (w === 0 ? 'intro' : w === weeks - 1 && type !== 'taper' ? 'peak' : (w + 1) % 4 === 0 ? 'recovery' : 'progression'));
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
  sessions.easy = { type: 'aerobic', standard: [{ exercise: 'Easy run', key: true, note: 'Conversational pace.' }, { exercise: 'Strides', reps: r.int(4, 8) }], gentle: [{ exercise: 'Easy run-walk', key: true }] };
  sessions.tempo = {
    type: 'aerobic',
    standard: [{ exercise: 'Easy running to warm up', minutes: 10 }, { exercise: 'Tempo running', minutes: r.int(15, 25), key: true, note: 'Comfortably hard.' }, { exercise: 'Easy running to cool down', minutes: 10 }],
  };
  sessions.long = { type: 'aerobic', standard: [{ exercise: 'Long run', key: true, distance: `${r.int(10, 30)}km`, note: 'Slow and steady; practise fuelling.' }], minimal: [{ exercise: 'Easy run-walk', key: true }] };
  const stageCount = r.int(1, 3);
  const stages = [];
  for (let s = 0; s < stageCount; s++) {
    stages.push({ id: ['RACE_PREP', 'RACE_BUILD', 'RACE_SHARP'][s], minutes: { strength: 20, aerobic: 30, mixed: 30, mind_body: 10 }, sets: 2, volume: [1, 1.1, 1.2][s], min_weeks: 2 });
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
function sequencePlan(r, n) {
  const unit = r.chance(0.25) ? 'lb' : 'kg';
  const layouts = [
    [['Push', 'push'], ['Pull', 'pull'], ['Legs', 'legs'], ['Rest', null]],
    [['Push', 'push'], ['Pull', 'pull'], ['Legs', 'legs'], ['Rest', null], ['Push', 'push'], ['Pull', 'pull'], ['Legs', 'legs'], ['Rest', null]],
    [['Upper', 'upper'], ['Lower', 'lower'], ['Rest', null], ['Upper', 'upper'], ['Lower', 'lower'], ['Conditioning', 'conditioning'], ['Rest', null]],
    [['Full body A', 'full_a'], ['Rest', null], ['Full body B', 'full_b'], ['Walk', 'conditioning'], ['Full body A', 'full_a'], ['Rest', null]],
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
    session === null ? { name: label, type: 'rest' } : { name: label, type: sessions[session].type, session, ...(r.chance(0.2) ? { minutes: r.int(40, 70) } : {}) },
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

function toYaml(plan, r) {
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

function generatePlans(dir, count, seed) {
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

// ------------------------------------------------------------------------------
// Running and measuring

const baseEnv = { ...process.env, NO_COLOR: '1', REGIMEN_NOW: '2026-11-25' };
delete baseEnv.FORCE_COLOR;

/** Run the CLI once (for setup); throws with its stderr when it fails. */
function regimen(args, env = {}) {
  const res = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...baseEnv, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`regimen ${args.join(' ')} exited ${res.status}:\n${res.stderr || res.stdout}`);
  return res.stdout;
}

function timeOnce(c) {
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, c.argv, { cwd: ROOT, env: c.fullEnv, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const expected = c.expectStatus ?? 0;
  if (res.error || res.status !== expected) {
    const why = res.error ? res.error.message : `exit ${res.status} (expected ${expected})${res.signal ? `, signal ${res.signal}` : ''}`;
    throw new Error(`${c.name}: ${why}\n${String(res.stderr ?? '').slice(0, 2000)}`);
  }
  return ms;
}

const hasTime = (() => {
  if (!existsSync(TIME)) return false;
  const res = spawnSync(TIME, ['-f', '%M', process.execPath, '-e', '0'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  return res.status === 0 && /^\d+\s*$/m.test(res.stderr);
})();

/** Peak RSS in MiB via GNU time's %M (KiB), median of a few runs; null when unavailable. */
function peakRssMiB(c, tmp, runs = c.target?.maxRssMiB !== undefined ? 3 : 1) {
  if (!hasTime) return null;
  const out = join(tmp, '.time-out');
  const values = [];
  for (let i = 0; i < runs; i++) {
    const res = spawnSync(TIME, ['-f', '%M', '-o', out, process.execPath, ...c.argv], { cwd: ROOT, env: c.fullEnv, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    if (res.status !== (c.expectStatus ?? 0)) {
      process.stderr.write(`bench: ${c.name}: peak memory run exited ${res.status} (expected ${c.expectStatus ?? 0}):\n${String(res.stderr ?? '').slice(0, 1000)}\n`);
      return null;
    }
    const kib = Number(readFileSync(out, 'utf8').trim().split('\n').at(-1));
    if (Number.isFinite(kib)) values.push(kib / 1024);
  }
  return values.length ? median(values) : null;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// ------------------------------------------------------------------------------
// The ten-year journal (test/bench/journal-gen.mjs). "Today" is a fixed Monday, so runs
// are comparable and today's planned session is the strength one: `today` then looks up
// the last performance of each of its exercises in ten years of sessions.

const JOURNAL_TODAY = '2026-11-23'; // a Monday
const JOURNAL_START = mondayOf(addDays(JOURNAL_TODAY, -3652)); // ten years back, a Monday

function ensureJournal(ctx) {
  if (ctx.journalInfo) return ctx.journalInfo;
  const info = generateJournal({
    root: ROOT,
    journal: ctx.journal,
    plan: join(ROOT, 'plans', 'gentle-foundations.yaml'),
    today: JOURNAL_TODAY,
    start: JOURNAL_START,
    seed: ctx.seed,
    regimen: ctx.regimen,
  });
  ctx.log(
    `bench: generated a journal of ${info.days} days (${JOURNAL_START} to ${addDays(JOURNAL_TODAY, -1)}): ${info.checkins} check-ins, ` +
      `${info.sessions} sessions (${Object.entries(info.statuses).map(([k, v]) => `${v} ${k}`).join(', ')}); ` +
      `${(info.bytes / 1024 / 1024).toFixed(1)} MiB in ${(info.ms / 1000).toFixed(2)} s`,
  );

  // The commands must work on it, or the timings mean nothing.
  const env = { REGIMEN_NOW: JOURNAL_TODAY };
  const at = ['--no-input', '--journal', ctx.journal];
  const view = JSON.parse(ctx.regimen([...at, '--json', 'today'], env));
  const problems = [];
  if (!view.planned || view.planned.type === 'rest') problems.push(`planned is ${JSON.stringify(view.planned?.type ?? null)}, expected a training session`);
  if (!view.adapted) problems.push('adapted is missing');
  if (view.adaptation === 'as_planned' || view.status !== 'amber') problems.push(`expected an amber day that adapts, got status ${view.status}, adaptation ${view.adaptation}`);
  if (!Array.isArray(view.last) || view.last.length === 0) problems.push('last is empty: no last performance found in ten years of sessions');
  if (problems.length) throw new Error(`today --json on the generated journal: ${problems.join('; ')}`);
  ctx.regimen([...at, 'today'], env);
  ctx.regimen([...at, 'log', '--replace', '--rpe', '4', '--exercise', 'Sit to stand from a chair: 2x12@bw rir3'], env);
  ctx.log(
    `bench: today: ${view.planned.type} ${view.planned.minutes} min -> ${view.adaptation} (${view.adapted.variant}, ${view.adapted.minutes} min); ` +
      `last performance of ${view.last.length} of ${view.planned.items.length} exercises (${view.last.map((l) => l.date).join(', ')})`,
  );
  ctx.journalInfo = { ...info, start: JOURNAL_START, today: JOURNAL_TODAY };
  return ctx.journalInfo;
}

/** Run the CLI once, timed (for the one-off checks): { out, ms }. Throws on a non-zero exit. */
function timedRegimen(ctx, args, env) {
  const start = process.hrtime.bigint();
  const out = ctx.regimen(args, env);
  return { out, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** A byte-for-byte copy of a journal (with its WAL, if one is left), for a run that must not touch the original. */
function copyJournal(from, to) {
  for (const suffix of ['', '-wal']) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
}

function reviewProblems(r, label) {
  const problems = [];
  if (!['progress', 'hold', 'step_down'].includes(r?.decision)) problems.push(`${label}: decision is ${JSON.stringify(r?.decision)}`);
  if (!r?.metrics || typeof r.metrics !== 'object' || typeof r.metrics.completion === 'undefined' || !r.metrics.load) problems.push(`${label}: metrics missing or incomplete (${JSON.stringify(r?.metrics)})`);
  return problems;
}

const tally = (reviews) => Object.entries(reviews.reduce((t, r) => ({ ...t, [r.decision]: (t[r.decision] ?? 0) + 1 }), {})).map(([k, v]) => `${v} ${k}`).join(', ');

/** `review` must decide on the ten-year journal: dry-run JSON checked, and one real run (on a copy) exits 0 and records it. */
function ensureReview(ctx) {
  if (ctx.reviewChecked) return;
  ensureJournal(ctx);
  const env = { REGIMEN_NOW: JOURNAL_TODAY };
  const dry = timedRegimen(ctx, ['--no-input', '--journal', ctx.journal, '--json', 'review', '--dry-run'], env);
  const review = JSON.parse(dry.out);
  const problems = reviewProblems(review, 'review --dry-run --json');
  if (review.applied !== false || review.cached !== false) problems.push(`review --dry-run --json: expected applied false, cached false, got ${review.applied}, ${review.cached}`);
  // The real run goes to a copy: a stored review would make every later dry run return it (cached).
  const copy = join(ctx.tmp, 'journal-review-check.db');
  copyJournal(ctx.journal, copy);
  const real = timedRegimen(ctx, ['--no-input', '--journal', copy, '--json', 'review'], env);
  const applied = JSON.parse(real.out);
  problems.push(...reviewProblems(applied, 'review --json'));
  if (applied.applied !== true) problems.push(`review --json: expected applied true, got ${applied.applied}`);
  const db = openJournal(ROOT, copy);
  const stored = db.prepare('SELECT count(*) AS n FROM reviews WHERE week = ?').get(review.week).n;
  db.close();
  if (stored !== 1) problems.push(`review --json: ${stored} reviews stored for ${review.week}, expected 1`);
  rmSync(copy, { force: true });
  rmSync(`${copy}-wal`, { force: true });
  rmSync(`${copy}-shm`, { force: true });
  if (problems.length) throw new Error(`review on the generated journal: ${problems.join('; ')}`);
  const m = review.metrics;
  ctx.log(
    `bench: review ${review.week}: ${review.decision} (${review.stage.from} -> ${review.stage.to}; completion ${m.completion}, avg rpe ${m.avg_rpe}, ${m.weeks_in_stage} weeks in stage); ` +
      `dry run ${dry.ms.toFixed(0)} ms, real run (on a copy) ${real.ms.toFixed(0)} ms, exit 0, 1 review stored`,
  );
  ctx.reviewChecked = true;
}

// The many-athlete journal for `review --all` (SPEC §8: "500 athletes with a year each"),
// on the same plan, from a Monday a year before the same "today".
const TEAM_SIZE = 500;
const TEAM_START = mondayOf(addDays(JOURNAL_TODAY, -365));

function ensureTeamJournal(ctx) {
  if (ctx.teamInfo) return ctx.teamInfo;
  const info = generateTeamJournal({
    root: ROOT,
    journal: ctx.team,
    plan: join(ROOT, 'plans', 'gentle-foundations.yaml'),
    today: JOURNAL_TODAY,
    start: TEAM_START,
    seed: ctx.seed,
    regimen: ctx.regimen,
    athletes: TEAM_SIZE,
  });
  ctx.log(
    `bench: generated a journal of ${info.athletes} athletes x ${info.days} days (${TEAM_START} to ${addDays(JOURNAL_TODAY, -1)}): ${info.checkins} check-ins, ` +
      `${info.sessions} sessions (${Object.entries(info.statuses).map(([k, v]) => `${v} ${k}`).join(', ')}); ` +
      `${(info.bytes / 1024 / 1024).toFixed(1)} MiB in ${(info.ms / 1000).toFixed(2)} s`,
  );

  // `review --all` must review every athlete, or the timings mean nothing.
  const env = { REGIMEN_NOW: JOURNAL_TODAY };
  const expectIds = Array.from({ length: TEAM_SIZE }, (_, i) => athleteIdOf(i + 1)).join(',');
  const check = (out, label, applied) => {
    const { reviews } = JSON.parse(out);
    const problems = [];
    if (!Array.isArray(reviews) || reviews.length !== TEAM_SIZE) return [`${label}: ${reviews?.length ?? 'no'} reviews, expected ${TEAM_SIZE}`];
    if (reviews.map((r) => r.athlete).join(',') !== expectIds) problems.push(`${label}: the reviews are not one for each of ${athleteIdOf(1)}…${athleteIdOf(TEAM_SIZE)}`);
    const bad = reviews.flatMap((r) => reviewProblems(r, `${label} ${r.athlete}`));
    if (bad.length) problems.push(...bad.slice(0, 3), ...(bad.length > 3 ? [`… and ${bad.length - 3} more`] : []));
    const wrong = reviews.filter((r) => r.applied !== applied || r.cached !== false).length;
    if (wrong) problems.push(`${label}: ${wrong} reviews without applied ${applied}, cached false`);
    return problems.length ? problems : reviews;
  };
  const dry = timedRegimen(ctx, ['--no-input', '--journal', ctx.team, 'review', '--all', '--dry-run', '--json'], env);
  const dryReviews = check(dry.out, 'review --all --dry-run --json', false);
  if (typeof dryReviews[0] === 'string') throw new Error(`review --all on the generated journal: ${dryReviews.join('; ')}`);
  // The real run goes to a copy: stored reviews would make every later dry run return them (cached).
  const copy = join(ctx.tmp, 'team-review-check.db');
  copyJournal(ctx.team, copy);
  const real = timedRegimen(ctx, ['--no-input', '--journal', copy, 'review', '--all', '--json'], env);
  const problems = [];
  const realReviews = check(real.out, 'review --all --json', true);
  if (typeof realReviews[0] === 'string') problems.push(...realReviews);
  const db = openJournal(ROOT, copy);
  const week = dryReviews[0].week;
  const stored = db.prepare('SELECT count(*) AS n, count(DISTINCT athlete_id) AS athletes FROM reviews WHERE week = ?').get(week);
  const changed = db.prepare("SELECT count(*) AS n FROM stage_changes WHERE reason LIKE 'review %'").get().n;
  db.close();
  if (stored.n !== TEAM_SIZE || stored.athletes !== TEAM_SIZE) problems.push(`review --all --json: ${stored.n} reviews of ${stored.athletes} athletes stored for ${week}, expected ${TEAM_SIZE}`);
  for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
  if (problems.length) throw new Error(`review --all on the generated journal: ${problems.join('; ')}`);
  ctx.log(
    `bench: review --all ${week}: ${tally(dryReviews)}; dry run ${dry.ms.toFixed(0)} ms, ` +
      `real run (on a copy) ${real.ms.toFixed(0)} ms, exit 0, ${stored.n} reviews and ${changed} stage changes stored`,
  );
  ctx.teamInfo = { ...info, start: TEAM_START, today: JOURNAL_TODAY, decisions: tally(dryReviews), check_dry_run_ms: dry.ms, check_real_run_ms: real.ms };
  return ctx.teamInfo;
}

// ------------------------------------------------------------------------------
// The cases. Add a row here to bench a new command:
//   name    what the table shows
//   args    argv after `node` (use CLI for bin/regimen.js); may be a function of ctx
//   env     extra environment (merged over the base: NO_COLOR=1, REGIMEN_NOW=2026-11-25)
//   setup   optional (ctx) => void, run once before timing; ctx = { tmp, plans, journal, team, regimen, seed, log }
//   target  { ratio } — median ≤ ratio × `node -e 0`; { maxRssMiB } — peak memory bar
//   expectStatus  the exit status every timed run must have (default 0)
// The first case is the baseline every ratio is taken against.

const CASES = [
  { name: 'node -e 0', args: ['-e', '0'], baseline: true },
  {
    name: 'check 200 plan files',
    args: (ctx) => [CLI, 'check', ctx.plans],
    target: { ratio: 3.0 },
  },
  // Journal-backed cases (SPEC §8: "over a generated journal of ten years of daily
  // check-ins and sessions"). The journal is built once, by the first of them to run.
  {
    name: 'today (10-year journal)',
    args: (ctx) => [CLI, '--no-input', '--journal', ctx.journal, 'today'],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureJournal(ctx),
    target: { ratio: 1.5, maxRssMiB: 80 },
  },
  {
    name: 'log (10-year journal)',
    // --replace: every run overwrites today's record, so the journal does not grow
    // (beyond one superseded row a run).
    args: (ctx) => [CLI, '--no-input', '--journal', ctx.journal, 'log', '--replace', '--rpe', '4', '--exercise', 'Sit to stand from a chair: 2x12@bw rir3'],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureJournal(ctx),
    target: { ratio: 1.6 },
  },
  {
    name: 'review (10-year journal)',
    // --dry-run: nothing is stored, so every run decides afresh (a stored review would be returned as cached).
    args: (ctx) => [CLI, '--no-input', '--journal', ctx.journal, 'review', '--dry-run'],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureReview(ctx),
    target: { ratio: 1.6 },
  },
  {
    name: `review --all (${TEAM_SIZE} athletes x 1 year)`,
    args: (ctx) => [CLI, '--no-input', '--journal', ctx.team, 'review', '--all', '--dry-run', '--json'],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureTeamJournal(ctx),
    target: { ratio: 10 },
  },
];

// ------------------------------------------------------------------------------

function fmt(n, digits = 1) {
  return n === null || n === undefined ? 'n/a' : n.toFixed(digits);
}

function printTable(rows) {
  const head = ['command', 'median ms', 'min ms', 'ratio', 'min ratio', 'target', 'peak MiB', 'result'];
  const body = rows.map((r) => [
    r.name,
    fmt(r.median_ms),
    fmt(r.min_ms),
    r.baseline ? '1.00×' : `${fmt(r.ratio, 2)}×`,
    r.baseline ? '1.00×' : `${fmt(r.min_ratio, 2)}×`,
    [r.target?.ratio !== undefined ? `≤ ${r.target.ratio.toFixed(1)}×` : '', r.target?.maxRssMiB !== undefined ? `≤ ${r.target.maxRssMiB} MiB` : ''].filter(Boolean).join(', ') || (r.baseline ? 'baseline' : '-'),
    fmt(r.peak_rss_mib),
    r.result,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = opts.json ? (...a) => console.error(...a) : (...a) => console.log(...a);

  if (!existsSync(DIST)) {
    console.error('bench: dist/cli.cjs is missing — run npm run build first');
    process.exit(1);
  }

  const began = process.hrtime.bigint();
  const loadStart = loadavg()[0];
  const tmp = mkdtempSync(join(tmpdir(), 'regimen-bench-'));
  const cleanup = () => {
    if (opts.keep) console.error(`bench: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  try {
    const ctx = { tmp, plans: join(tmp, 'plans'), journal: join(tmp, 'journal.db'), team: join(tmp, 'team.db'), regimen, seed: opts.seed, log, journalInfo: null, teamInfo: null, reviewChecked: false };
    const gen = generatePlans(ctx.plans, 200, opts.seed);
    log(`bench: generated ${gen.count} plans (${gen.kinds.ladder} ladder, ${gen.kinds.phased} phased, ${gen.kinds.sequence} sequence; ${(gen.bytes / 1024).toFixed(0)} KiB) with seed ${opts.seed}`);

    // The inputs must be valid, or the timings mean nothing.
    const check = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ctx.plans], { cwd: ROOT, env: baseEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (check.status !== 0) {
      let detail = (check.stderr || '').trim();
      try {
        const report = JSON.parse(check.stdout);
        const bad = report.files.filter((f) => !f.valid);
        detail = bad
          .slice(0, 5)
          .map((f) => `  ${f.file}: ${f.errors.slice(0, 3).map((e) => `${e.line}:${e.col} ${e.message}`).join('; ')}`)
          .join('\n');
        if (bad.length > 5) detail += `\n  … and ${bad.length - 5} more invalid files`;
      } catch {
        /* not JSON: show stderr as is */
      }
      console.error(`bench: the generated plans do not pass \`regimen check\` (exit ${check.status}); fix the generator or the checker:\n${detail}`);
      opts.keep = true; // cleanup() keeps the files for inspection and says where
      process.exitCode = 1;
      return;
    }
    let warnings = 0;
    try {
      warnings = JSON.parse(check.stdout).warnings ?? 0;
    } catch {
      /* text output: fine */
    }
    log(`bench: regimen check: all ${gen.count} valid, ${warnings} warnings`);

    const cases = CASES.filter((c) => c.baseline || opts.only === undefined || c.name.includes(opts.only));
    for (const c of cases) {
      if (c.setup) c.setup(ctx);
      c.argv = typeof c.args === 'function' ? c.args(ctx) : c.args;
      c.fullEnv = { ...baseEnv, ...(c.env ?? {}) };
      c.times = [];
    }

    log(`bench: ${opts.warmup} warm-up + ${opts.runs} timed runs per case, interleaved${hasTime ? '' : ` (${TIME} not found: peak memory n/a)`}`);
    for (let i = 0; i < opts.warmup; i++) for (const c of cases) timeOnce(c);
    for (let i = 0; i < opts.runs; i++) for (const c of cases) c.times.push(timeOnce(c));

    const base = median(cases.find((c) => c.baseline).times);
    const rows = cases.map((c) => {
      const med = median(c.times);
      const ratio = med / base;
      const rss = peakRssMiB(c, tmp);
      const checks = [];
      if (c.target?.ratio !== undefined) checks.push(ratio <= c.target.ratio);
      if (c.target?.maxRssMiB !== undefined) checks.push(rss === null ? null : rss <= c.target.maxRssMiB);
      const result = c.baseline || checks.length === 0 ? '' : checks.includes(false) ? 'OVER' : checks.includes(null) ? 'n/a' : 'PASS';
      return {
        name: c.name,
        command: ['node', ...c.argv.map((a) => a.replace(ROOT + '/', '').replace(tmp, '$TMP'))].join(' '),
        baseline: Boolean(c.baseline),
        runs: c.times.length,
        median_ms: med,
        min_ms: Math.min(...c.times),
        max_ms: Math.max(...c.times),
        ratio,
        // min over min: less sensitive to other load on the machine; shown, not judged
        min_ratio: Math.min(...c.times) / Math.min(...cases.find((b) => b.baseline).times),
        peak_rss_mib: rss,
        target: c.target ?? null,
        result,
      };
    });

    const judged = rows.filter((r) => r.result === 'PASS' || r.result === 'OVER' || r.result === 'n/a');
    const within = judged.filter((r) => r.result === 'PASS').length;
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    const summary = `bench: ${within} of ${judged.length} within target`;
    // Other processes competing for the CPU make the medians (and ratios) noisy: say so.
    const load = { start: loadStart, end: loadavg()[0], cpus: availableParallelism() };
    const busy = Math.max(load.start, load.end) > load.cpus * 0.5;
    const loadNote = `load average ${load.start.toFixed(2)} at start, ${load.end.toFixed(2)} at end, ${load.cpus} CPUs${busy ? ': the machine was busy, so the medians are noisy (compare the min ratios, or re-run on an idle machine)' : ''}`;

    if (opts.json) {
      console.log(
        JSON.stringify(
          {
            node: process.version,
            platform: `${process.platform}-${process.arch}`,
            runs: opts.runs,
            warmup: opts.warmup,
            seed: opts.seed,
            plans: { count: gen.count, bytes: gen.bytes, kinds: gen.kinds, warnings },
            journal: ctx.journalInfo,
            team_journal: ctx.teamInfo,
            memory: hasTime ? 'gnu-time' : null,
            baseline_ms: base,
            load,
            results: rows,
            within_target: within,
            judged: judged.length,
            seconds,
          },
          null,
          2,
        ),
      );
      console.error(`${summary}; ${loadNote}`);
    } else {
      console.log('');
      printTable(rows);
      console.log('');
      console.log(`${summary} (${seconds.toFixed(1)} s, node ${process.version})`);
      console.log(`bench: ${loadNote}`);
    }
  } finally {
    cleanup();
  }
}

try {
  main();
} catch (err) {
  // A failed run (a case exiting with the wrong status, a setup step failing): one clear message.
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
