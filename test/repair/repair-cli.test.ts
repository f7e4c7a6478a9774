// `regimen repair` end to end (SPEC §4 repair/audit, §6.5): propose → the schedule is
// unchanged → apply → the schedule is what was proposed → apply again is a no-op →
// audit lists the events in order with the actor; reject/apply rules; today, week and
// review see the repaired plan. One athlete on plans/marathon-novice.yaml who starts in
// base week 3 (2027-01-04) and does nothing on Tuesday and Wednesday.
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTOR, addDays, assertBuilt, byDate, Cli, expectBadUsage, isTraining, plan, show, snapshotJournal, type AuditEvent, type Day } from './cli-helpers.js';

beforeAll(assertBuilt);

const MARATHON = plan('marathon-novice.yaml');
const START = '2027-01-04'; // Monday of base week 3 (of 6): a slide stays inside base
const NOW = '2027-01-07'; // Thursday: Tue 01-05 and Wed 01-06 are unlogged
const FROM = START;
const TO = '2027-01-31'; // Sunday, the end of the base phase

describe.sequential('repair: propose, apply, audit (a 2-day slide)', () => {
  const cli = new Cli({ inProcess: true, now: NOW, env: { REGIMEN_ACTOR: ACTOR } });
  let before: Day[];
  let proposal: { id: number; status: string; changes: { date: string; before: Day['planned']; after: Day['planned'] }[] };
  let repaired: Map<string, Day>;

  const schedule = async (now = NOW): Promise<Day[]> => (await cli.json(['schedule', '--from', FROM, '--to', TO], { now })).days;

  it('proposes a slide and changes nothing yet', async () => {
    await cli.ok(['init', '--plan', MARATHON, '--start', START]);
    before = await schedule();
    const r = await cli.json(['repair']);
    expect(r.kind).toBe('slide');
    expect(r.disruption).toEqual({ from: '2027-01-05', to: '2027-01-06', days: 2 });
    expect(r.proposal.status).toBe('proposed');
    expect(r.proposal.changes.length).toBeGreaterThan(0);
    expect(r.message).toMatch(/slid/i);
    proposal = r.proposal;
    expect(await schedule()).toEqual(before);
  });

  it('repair apply ID: the schedule becomes what was proposed (changes[].after), and nothing else moves', async () => {
    const r = await cli.ok(['repair', 'apply', String(proposal.id)]);
    expect(r.stdout).toMatch(new RegExp(`Applied repair proposal ${proposal.id}`));
    const after = await schedule();
    repaired = byDate(after);
    const changed = new Map(proposal.changes.map((c) => [c.date, c]));
    const old = byDate(before);
    for (const day of after) {
      const c = changed.get(day.date);
      if (c) {
        expect(c.before, day.date).toEqual(old.get(day.date)!.planned);
        expect(day.planned, day.date).toEqual(c.after);
      } else if (day.date >= '2027-01-05' && day.date <= '2027-01-06') {
        // v1.1 (§6.3): the days away are repaired away — neither planned nor missed — and are not listed as changes.
        expect(day, day.date).toMatchObject({ skipped: true, repaired_away: true, planned: { type: 'rest' } });
      } else expect(day, day.date).toEqual(old.get(day.date));
    }
    expect(proposal.changes.every((c) => c.date >= NOW)).toBe(true);
    // The missed Tuesday session is now on Thursday.
    expect(repaired.get('2027-01-07')!.planned).toEqual(old.get('2027-01-05')!.planned);
  });

  it('applying again changes nothing and says so (exit 0)', async () => {
    const snap = snapshotJournal(cli.journal);
    const r = await cli.run(['repair', 'apply', String(proposal.id)]);
    expect(r.exitCode, show(['repair', 'apply'], r)).toBe(0);
    expect(r.stdout).toMatch(/already applied/i);
    expect(snapshotJournal(cli.journal).rows).toEqual(snap.rows);
    const j = await cli.json(['repair', 'apply', String(proposal.id)]);
    expect(j.changed).toBe(false);
    expect(j.proposal).toEqual({ id: proposal.id, status: 'applied' });
  });

  it('audit --json lists repair.proposed then repair.applied, by $REGIMEN_ACTOR', async () => {
    const { events } = (await cli.json(['audit'])) as { events: AuditEvent[] };
    const repairs = events.filter((e) => /^(repair|goal)\./.test(e.action));
    expect(repairs.map((e) => e.action)).toEqual(['repair.proposed', 'repair.applied']);
    expect(repairs.every((e) => e.actor === ACTOR && e.athlete === 'me' && e.details.proposal === proposal.id)).toBe(true);
    const ids = events.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('today and week see the applied repair', async () => {
    // Monday 01-11 was a rest day; the Saturday long run slid onto it.
    const monday = '2027-01-11';
    expect(before.find((d) => d.date === monday)!.planned!.type).toBe('rest');
    const today = await cli.json(['today'], { now: monday });
    expect(today.planned).toEqual(repaired.get(monday)!.planned);
    expect(today.planned.type).not.toBe('rest');
    const week = await cli.json(['week'], { now: '2027-01-13' });
    expect(week.days.map((d: Day) => d.date)).toEqual(Array.from({ length: 7 }, (_, k) => addDays(monday, k)));
    for (const d of week.days as Day[]) expect(d.planned, d.date).toEqual(repaired.get(d.date)!.planned);
  });

  it('review counts the repaired plan: the slid rest day is not planned, the moved sessions are', async () => {
    const sunday = '2027-01-17';
    const window = Array.from({ length: 14 }, (_, k) => addDays(sunday, -13 + k)).filter((d) => d >= START);
    const logged = window.filter((d) => d >= NOW && isTraining(repaired.get(d)!.planned));
    for (const d of logged) await cli.ok(['log', '--date', d, '--rpe', '4'], { now: sunday });
    const review = await cli.json(['review', '--dry-run'], { now: sunday });
    const plannedRepaired = window.filter((d) => isTraining(repaired.get(d)!.planned)).length;
    const plannedBackbone = window.filter((d) => isTraining(before.find((b) => b.date === d)!.planned)).length;
    expect(plannedRepaired).not.toBe(plannedBackbone);
    // Wednesday 01-13 holds the rest day that slid from Monday: not counted.
    expect(repaired.get('2027-01-13')!.planned!.type).toBe('rest');
    expect(review.metrics.planned).toBe(plannedRepaired);
    expect(review.metrics.completed).toBe(logged.length);
  });

  let pivotId: number;
  it('reject, then apply → exit 2 and nothing written', async () => {
    const r = await cli.json(['repair', '--injury', 'shin', '--pillar', 'aerobic']);
    pivotId = r.proposal.id;
    expect(r.kind).toBe('pivot');
    const rejected = await cli.ok(['repair', 'reject', String(pivotId), '--reason', 'not now']);
    expect(rejected.stdout).toMatch(/Rejected/);
    const snap = snapshotJournal(cli.journal);
    expectBadUsage(await cli.run(['repair', 'apply', String(pivotId)]), 'apply a rejected proposal', /rejected/);
    expect(snapshotJournal(cli.journal)).toEqual(snap);
  });

  it('reject of an applied proposal → exit 2 and nothing written', async () => {
    const snap = snapshotJournal(cli.journal);
    expectBadUsage(await cli.run(['repair', 'reject', String(proposal.id)]), 'reject an applied proposal', /already applied/);
    expect(snapshotJournal(cli.journal)).toEqual(snap);
  });

  it('repair list --json shows both with their status; audit adds repair.rejected', async () => {
    const { proposals } = await cli.json(['repair', 'list']);
    expect(proposals.map((p: any) => [p.id, p.kind, p.status])).toEqual([
      [proposal.id, 'slide', 'applied'],
      [pivotId, 'pivot', 'rejected'],
    ]);
    expect(proposals[1].reason).toBe('not now');
    expect(proposals[0].changes).toBe(proposal.changes.length);
    const { events } = (await cli.json(['audit'])) as { events: AuditEvent[] };
    expect(events.filter((e) => e.action.startsWith('repair.')).map((e) => [e.action, e.details.proposal, e.actor])).toEqual([
      ['repair.proposed', proposal.id, ACTOR],
      ['repair.applied', proposal.id, ACTOR],
      ['repair.proposed', pivotId, ACTOR],
      ['repair.rejected', pivotId, ACTOR],
    ]);
  });
});

describe.sequential('repair: the honesty protocol through the CLI (a start too late for the goal)', () => {
  // Build week 6: 7 weeks to the race, while build, peak, taper and race week need 8.
  const LATE = '2027-03-08';
  const cli = new Cli({ inProcess: true, now: LATE, env: { REGIMEN_ACTOR: ACTOR } });
  let id: number;

  it('proposes the goal downgrade with a plain message', async () => {
    await cli.ok(['init', '--plan', MARATHON, '--start', LATE]);
    const r = await cli.json(['repair']);
    expect(r.honesty.triggered).toBe(true);
    expect(r.honesty.goal).toEqual({ from: 'Sub-4:30 marathon', to: 'Finish the marathon comfortably, with walking breaks welcome' });
    expect(r.message).toContain('Sub-4:30 marathon');
    expect(r.message).toMatch(/7 weeks/);
    expect(r.proposal.status).toBe('proposed');
    id = r.proposal.id;
  });

  it('apply → audit has repair.proposed, repair.applied, goal.changed in order, by the actor', async () => {
    await cli.ok(['repair', 'apply', String(id)]);
    const { events } = (await cli.json(['audit'])) as { events: AuditEvent[] };
    const tail = events.filter((e) => /^(repair|goal)\./.test(e.action));
    expect(tail.map((e) => e.action)).toEqual(['repair.proposed', 'repair.applied', 'goal.changed']);
    expect(tail.every((e) => e.actor === ACTOR)).toBe(true);
    expect(tail[2]!.details).toMatchObject({ from: 'Sub-4:30 marathon', to: 'Finish the marathon comfortably, with walking breaks welcome' });
    const show = await cli.json(['plan', 'show']);
    expect(show.goal).toMatchObject({ title: 'Finish the marathon comfortably, with walking breaks welcome', downgraded_from: 'Sub-4:30 marathon' });
  });

  it('once the goal is the fallback, repair does not propose the same downgrade again', async () => {
    const r = await cli.json(['repair'], { now: addDays(LATE, 1) });
    expect(r.honesty.triggered, r.message).toBe(false);
    expect(r.proposal).toBeNull();
    const { proposals } = await cli.json(['repair', 'list']);
    expect(proposals).toHaveLength(1);
  });
});

describe.sequential('repair --from/--to --yes: a 4-day strategic repair through the CLI', () => {
  const BACK = '2027-01-11'; // Monday of base week 4, after Thu 01-07 – Sun 01-10 away
  const cli = new Cli({ inProcess: true, now: BACK, env: { REGIMEN_ACTOR: ACTOR } });
  const total = (days: Day[], monday: string) =>
    days.filter((d) => d.date >= monday && d.date <= addDays(monday, 6) && isTraining(d.planned)).reduce((s, d) => s + d.planned!.minutes, 0);

  it('re-plans with one week at 80% of its original minutes, then the plan as it was', async () => {
    await cli.ok(['init', '--plan', MARATHON, '--start', START]);
    const range = ['schedule', '--from', BACK, '--to', addDays(BACK, 13)];
    const before: Day[] = (await cli.json(range)).days;
    const r = await cli.json(['repair', '--from', '2027-01-07', '--to', '2027-01-10', '--yes']);
    expect(r.kind).toBe('strategic_repair');
    expect(r.disruption).toEqual({ from: '2027-01-07', to: '2027-01-10', days: 4 });
    expect(r.proposal.status).toBe('applied');
    const after: Day[] = (await cli.json(range)).days;
    const sessions = after.filter((d) => d.date <= addDays(BACK, 6) && isTraining(d.planned)).length;
    expect(Math.abs(total(after, BACK) - 0.8 * total(before, BACK))).toBeLessThanOrEqual(0.5 * sessions);
    expect(after.slice(7)).toEqual(before.slice(7));
    const now = byDate(after);
    for (const c of r.proposal.changes as { date: string; after: Day['planned'] }[])
      if (now.has(c.date)) expect(now.get(c.date)!.planned, c.date).toEqual(c.after);
    const { events } = (await cli.json(['audit'])) as { events: AuditEvent[] };
    expect(events.filter((e) => e.action.startsWith('repair.')).map((e) => [e.action, e.actor])).toEqual([
      ['repair.proposed', ACTOR],
      ['repair.applied', ACTOR],
    ]);
  });
});

describe.sequential('a proposal made stale by another applied one', () => {
  // `repair` run twice for the same two days away stores two slide proposals. After the
  // first is applied, applying the second must not slide the plan again: either it is
  // refused (exit 2, nothing written) or the schedule ends up as that proposal said
  // (its changes[].after). Today both apply and the sessions move 4 days, not 2.
  const cli = new Cli({ inProcess: true, now: NOW });

  it('applying the second proposal for the same disruption does not stack a second slide', async () => {
    await cli.ok(['init', '--plan', MARATHON, '--start', START]);
    const first = await cli.json(['repair']);
    const second = await cli.json(['repair']);
    expect(second.disruption).toEqual(first.disruption);
    await cli.ok(['repair', 'apply', String(first.proposal.id)]);
    const snap = snapshotJournal(cli.journal);
    const r = await cli.run(['repair', 'apply', String(second.proposal.id)]);
    if (r.exitCode === 2) {
      expect(snapshotJournal(cli.journal)).toEqual(snap);
      return;
    }
    expect(r.exitCode).toBe(0);
    const now = byDate((await cli.json(['schedule', '--from', FROM, '--to', TO])).days);
    for (const c of second.proposal.changes as { date: string; after: Day['planned'] }[]) {
      expect(now.get(c.date)!.planned, `${c.date}: proposal ${second.proposal.id} said ${c.after?.session ?? c.after?.type}`).toEqual(c.after);
    }
  });
});
