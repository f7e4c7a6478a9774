// A ten-year journal for the `today` / `log` speed bars (SPEC §8: "over a generated
// journal of ten years of daily check-ins and sessions").
//
// The journal is created by the real CLI (`regimen init`), so its schema, pragmas and
// plan cache are exactly the program's. The planned sessions are taken from the real
// CLI too (`regimen schedule --json` for one week of the backbone). Only the ten years
// of daily rows are bulk-inserted with better-sqlite3 in one transaction, shaped like
// the rows `regimen checkin` and `regimen log` write (see src/io/journal/daily.ts),
// from a seeded PRNG: two runs build byte-for-byte the same rows.
//
// generateTeamJournal builds the `review --all` journal the same way: one athlete by
// `regimen init`, the other 499 copied from its rows, a year of daily rows each.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import YAML from 'yaml';

const DAY_MS = 86_400_000;
const toDate = (iso) => new Date(`${iso}T00:00:00Z`);
const isoOf = (d) => d.toISOString().slice(0, 10);
export const addDays = (iso, n) => isoOf(new Date(toDate(iso).getTime() + n * DAY_MS));
/** The Monday on or before `iso`. */
export const mondayOf = (iso) => addDays(iso, -((toDate(iso).getUTCDay() + 6) % 7));

/** Deterministic randomness (mulberry32), shared with bench.mjs. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (l) => l[Math.floor(next() * l.length)],
    sample: (list, n) => {
      const copy = [...list];
      const out = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}

const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
const SIGNALS = ['fatigue', 'pain', 'anxiety', 'low_mood', 'qol'];

/** SPEC §5 with the plan's thresholds: the worst signal decides (qol is "higher is better"). */
function statusOf(s, rules = { amber: 4, red: 7 }) {
  const worst = Math.max(s.fatigue, s.pain, s.anxiety, s.low_mood, 10 - s.qol);
  return worst >= rules.red ? 'red' : worst >= rules.amber ? 'amber' : 'green';
}

/**
 * What was logged for a strength session: the variant's items as `--exercise` would
 * store them ({exercise, sets, reps[], load?, rir?}), with an item now and then left out.
 */
function strengthExercises(r, items, variant) {
  const out = [];
  for (const item of items) {
    if (item.reps === undefined) continue; // not a sets × reps item
    if (!item.key && r.chance(0.15)) continue;
    const [lo, hi] = String(item.reps).split('-').map(Number);
    const sets = clamp((item.sets ?? 1) + (variant === 'standard' && r.chance(0.3) ? 1 : 0), 1, 5);
    const target = r.int(lo, hi ?? lo);
    const reps = Array.from({ length: sets }, (_, i) => Math.max(1, target - (i > 0 && r.chance(0.3) ? 1 : 0)));
    const e = { exercise: item.exercise, sets, reps };
    if (item.load !== undefined) e.load = item.load;
    if (item.rir !== undefined) e.rir = clamp(item.rir + r.int(-1, 1), 0, 5);
    out.push(e);
  }
  return out;
}

// ------------------------------------------------------------------------------
// Row builders, shared by the one-athlete and the many-athlete journals.

const openDb = (root, path) => new (createRequire(join(root, 'package.json'))('better-sqlite3'))(path);

/** Open a journal file with better-sqlite3 (from the project's own node_modules). */
export const openJournal = openDb;

/** The backbone's planned sessions for one week (index 0 = Monday), straight from the resolver, and the plan's session variants. */
function backboneOf(cli, plan, start) {
  const schedule = JSON.parse(cli(['--json', 'schedule', '--from', start, '--to', addDays(start, 6)]));
  const plannedByWeekday = schedule.days.map((d) => d.planned);
  // The gentle and minimal variants' items (for what an adapted strength day logs) from the plan file.
  const sessionsDef = YAML.parse(readFileSync(plan, 'utf8')).sessions ?? {};
  return { plannedByWeekday, plannedJson: plannedByWeekday.map((p) => JSON.stringify(p)), sessionsDef };
}

/** Insert statements shaped like the rows `regimen checkin` and `regimen log` write (src/io/journal/daily.ts). */
function dailyStatements(db) {
  return {
    checkin: db.prepare(
      `INSERT INTO checkins (athlete_id, date, fatigue, pain, anxiety, low_mood, qol, flags, note, status, superseded, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    ),
    session: db.prepare(
      `INSERT INTO sessions (athlete_id, date, assignment_id, plan_hash, planned, planned_type, planned_minutes, planned_stage, current_stage,
        actual_type, actual_minutes, status, rpe, energy, exercises, note, symptoms, adapted_for_symptoms, adaptation, seq_index, idempotency_key, replaced, created_at)
       VALUES (@athlete_id, @date, @assignment_id, @plan_hash, @planned, @planned_type, @planned_minutes, @planned_stage, @current_stage,
        @actual_type, @actual_minutes, @status, @rpe, @energy, @exercises, @note, @symptoms, @adapted_for_symptoms, @adaptation, NULL, NULL, 0, @created_at)`,
    ),
  };
}

const MEAN = { fatigue: 2, pain: 1, anxiety: 1.5, low_mood: 1.5, qol: 7.5 };
const NOTES = ['Felt good.', 'Tired after a poor night.', 'Did it in two halves.', 'Short on time.', 'Legs heavy.'];

/**
 * One athlete's daily check-ins and sessions from `start` to the day before `today`,
 * from the PRNG `r` (call inside a transaction). Adds what it wrote to `counts`.
 */
function insertDays(stmts, { athlete, assignmentId, planHash, stage, start, today, backbone, r }, counts) {
  const { plannedByWeekday, plannedJson, sessionsDef } = backbone;
  const variantItems = (planned, variant) => sessionsDef[planned.session]?.[variant] ?? planned.items;
  // Symptoms drift slowly (treatment phases, good and bad months) with daily noise.
  const level = { ...MEAN };
  let weekday = (toDate(start).getUTCDay() + 6) % 7; // 0 = Monday
  for (let date = start; date < today; date = addDays(date, 1), weekday = (weekday + 1) % 7) {
    for (const s of SIGNALS) level[s] = clamp(level[s] + (r.next() - 0.5) * 0.6 + (MEAN[s] - level[s]) * 0.03, 0, 10);
    const sig = Object.fromEntries(SIGNALS.map((s) => [s, clamp(Math.round(level[s] + (r.next() - 0.5) * 2.4), 0, 10)]));
    const flags = r.chance(0.003) ? ['fever'] : [];
    const status = flags.length ? 'red' : statusOf(sig);
    const hour = String(r.int(6, 10)).padStart(2, '0');
    stmts.checkin.run(
      athlete,
      date,
      sig.fatigue,
      sig.pain,
      sig.anxiety,
      sig.low_mood,
      sig.qol,
      JSON.stringify(flags),
      r.chance(0.05) ? r.pick(NOTES) : null,
      status,
      `${date}T${hour}:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`,
    );
    counts.checkins++;

    if (!r.chance(0.88)) continue; // most days have a session row; some are never logged
    const planned = plannedByWeekday[weekday];
    const training = planned.type !== 'rest';
    let row;
    if (!training || (planned.optional && r.chance(0.5))) {
      row = { status: 'rest', actual_type: 'rest', actual_minutes: 0, adaptation: training ? 'rest' : 'as_planned', adapted: 0, exercises: [] };
    } else if (status === 'red' && r.chance(0.6)) {
      const rested = r.chance(0.5);
      row = {
        status: rested ? 'rest' : 'skipped',
        actual_type: rested ? 'rest' : planned.type,
        actual_minutes: 0,
        adaptation: 'rest',
        adapted: 1,
        exercises: [],
      };
    } else if (status !== 'green') {
      const variant = status === 'red' ? 'minimal' : 'gentle';
      const minutes = Math.max(3, Math.round(planned.minutes * (status === 'red' ? 0.4 : 0.7)) + r.int(-2, 2));
      row = {
        status: 'adapted',
        actual_type: planned.type,
        actual_minutes: minutes,
        adaptation: status === 'red' ? 'scaled_down' : 'gentler_variant',
        adapted: 1,
        exercises: planned.type === 'strength' || planned.type === 'mixed' ? strengthExercises(r, variantItems(planned, variant), variant) : [],
      };
    } else if (r.chance(0.08)) {
      row = { status: 'skipped', actual_type: planned.type, actual_minutes: 0, adaptation: 'as_planned', adapted: 0, exercises: [] };
    } else {
      row = {
        status: 'completed',
        actual_type: planned.type,
        actual_minutes: Math.max(5, planned.minutes + r.int(-3, 5)),
        adaptation: 'as_planned',
        adapted: 0,
        exercises: planned.type === 'strength' || planned.type === 'mixed' ? strengthExercises(r, planned.items, 'standard') : [],
      };
    }
    const did = row.status === 'completed' || row.status === 'adapted';
    stmts.session.run({
      athlete_id: athlete,
      date,
      assignment_id: assignmentId,
      plan_hash: planHash,
      planned: plannedJson[weekday],
      planned_type: planned.type,
      planned_minutes: planned.minutes,
      planned_stage: stage,
      current_stage: stage,
      actual_type: row.actual_type,
      actual_minutes: row.actual_minutes,
      status: row.status,
      rpe: did && r.chance(0.9) ? clamp(r.int(2, 6) + (status === 'green' ? 0 : 1), 0, 10) : null,
      energy: did && r.chance(0.5) ? r.int(3, 9) : null,
      exercises: JSON.stringify(row.exercises),
      note: r.chance(0.08) ? r.pick(NOTES) : null,
      symptoms: JSON.stringify({ status, signals: sig, flags }),
      adapted_for_symptoms: row.adapted,
      adaptation: row.adaptation,
      created_at: `${date}T${String(r.int(11, 20)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`,
    });
    counts.sessions++;
    counts.statuses[row.status]++;
  }
}

const newCounts = () => ({ checkins: 0, sessions: 0, statuses: { completed: 0, adapted: 0, skipped: 0, rest: 0 } });

// ------------------------------------------------------------------------------
// The one-athlete journal (`today`, `log`, `review`).

/**
 * Build the journal at `journal`: init through the CLI, ten years of daily rows in bulk,
 * then today's check-in through the CLI. Returns what it built.
 *
 *   regimen(args, env)  runs the real CLI (throws on a non-zero exit)
 *   today               the bench's "today" (no session row is written for it)
 *   start               the plan's start date (a Monday ten years before today)
 */
export function generateJournal({ root, journal, plan, today, start, seed, regimen }) {
  const began = process.hrtime.bigint();
  const env = { REGIMEN_NOW: today };
  const cli = (args) => regimen(['--no-input', '--journal', journal, ...args], env);

  cli(['init', '--plan', plan, '--start', start, '--name', 'Bench']);
  const backbone = backboneOf(cli, plan, start);

  const db = openDb(root, journal);
  const { id: assignmentId, plan_hash: planHash } = db.prepare("SELECT id, plan_hash FROM assignments WHERE status = 'active'").get();
  const stage = db.prepare('SELECT stage FROM stage_changes WHERE assignment_id = ? ORDER BY effective_date DESC, id DESC').get(assignmentId).stage;
  const stmts = dailyStatements(db);
  const counts = newCounts();
  db.transaction(() => insertDays(stmts, { athlete: 'me', assignmentId, planHash, stage, start, today, backbone, r: mulberry32(seed) }, counts))();
  db.close(); // checkpoints the WAL into the main file

  // Today's check-in through the CLI, so `today` adapts (fatigue 5: amber).
  cli(['checkin', '--fatigue', '5', '--pain', '1', '--anxiety', '2', '--low-mood', '1', '--qol', '7']);

  const bytes = statSync(journal).size;
  const ms = Number(process.hrtime.bigint() - began) / 1e6;
  return {
    days: Math.round((toDate(today) - toDate(start)) / DAY_MS),
    checkins: counts.checkins + 1,
    sessions: counts.sessions,
    statuses: counts.statuses,
    bytes,
    ms,
  };
}

// ------------------------------------------------------------------------------
// The many-athlete journal (`review --all`, SPEC §8: "500 athletes with a year each").

/** Athlete ids a001, a002, …: they sort in creation order. */
export const athleteIdOf = (i) => `a${String(i).padStart(3, '0')}`;

/**
 * Build the journal at `journal` with `athletes` active athletes on the same plan from
 * `start` (a Monday a year before today). The first is created by the real CLI (`init`);
 * the others are copies of its rows (athlete, assignment with the same plan version, a
 * 'start' stage change), bulk-inserted with every athlete's daily rows in one
 * transaction. Each athlete has their own seeded PRNG, so their weeks (and reviews) differ.
 */
export function generateTeamJournal({ root, journal, plan, today, start, seed, regimen, athletes }) {
  const began = process.hrtime.bigint();
  const env = { REGIMEN_NOW: today };
  const first = athleteIdOf(1);
  const cli = (args) => regimen(['--no-input', '--journal', journal, '--athlete', first, ...args], env);

  cli(['init', '--plan', plan, '--start', start, '--name', 'Athlete 1']);
  const backbone = backboneOf(cli, plan, start);

  const db = openDb(root, journal);
  const athleteRow = db.prepare('SELECT * FROM athletes WHERE id = ?').get(first);
  const assignment = db.prepare("SELECT * FROM assignments WHERE athlete_id = ? AND status = 'active'").get(first);
  const startChange = db.prepare("SELECT * FROM stage_changes WHERE assignment_id = ? AND reason = 'start'").get(assignment.id);
  if (!athleteRow || !assignment || !startChange) throw new Error(`init did not create athlete ${first} with an active assignment and a start stage`);
  if (startChange.effective_date !== start || assignment.start_date !== start)
    throw new Error(`init recorded start ${assignment.start_date} / ${startChange.effective_date}, expected ${start}`);

  const insAthlete = db.prepare("INSERT INTO athletes (id, name, status, created_at) VALUES (?, ?, 'active', ?)");
  const insAssignment = db.prepare(
    `INSERT INTO assignments (athlete_id, plan_id, plan_path, plan_hash, plan_stat, status, start_date, seq_anchor_date, seq_anchor_index, created_at)
     VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)`,
  );
  const insStage = db.prepare("INSERT INTO stage_changes (assignment_id, stage, effective_date, reason, created_at) VALUES (?, ?, ?, 'start', ?)");
  const stmts = dailyStatements(db);
  const counts = newCounts();

  db.transaction(() => {
    for (let i = 1; i <= athletes; i++) {
      const athlete = athleteIdOf(i);
      let assignmentId = assignment.id;
      if (i > 1) {
        insAthlete.run(athlete, `Athlete ${i}`, athleteRow.created_at);
        const a = assignment;
        assignmentId = Number(
          insAssignment.run(athlete, a.plan_id, a.plan_path, a.plan_hash, a.plan_stat, a.start_date, a.seq_anchor_date, a.seq_anchor_index, a.created_at)
            .lastInsertRowid,
        );
        insStage.run(assignmentId, startChange.stage, start, startChange.created_at);
      }
      const r = mulberry32((seed + Math.imul(i, 0x9e3779b1)) >>> 0);
      insertDays(stmts, { athlete, assignmentId, planHash: assignment.plan_hash, stage: startChange.stage, start, today, backbone, r }, counts);
    }
  })();
  db.close(); // checkpoints the WAL into the main file

  const bytes = statSync(journal).size;
  const ms = Number(process.hrtime.bigint() - began) / 1e6;
  return {
    athletes,
    days: Math.round((toDate(today) - toDate(start)) / DAY_MS),
    checkins: counts.checkins,
    sessions: counts.sessions,
    statuses: counts.statuses,
    bytes,
    ms,
  };
}
