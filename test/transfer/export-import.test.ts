// `regimen export` and `regimen import` (SPEC §4, v1.1), on a journal built through the
// real commands: two athletes, check-ins (one replaced), sessions, an event, a review,
// stage changes, a target, a repair, a pivot, a coach swap and audit events.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { parse as parseCsv } from 'csv-parse/sync';
import ical from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, assertBuilt, BIN, FIVE, GENTLE, Journal, ROOT } from '../adjust/helpers.js';
import { checkinArgs } from '../helpers/checkin-args.js';

const NOW = '2026-11-23';
const NOTE = 'felt "heavy", then fine,\nslept well';
let j: Journal;

beforeAll(async () => {
  assertBuilt();
  j = new Journal({ now: NOW, actor: 'coach' });
  await j.ok(['init', '--plan', GENTLE, '--start', '2026-11-02', '--name', 'Ann']);
  await j.ok(['athlete', 'add', 'bob', '--plan', FIVE, '--status', 'active', '--start', '2026-11-02']);
  // cat: a prospect with a draft plan; dan: moved to another plan (the first stays, inactive).
  await j.ok(['athlete', 'add', 'cat', '--plan', GENTLE, '--name', 'Cat "the cat", Jr.']);
  await j.ok(['athlete', 'add', 'dan', '--plan', GENTLE, '--status', 'active', '--start', '2026-11-02']);
  await j.ok(['--athlete', 'dan', 'log', '--date', '2026-11-04', '--rpe', '5']);
  await j.ok(['--athlete', 'dan', 'plan', 'use', FIVE, '--start', '2026-11-16']);
  const ci = ['checkin', '--fatigue', '2', '--pain', '1', '--anxiety', '1', '--low-mood', '1', '--qol', '8'];
  await j.ok(['--athlete', 'me', ...ci, '--date', '2026-11-02']);
  await j.ok(['--athlete', 'me', ...ci, '--date', '2026-11-04', '--note', 'first']);
  await j.ok(['--athlete', 'me', ...checkinArgs({ fatigue: 5, pain: 1, qol: 7 }), '--date', '2026-11-04', '--note', 'second']);
  await j.ok(['--athlete', 'me', 'log', '--date', '2026-11-02', '--rpe', '4', '--note', NOTE]);
  await j.ok(['--athlete', 'me', 'log', '--date', '2026-11-04', '--rpe', '5']);
  await j.ok(['--athlete', 'me', 'log', '--date', '2026-11-04', '--rpe', '3', '--replace']);
  await j.ok(['--athlete', 'bob', 'log', '--date', '2026-11-02', '--rpe', '7', '--exercise', 'Back squat: 5x5@60kg rir2']);
  await j.ok(['--athlete', 'me', 'event', 'add', 'illness', '--note', 'a cold, 3 days', '--date', '2026-11-10']);
  await j.ok(['--athlete', 'me', 'review', '--date', '2026-11-16']);
  await j.ok(['--athlete', 'me', 'repair', '--from', '2026-11-09', '--to', '2026-11-20', '--yes']);
  await j.ok(['--athlete', 'bob', 'repair', '--injury', 'shin', '--pillar', 'strength', '--yes']);
  await j.ok(['--athlete', 'me', 'adjust', 'swap', '2026-11-23', '2026-11-25', '--yes']);
  // A progression target and a second stage change, as a review that progressed leaves them
  // (reaching one through logs would take weeks of sessions).
  const db = new Database(j.path);
  const review = db.prepare("SELECT id, assignment_id FROM reviews WHERE athlete_id = 'me'").get() as { id: number; assignment_id: number };
  db.prepare(
    "INSERT INTO exercise_targets (athlete_id, exercise, load, effective_date, review_id, created_at) VALUES ('bob', 'Back squat', '62.5kg', '2026-11-17', NULL, '2026-11-16T08:00:00.000Z')",
  ).run();
  db.prepare(
    "INSERT INTO exercise_targets (athlete_id, exercise, load, effective_date, review_id, created_at) VALUES ('me', 'Wall push-up', 'bw', '2026-11-17', ?, '2026-11-16T08:00:00.000Z')",
  ).run(review.id);
  db.prepare(
    "INSERT INTO stage_changes (assignment_id, stage, effective_date, reason, created_at) VALUES (?, 'BUILD_1', '2026-11-30', 'review 2026-W47', '2026-11-16T08:00:00.000Z')",
  ).run(review.assignment_id);
  db.close();
});

const exportTo = async (journal: Journal, file: string, args: string[] = ['--all']) => {
  const out = join(journal.dir, file);
  await journal.ok(['export', '--format', 'json', '--out', out, ...args]);
  return out;
};

describe('export --format json, then import into an empty journal', () => {
  it('exports again to the same bytes, with every kind of record in it', async () => {
    const first = await exportTo(j, 'first.json');
    const doc = JSON.parse(readFileSync(first, 'utf8'));
    expect(doc.format).toBe('regimen-export/1');
    const me = doc.athletes.find((a: any) => a.id === 'me');
    const bob = doc.athletes.find((a: any) => a.id === 'bob');
    expect(me.checkins.filter((c: any) => c.superseded === 1)).toHaveLength(1);
    expect(me.sessions.filter((s: any) => s.replaced === 1)).toHaveLength(1);
    expect(me.events).toHaveLength(1);
    expect(me.reviews).toHaveLength(1);
    expect(me.stage_changes.length).toBeGreaterThanOrEqual(2);
    expect(me.targets[0]).toMatchObject({ exercise: 'Wall push-up', review: 0 });
    expect(me.proposals.map((p: any) => p.kind)).toEqual(['strategic_repair', 'adjust']);
    expect(bob.proposals).toHaveLength(1);
    expect(me.audit.map((a: any) => a.action)).toEqual(expect.arrayContaining(['plan.assigned', 'repair.applied', 'adjust.applied']));
    expect(me.plan_versions).toHaveLength(1);
    expect(me.plan_version_dates[0]).toMatchObject({ assignment: 0, plan_hash: me.plan_versions[0].hash, from_date: '2026-11-02' });

    const k = new Journal({ now: NOW, actor: 'importer' });
    const r = await k.ok(['import', first]);
    expect(r.stdout).toContain('Added 4 athletes: bob, cat, dan, me.');
    const dan = doc.athletes.find((a: any) => a.id === 'dan');
    expect(dan.assignments.map((a: any) => [a.plan_id, a.status])).toEqual([
      ['gentle-foundations', 'inactive'],
      ['strength-5x5', 'active'],
    ]);
    expect(doc.athletes.find((a: any) => a.id === 'cat').assignments.map((a: any) => a.status)).toEqual(['draft']);
    const second = await exportTo(k, 'second.json');
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    // The import's own event belongs to no athlete (SPEC §4), so it is in `audit`, not in the export.
    const audit = await k.json(['audit']);
    expect(audit.events.filter((e: any) => e.action === 'import.applied' && e.athlete === null)).toHaveLength(1);
    // SPEC §4: each audit event travels with its hash, and the chain holds on the imported journal.
    expect(me.audit.every((e: any) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
    expect((await k.ok(['audit', '--verify'])).stdout).toMatch(/^ok \d+ events/);
    expect((await j.ok(['audit', '--verify'])).stdout).toMatch(/^ok \d+ events/);
  });

  it('writes the file with mode 0600 even under umask 000', async () => {
    const out = join(j.dir, 'umask.json');
    const r = await execa('sh', ['-c', `umask 000 && exec node "${BIN}" --journal "${j.path}" export --all --out "${out}"`], {
      cwd: ROOT,
      env: { REGIMEN_NOW: NOW, NO_COLOR: '1' },
      reject: false,
    });
    expect(r.exitCode).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('replaces an existing file by renaming a private temporary file over it (no temporary file left)', async () => {
    const dir = join(j.dir, 'replace');
    mkdirSync(dir);
    const out = join(dir, 'old.json');
    writeFileSync(out, 'old', { mode: 0o644 });
    await j.ok(['export', '--all', '--out', out]);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('regimen-export/1');
    expect(readdirSync(dir)).toEqual(['old.json']);
    const missing = await j.run(['export', '--all', '--out', join(dir, 'no-such-folder', 'x.json')]);
    expect(missing.exitCode).toBe(3);
    expect(missing.stderr).toMatch(/the folder does not exist; nothing was written/);
  });

  it('is whole: --from and --to are for csv and ics', async () => {
    const r = await j.run(['export', '--all', '--from', '2026-11-02']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--from and --to are for csv and ics exports/);
  });

  it('never changes the journal it reads (no file, no rows)', async () => {
    const missing = new Journal({ now: NOW });
    const r = await missing.run(['export', '--all']);
    expect(r.exitCode).toBe(2);
    expect(() => statSync(missing.path)).toThrow();
  });
});

describe('two imports of one export at once', () => {
  it('get what a sequential run gives: one adds the athletes, the other is refused (exit 2)', async () => {
    const file = await exportTo(j, 'race.json');
    const k = new Journal({ now: NOW });
    await k.ok(['init', '--plan', GENTLE, '--start', '2026-11-02', '--name', 'Other']);
    const renamed = JSON.parse(readFileSync(file, 'utf8'));
    renamed.athletes = renamed.athletes.filter((a: any) => a.id === 'bob');
    const input = k.file('bob.json', renamed);
    const results = await Promise.all([k.run(['import', input]), k.run(['import', input]), k.run(['import', input])]);
    expect(results.map((r) => r.exitCode).sort()).toEqual([0, 2, 2]);
    for (const r of results.filter((x) => x.exitCode === 2)) expect(r.stderr).toMatch(/athlete "bob" already exists/);
    expect(k.rows("SELECT count(*) AS n FROM athletes WHERE id = 'bob'")[0].n).toBe(1);
    expect(k.rows("SELECT count(*) AS n FROM audit WHERE action = 'import.applied'")[0].n).toBe(1);
  });
});

describe('import refusals write nothing and name the file, the record and the field', () => {
  let full: string;
  let doc: any;
  beforeAll(async () => {
    full = await exportTo(j, 'refusals.json');
    doc = JSON.parse(readFileSync(full, 'utf8'));
  });

  /** A fresh journal with one athlete; the import must leave its rows as they were. */
  async function refused(files: string[], expected: RegExp, args: string[] = []) {
    const k = new Journal({ now: NOW });
    await k.ok(['init', '--plan', GENTLE, '--start', '2026-11-02']);
    const before = k.rows('SELECT (SELECT count(*) FROM athletes) a, (SELECT count(*) FROM sessions) s, (SELECT count(*) FROM audit) au')[0];
    const r = await k.run(['import', ...files, ...args]);
    expect(r.exitCode, r.stderr).toBe(2);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).toContain('nothing was imported');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(k.rows('SELECT (SELECT count(*) FROM athletes) a, (SELECT count(*) FROM sessions) s, (SELECT count(*) FROM audit) au')[0]).toEqual(before);
  }

  it('a truncated export', async () => {
    const text = readFileSync(full, 'utf8');
    const cut = j.file('cut.json', text.slice(0, Math.floor(text.length / 2)));
    await refused([cut], /cut\.json: the document: is not complete JSON/);
  });

  it('a session with RPE 14', async () => {
    const bad = structuredClone(doc);
    bad.athletes[0].sessions[0].rpe = 14;
    const file = j.file('rpe14.json', bad);
    await refused([file], /rpe14\.json: athlete "bob", sessions\[0\] \(2026-11-02\), rpe: 14 is not accepted \(a whole number from 0 to 10\)/);
  });

  it('an athlete that already exists (and nothing else of the file is added)', async () => {
    const clash = structuredClone(doc);
    clash.athletes = [doc.athletes.find((a: any) => a.id === 'bob'), { ...doc.athletes.find((a: any) => a.id === 'me') }];
    const file = j.file('clash.json', clash);
    await refused([file], /clash\.json: athletes\[1\], id: athlete "me" already exists/);
  });

  it('a plan text changed after export (it no longer matches its hash)', async () => {
    const bad = structuredClone(doc);
    bad.athletes[0].plan_versions[0].text += '\n# changed';
    const file = j.file('changed-plan.json', bad);
    await refused([file], /changed-plan\.json: athlete "bob", plan_versions\[0\], text: does not match its hash/);
  });

  it('a corrupt FIT file, even beside a good one', async () => {
    await refused(
      [join(ROOT, 'fixtures/fit/run-30min.fit'), join(ROOT, 'fixtures/fit/corrupt.fit')],
      /corrupt\.fit is damaged or incomplete \(its size or check sum does not match\)/,
    );
  });

  it('random bytes named .fit are called what they are, not a CSV header', async () => {
    const file = j.file('random.fit', '');
    writeFileSync(file, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)));
    await refused([file], /random\.fit is not a FIT activity file \(it has no FIT header\)/);
  });

  it('a Strong CSV with a missing column', async () => {
    const file = j.file('strong-missing.csv', 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Notes\n2026-11-03 07:00:00,Legs,45m,Squat,1,60,\n');
    await refused([file], /strong-missing\.csv: the header, Reps: column is missing/, ['--from', 'strong']);
  });
});

describe('export --format ics', () => {
  const icsOf = async (date: string, journal = j) => {
    const r = await journal.ok(['export', '--format', 'ics', '--all', '--date', date]);
    return { text: r.stdout, events: Object.values(ical.sync.parseICS(r.stdout)).filter((e: any) => e.type === 'VEVENT') as any[] };
  };

  it('has one all-day event per planned non-rest session in the next 28 days, for every athlete', async () => {
    const { events } = await icsOf(NOW);
    let expected = 0;
    for (const athlete of ['me', 'bob', 'dan']) {
      const days = (await j.json(['--athlete', athlete, 'schedule', '--from', NOW, '--to', addDays(NOW, 27)])).days;
      const planned = days.filter((d: any) => d.planned && d.planned.type !== 'rest' && !d.skipped);
      expected += planned.length;
      for (const d of planned) expect(events.map((e) => e.uid)).toContain(`${athlete}-${d.date}@regimen`);
    }
    expect(events).toHaveLength(expected);
    for (const e of events) expect(e.datetype).toBe('date');
  });

  it('keeps the same UIDs when exported again after more logging', async () => {
    const before = (await icsOf(NOW)).events.map((e) => e.uid).sort();
    const k = new Journal({ now: NOW });
    writeFileSync(k.path, readFileSync(j.path));
    await k.ok(['--athlete', 'me', 'log', '--rpe', '3']);
    await k.ok(['--athlete', 'me', 'checkin', '--fatigue', '6', '--pain', '1', '--anxiety', '1', '--low-mood', '1', '--qol', '6']);
    const again = (await icsOf(NOW, k)).events.map((e) => e.uid).sort();
    expect(again).toEqual(before);
  });

  it('shows the pivot (strength at 20% of its minutes) and the coach swap', async () => {
    const { events } = await icsOf(NOW);
    const bobMonday = events.find((e) => e.uid === 'bob-2026-11-23@regimen');
    expect(bobMonday.summary).toMatch(/^bob · Strength: Workout [AB] · 9 min$/); // 45 min → 9 min under the shin pivot
    expect(bobMonday.description).toContain('Back squat');
    // me: Monday (strength) and Wednesday (aerobic) were swapped by the coach.
    expect(events.find((e) => e.uid === 'me-2026-11-23@regimen').summary).toMatch(/^me · Aerobic/);
    expect(events.find((e) => e.uid === 'me-2026-11-25@regimen').summary).toMatch(/^me · Strength/);
  });

  it("names the athlete in each title only when the calendar holds several athletes' sessions", async () => {
    const r = await j.ok(['--athlete', 'bob', 'export', '--format', 'ics', '--date', NOW]);
    const events = Object.values(ical.sync.parseICS(r.stdout)).filter((e: any) => e.type === 'VEVENT') as any[];
    expect(events.find((e) => e.uid === 'bob-2026-11-23@regimen').summary).toMatch(/^Strength: Workout [AB] · 9 min$/);
  });
});

describe('export --format csv', () => {
  it('has the SPEC header, one row per planned-or-logged day, and RFC 4180 quoting', async () => {
    const r = await j.ok(['--athlete', 'me', 'export', '--format', 'csv', '--from', '2026-11-02', '--to', '2026-11-15']);
    expect(r.stdout.split('\r\n')[0]).toBe(
      'date,athlete,week,stage,planned_type,planned_session,planned_minutes,status,actual_type,actual_minutes,rpe,load,checkin_status,note',
    );
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    const days = (await j.json(['--athlete', 'me', 'schedule', '--from', '2026-11-02', '--to', '2026-11-15'])).days;
    const logged = new Set(['2026-11-02', '2026-11-04']);
    const expected = days.filter((d: any) => logged.has(d.date) || (d.planned && d.planned.type !== 'rest' && !d.skipped)).map((d: any) => d.date);
    expect(rows.map((x) => x.date)).toEqual(expected);
    const monday = rows.find((x) => x.date === '2026-11-02')!;
    expect(monday).toMatchObject({ athlete: 'me', status: 'completed', rpe: '4', note: NOTE, checkin_status: 'green' });
    expect(Number(monday.load)).toBe(4 * Number(monday.actual_minutes));
    expect(r.stdout).toContain('"felt ""heavy"", then fine,\nslept well"');
  });
});
