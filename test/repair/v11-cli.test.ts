// SPEC v1.1 repairs through the built binary: the published walk on
// plans/gentle-foundations.yaml (a 6-day gap → `repair --yes` → this week at 50% and
// next week at 75% of the original minutes, no past day changed → the review's `planned`
// leaves out the repaired days); no empty or duplicate proposals, also from 8 parallel
// `repair --yes`; proposal and audit times from the clock.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, Cli, isTraining, plan, show, snapshotJournal, tableRows, type Day } from './cli-helpers.js';

beforeAll(assertBuilt);

const GENTLE = plan('gentle-foundations.yaml');
const START = '2026-11-02'; // Monday; the plan: strength Mon, aerobic Wed, mind-body Fri
const LOGGED = ['2026-11-02', '2026-11-04', '2026-11-06', '2026-11-09', '2026-11-11', '2026-11-13', '2026-11-16'];
const AWAY = { from: '2026-11-18', to: '2026-11-23' }; // Wed to Mon: 6 days
const TODAY = '2026-11-24'; // Tuesday
const THIS_WEEK = { from: TODAY, to: '2026-11-29' };
const NEXT_WEEK = { from: '2026-11-30', to: '2026-12-06' };

const minutes = (days: Day[], r: { from: string; to: string }) =>
  days.filter((d) => d.date >= r.from && d.date <= r.to && isTraining(d.planned)).reduce((s, d) => s + d.planned!.minutes, 0);
const sessions = (days: Day[], r: { from: string; to: string }) => days.filter((d) => d.date >= r.from && d.date <= r.to && isTraining(d.planned)).length;

async function gentleWithGap(cli: Cli): Promise<void> {
  await cli.ok(['init', '--plan', GENTLE, '--start', START], { now: START });
  for (const d of LOGGED) await cli.ok(['log', '--rpe', '4'], { now: d });
}

describe.sequential('gentle-foundations: a 6-day gap, repair --yes, schedule, review', () => {
  const cli = new Cli({ inProcess: true, now: TODAY });
  let before: Day[];
  const schedule = async (): Promise<Day[]> => (await cli.json(['schedule', '--from', START, '--to', '2026-12-20'])).days;

  it('repair --yes re-plans: this week at 50% and next week at 75% of the original minutes', async () => {
    await gentleWithGap(cli);
    before = await schedule();
    const r = await cli.json(['repair', '--yes']);
    expect(r.kind).toBe('strategic_repair');
    expect(r.disruption).toEqual({ ...AWAY, days: 6 });
    expect(r.proposal.status).toBe('applied');
    expect(r.proposal.changes.length).toBeGreaterThan(0);
    const after = await schedule();
    // Each session is rounded to whole minutes on its own: at most half a minute each.
    for (const [week, share] of [
      [THIS_WEEK, 0.5],
      [NEXT_WEEK, 0.75],
    ] as const) {
      expect(minutes(before, week)).toBeGreaterThan(0);
      expect(
        Math.abs(minutes(after, week) - share * minutes(before, week)),
        `${week.from}: ${minutes(after, week)} vs ${share} × ${minutes(before, week)}`,
      ).toBeLessThanOrEqual(0.5 * sessions(before, week));
    }
    expect(after.filter((d) => d.date > NEXT_WEEK.to)).toEqual(before.filter((d) => d.date > NEXT_WEEK.to));
  });

  it('no past day changed: the changes start today, and the days away are only marked repaired away', async () => {
    const { proposals } = await cli.json(['repair', 'list']);
    expect(proposals).toHaveLength(1);
    const after = await schedule();
    const old = new Map(before.map((d) => [d.date, d]));
    for (const d of after.filter((x) => x.date < TODAY)) {
      if (d.date >= AWAY.from && d.date <= AWAY.to) expect(d, d.date).toMatchObject({ skipped: true, repaired_away: true });
      else expect(d, d.date).toEqual(old.get(d.date));
    }
    const r = await cli.json(['repair', 'list']);
    expect(r.proposals[0].status).toBe('applied');
  });

  it('the next review’s planned leaves out the repaired days; history marks them', async () => {
    await cli.ok(['log', '--rpe', '4'], { now: '2026-11-25' });
    await cli.ok(['log', '--rpe', '4'], { now: '2026-11-27' });
    // Sunday 11-29 reviews the week ending that day: window 11-16 – 11-29.
    const review = await cli.json(['review', '--dry-run'], { now: '2026-11-29' });
    // Planned training days of the window in the original plan, less those inside the time away.
    const window = before.filter((d) => d.date >= review.window.from && d.date <= review.window.to && isTraining(d.planned));
    const away = window.filter((d) => d.date >= AWAY.from && d.date <= AWAY.to);
    expect(away.length).toBeGreaterThan(0);
    expect(review.metrics.planned).toBe(window.length - away.length);
    expect(review.metrics.completed).toBe(review.metrics.planned);
    const history = await cli.json(['history', '--from', '2026-11-16', '--to', '2026-11-29'], { now: '2026-11-29' });
    const days = history.weeks.flatMap((w: { days: { date: string; repaired_away?: boolean }[] }) => w.days);
    expect(days.filter((d: { repaired_away?: boolean }) => d.repaired_away).map((d: { date: string }) => d.date)).toEqual([
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ]);
    const text = await cli.ok(['history', '--from', '2026-11-16', '--to', '2026-11-29'], { now: '2026-11-29' });
    expect(text.stdout).toMatch(/Repaired away[^\n]*2026-11-18 – 2026-11-23/);
  });

  it('proposal and audit times come from the clock', async () => {
    const [row] = tableRows<{ created_at: string; decided_at: string }>(cli.journal, 'proposals');
    expect(row!.created_at.slice(0, 10)).toBe(TODAY);
    expect(row!.decided_at.slice(0, 10)).toBe(TODAY);
    const audit = tableRows<{ at: string; action: string }>(cli.journal, 'audit').filter((a) => a.action.startsWith('repair.'));
    expect(audit.map((a) => a.at.slice(0, 10))).toEqual([TODAY, TODAY]);
  });
});

describe.sequential('no empty and no duplicate proposals', () => {
  it('asking again while a proposal waits returns it; --yes then applies that one', async () => {
    const cli = new Cli({ inProcess: true, now: TODAY });
    await gentleWithGap(cli);
    const first = await cli.json(['repair']);
    const second = await cli.json(['repair']);
    expect(second.proposal.id).toBe(first.proposal.id);
    const third = await cli.json(['repair', '--yes']);
    expect(third.proposal).toMatchObject({ id: first.proposal.id, status: 'applied' });
    expect(tableRows(cli.journal, 'proposals')).toHaveLength(1);
    // Nothing is left to repair: nothing is stored, also with --yes.
    const snap = snapshotJournal(cli.journal);
    const r = await cli.json(['repair', '--yes']);
    expect(r.kind).toBe('none');
    expect(snapshotJournal(cli.journal).rows).toEqual(snap.rows);
  });

  it('the same injury asked twice is one proposal; another pillar is another', async () => {
    const cli = new Cli({ inProcess: true, now: START });
    await cli.ok(['init', '--plan', GENTLE, '--start', START]);
    const a = await cli.json(['repair', '--injury', 'knee', '--pillar', 'strength']);
    const b = await cli.json(['repair', '--injury', 'knee', '--pillar', 'strength']);
    expect(b.proposal.id).toBe(a.proposal.id);
    const c = await cli.json(['repair', '--injury', 'knee', '--pillar', 'aerobic']);
    expect(c.proposal.id).not.toBe(a.proposal.id);
    expect(tableRows(cli.journal, 'proposals')).toHaveLength(2);
  });

  it('a repair that would change no day is answered, not stored (exit 0, also with --yes)', async () => {
    // Time away inside the marathon taper: protected, so nothing from today on changes.
    const cli = new Cli({ inProcess: true, now: '2027-04-05' });
    await cli.ok(['init', '--plan', plan('marathon-novice.yaml'), '--start', '2027-03-29'], { now: '2027-03-29' });
    await cli.ok(['log', '--rpe', '4'], { now: '2027-03-29' });
    const snap = snapshotJournal(cli.journal);
    for (const args of [
      ['repair', '--from', '2027-03-30', '--to', '2027-04-04'],
      ['repair', '--from', '2027-03-30', '--to', '2027-04-04', '--yes'],
    ]) {
      const r = await cli.run([...args, '--json']);
      expect(r.exitCode, show(args, r)).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.kind).toBe('strategic_repair');
      expect(j.proposal.id).toBeNull();
      expect(j.proposal.changes).toEqual([]);
      expect(j.message).toMatch(/nothing to change/i);
    }
    expect(snapshotJournal(cli.journal).rows).toEqual(snap.rows);
  });

  it('a proposal whose days have partly gone by is not applied: a repair never rewrites the past (exit 2, nothing written)', async () => {
    const cli = new Cli({ inProcess: true, now: TODAY });
    await gentleWithGap(cli);
    const r = await cli.json(['repair']);
    const snap = snapshotJournal(cli.journal);
    const late = await cli.run(['repair', 'apply', String(r.proposal.id)], { now: '2026-11-26' });
    expect(late.exitCode, show(['repair', 'apply'], late)).toBe(2);
    expect(late.stderr).toMatch(/passed/);
    expect(snapshotJournal(cli.journal).rows).toEqual(snap.rows);
  });

  it('8 parallel repair --yes: one proposal stored and applied, every run exits 0 or 2', async () => {
    // A race between processes: the binary, eight at once.
    const cli = new Cli({ now: TODAY });
    await gentleWithGap(cli);
    const runs = await Promise.all(Array.from({ length: 8 }, () => cli.run(['repair', '--yes', '--json'])));
    for (const r of runs) expect([0, 2], show(['repair', '--yes'], r)).toContain(r.exitCode);
    const rows = tableRows<{ status: string }>(cli.journal, 'proposals');
    expect(rows.map((r) => r.status)).toEqual(['applied']);
    const audit = tableRows<{ action: string }>(cli.journal, 'audit').filter((a) => a.action.startsWith('repair.'));
    expect(audit.map((a) => a.action)).toEqual(['repair.proposed', 'repair.applied']);
  });
});

describe.sequential('a repair applied before v1.1 (layer without its time away)', () => {
  it('its days away are repaired away too, and its ramp keeps its calendar weeks', async () => {
    const cli = new Cli({ inProcess: true, now: TODAY });
    await gentleWithGap(cli);
    const before: Day[] = (await cli.json(['schedule', '--from', START, '--to', '2026-12-06'])).days;
    // What v1.0 stored: a strategic layer from the Monday of the return, ramp weeks by Monday.
    const layer = {
      kind: 'strategic',
      from: '2026-11-23',
      layout: [],
      ramp: [
        { monday: '2026-11-23', share: 0.5 },
        { monday: '2026-11-30', share: 0.75 },
      ],
    };
    const body = {
      kind: 'strategic_repair',
      disruption: { ...AWAY, days: 6 },
      honesty: { triggered: false, goal: null, reason: null },
      layer,
      changes: [],
      reasons: [],
      message: '',
    };
    const db = new Database(cli.journal);
    db.prepare(
      "INSERT INTO proposals (athlete_id, kind, status, body, created_at, decided_at) VALUES ('me', 'strategic_repair', 'applied', ?, '2026-11-24T10:00:00.000Z', '2026-11-24T10:00:00.000Z')",
    ).run(JSON.stringify(body));
    db.close();
    const after: Day[] = (await cli.json(['schedule', '--from', START, '--to', '2026-12-06'])).days;
    for (const d of after) {
      if (d.date >= AWAY.from && d.date <= AWAY.to) expect(d, d.date).toMatchObject({ skipped: true, repaired_away: true });
      else if (d.date < AWAY.from || d.date > NEXT_WEEK.to) expect(d, d.date).toEqual(before.find((b) => b.date === d.date));
    }
    // v1.0 layers on plans without phases did not ramp, and still do not (no past rewritten on reading).
    expect(minutes(after, THIS_WEEK)).toBe(minutes(before, THIS_WEEK));
    const review = await cli.json(['review', '--dry-run'], { now: '2026-11-29' });
    expect(review.metrics.planned).toBe(
      before.filter((d) => d.date >= review.window.from && d.date <= review.window.to && isTraining(d.planned) && (d.date < AWAY.from || d.date > AWAY.to))
        .length,
    );
  });
});
