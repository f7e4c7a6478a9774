// Propose → confirm → apply for coach adjustments, through the built binary (SPEC §4
// adjust, repair; §6.5 audit): applying is idempotent, a rejected proposal cannot be
// applied and an applied one cannot be rejected (exit 2, nothing stored), and every step
// is an audit event (adjust.proposed / applied / rejected) with its actor and payload.
import { userInfo } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, assertBuilt, FIVE, GENTLE, show, START, started } from './helpers.js';

beforeAll(assertBuilt);

const adjustEvents = async (j: Awaited<ReturnType<typeof started>>) => (await j.json(['audit'])).events.filter((e: any) => e.action.startsWith('adjust.'));

describe.concurrent('the proposal lifecycle', () => {
  it('propose → unchanged → apply → changed → apply again is a no-op → reject refused; audit in order', async () => {
    const j = await started(FIVE, { actor: 'coach-ann' });
    const a = START;
    const b = addDays(START, 2);
    const to = addDays(START, 13);
    const original = await j.schedule(START, to);

    // propose: stored, nothing changes
    const p = await j.propose(['swap', a, b]);
    expect(Object.keys(p).sort()).toEqual(['athlete', 'message', 'proposal']);
    expect(Object.keys(p.proposal).sort()).toEqual(['actions', 'changes', 'id', 'status']);
    expect(p.proposal.status).toBe('proposed');
    expect(p.proposal.changes.map((c: any) => Object.keys(c).sort())).toEqual([
      ['after', 'before', 'date'],
      ['after', 'before', 'date'],
    ]);
    expect(await j.schedule(START, to)).toEqual(original);
    expect((await j.json(['adjust', 'list'])).proposals).toMatchObject([{ id: p.proposal.id, status: 'proposed', kind: 'adjust' }]);

    // apply: the schedule changes as the proposal said
    const applied = await j.json(['adjust', 'apply', String(p.proposal.id)]);
    expect(applied).toMatchObject({ proposal: { id: p.proposal.id, status: 'applied' }, changed: true });
    const swapped = await j.schedule(START, to);
    for (const c of p.proposal.changes) expect(swapped.find((d) => d.date === c.date).planned).toEqual(c.after);
    expect(swapped.find((d) => d.date === a).planned).toEqual(original.find((d) => d.date === b).planned);

    // apply again: exit 0, says so, nothing written, nothing changes
    const counts = j.counts();
    const again = await j.json(['adjust', 'apply', String(p.proposal.id)]);
    expect(again).toMatchObject({ proposal: { id: p.proposal.id, status: 'applied' }, changed: false });
    expect(again.message).toMatch(/already applied/);
    expect(j.counts()).toEqual(counts);
    expect(await j.schedule(START, to)).toEqual(swapped);

    // reject an applied proposal: exit 2, nothing written
    const reject = await j.run(['adjust', 'reject', String(p.proposal.id)]);
    expect(reject.exitCode, show(['adjust', 'reject'], reject)).toBe(2);
    expect(reject.stderr).toMatch(new RegExp(`proposal ${p.proposal.id} is already applied`));
    expect(j.counts()).toEqual(counts);

    // a second proposal, rejected with a reason: it can never be applied
    const q = await j.propose(['load', addDays(START, 4), '--by', '-20']);
    const rejected = await j.json(['adjust', 'reject', String(q.proposal.id), '--reason', 'too soon']);
    expect(rejected).toMatchObject({ proposal: { id: q.proposal.id, status: 'rejected' }, changed: true });
    expect(await j.schedule(START, to)).toEqual(swapped);
    const counts2 = j.counts();
    const applyRejected = await j.run(['adjust', 'apply', String(q.proposal.id)]);
    expect(applyRejected.exitCode, show(['adjust', 'apply'], applyRejected)).toBe(2);
    expect(applyRejected.stderr).toMatch(/rejected/);
    expect(j.counts()).toEqual(counts2);
    expect(await j.schedule(START, to)).toEqual(swapped);
    const rejectAgain = await j.json(['adjust', 'reject', String(q.proposal.id)]);
    expect(rejectAgain.changed).toBe(false);
    expect(j.counts()).toEqual(counts2);

    expect((await j.json(['adjust', 'list'])).proposals).toMatchObject([
      { id: p.proposal.id, status: 'applied' },
      { id: q.proposal.id, status: 'rejected', reason: 'too soon' },
    ]);

    // the audit trail: four events in order, each with its actor and payload
    const events = await adjustEvents(j);
    expect(events.map((e: any) => [e.action, e.details.proposal])).toEqual([
      ['adjust.proposed', p.proposal.id],
      ['adjust.applied', p.proposal.id],
      ['adjust.proposed', q.proposal.id],
      ['adjust.rejected', q.proposal.id],
    ]);
    for (const e of events) {
      expect(e.actor).toBe('coach-ann');
      expect(e.athlete).toBe('me');
    }
    expect(events.map((e: any) => e.id)).toEqual([...events.map((e: any) => e.id)].sort((x: number, y: number) => x - y));
    expect(events.map((e: any) => e.time)).toEqual([...events.map((e: any) => e.time)].sort());
    expect(events[0].details.body.actions).toEqual([{ action: 'swap', dates: [a, b] }]);
    expect(events[0].details.body.changes).toEqual(p.proposal.changes);
    expect(events[2].details.body.actions).toEqual([{ action: 'load', date: addDays(START, 4), by: -20 }]);
    expect(events[3].details.reason).toBe('too soon');
  });

  it('the actor is $REGIMEN_ACTOR, else the operating-system user, per step', async () => {
    const j = await started(GENTLE, { actor: 'coach-a' });
    const p = await j.propose(['skip', addDays(START, 2)]);
    await j.ok(['adjust', 'apply', String(p.proposal.id)], { env: { REGIMEN_ACTOR: 'coach-b' } });
    const q = await j.propose(['skip', addDays(START, 4)], { env: { REGIMEN_ACTOR: undefined } });
    await j.ok(['adjust', 'reject', String(q.proposal.id)], { env: { REGIMEN_ACTOR: undefined } });
    const events = await adjustEvents(j);
    expect(events.map((e: any) => [e.action, e.actor])).toEqual([
      ['adjust.proposed', 'coach-a'],
      ['adjust.applied', 'coach-b'],
      ['adjust.proposed', userInfo().username],
      ['adjust.rejected', userInfo().username],
    ]);
  });

  it('ids are per family: adjust cannot apply a repair proposal, nor repair an adjustment; unknown ids are refused', async () => {
    const j = await started(GENTLE);
    const repair = await j.json(['repair', '--injury', 'shin', '--pillar', 'aerobic']);
    expect(repair.proposal.id).toBeGreaterThan(0);
    const adjust = await j.propose(['skip', addDays(START, 2)]);
    const counts = j.counts();
    for (const args of [
      ['adjust', 'apply', String(repair.proposal.id)],
      ['adjust', 'reject', String(repair.proposal.id)],
      ['repair', 'apply', String(adjust.proposal.id)],
      ['repair', 'reject', String(adjust.proposal.id)],
      ['adjust', 'apply', '999'],
      ['adjust', 'apply', 'one'],
      ['adjust', 'apply', '0'],
    ]) {
      const r = await j.run(args);
      expect(r.exitCode, show(args, r)).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(j.counts()).toEqual(counts);
    const lists = await Promise.all([j.json(['adjust', 'list']), j.json(['repair', 'list'])]);
    expect(lists[0].proposals.map((p: any) => p.id)).toEqual([adjust.proposal.id]);
    expect(lists[1].proposals.map((p: any) => p.id)).toEqual([repair.proposal.id]);
  });

  it('a proposal made with --json prints exactly one JSON document; without it, text naming how to apply', async () => {
    const j = await started(GENTLE);
    const r = await j.run(['adjust', 'skip', addDays(START, 2)]);
    expect(r.exitCode).toBe(0);
    const id = j.rows<{ id: number }>('SELECT id FROM proposals')[0]!.id;
    expect(r.stdout).toContain(`adjust apply ${id}`);
    const doc = await j.propose(['skip', addDays(START, 4)]);
    expect(doc.proposal.id).toBe(id + 1);
  });
});

// ---------------------------------------------------------------------------------
// --yes: propose and apply in one step, for the file form and every subcommand.

describe.concurrent('--yes applies at once (one proposal, proposed then applied)', () => {
  const WED = addDays(START, 2);
  const FRI = addDays(START, 4);
  const forms: [string, string[], (before: any, after: any) => void, string[]?][] = [
    ['adjust --file F --yes', ['--file', '@file', '--yes'], (b, a) => expect(a[WED].planned.type).toBe('rest')],
    ['adjust swap A B --yes', ['swap', WED, FRI, '--yes'], (b, a) => expect(a[WED].planned).toEqual(b[FRI].planned)],
    [
      'adjust load D --by -20 --yes',
      ['load', WED, '--by', '-20', '--yes'],
      (b, a) => expect(a[WED].planned.minutes).toBe(Math.round(b[WED].planned.minutes * 0.8)),
    ],
    ['adjust replace D --session S --yes', ['replace', WED, '--session', 'mixed', '--yes'], (b, a) => expect(a[WED].planned.session).toBe('mixed')],
    ['adjust skip D --yes', ['skip', WED, '--yes'], (b, a) => expect(a[WED].planned.type).toBe('rest')],
    ['adjust restore D --yes', ['restore', WED, '--yes'], (b, a) => expect(a[WED].planned.type).toBe('aerobic'), ['skip', WED]],
  ];

  it.each(forms)('%s', async (_name, args, check, setup) => {
    const j = await started(GENTLE);
    if (setup) await j.adjust(setup);
    const byDate = async () => Object.fromEntries((await j.schedule(START, addDays(START, 6))).map((d) => [d.date, d]));
    const before = await byDate();
    const full = args.map((x) => (x === '@file' ? j.file('one.json', [{ action: 'skip', date: WED }]) : x));
    const doc = await j.propose(full);
    expect(doc.proposal.status, 'the proposal is applied at once').toBe('applied');
    check(before, await byDate());
    const events = (await adjustEvents(j)).filter((e: any) => e.details.proposal === doc.proposal.id);
    expect(events.map((e: any) => e.action)).toEqual(['adjust.proposed', 'adjust.applied']);
  });
});
