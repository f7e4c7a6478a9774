// `regimen repair --injury SITE --pillar P --yes` end to end (SPEC §6.5 pivot): aerobic
// minutes drop to 20% and mind-body minutes triple in `schedule --json` until
// `repair --clear-injury SITE --yes` is applied; then aerobic ramps back (50%, 75%) to the original.
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTOR, assertBuilt, byDate, Cli, expectBadUsage, plan, snapshotJournal, type AuditEvent, type Day } from './cli-helpers.js';

beforeAll(assertBuilt);

const MARATHON = plan('marathon-novice.yaml');
const START = '2027-01-04';
const INJURED = '2027-01-11'; // Monday of base week 4
const CLEARED = '2027-01-18'; // a week later
const FROM = INJURED;
const TO = '2027-01-31';

describe.sequential('pivot and unpivot through the CLI', () => {
  const cli = new Cli({ inProcess: true, now: INJURED, env: { REGIMEN_ACTOR: ACTOR } });
  let original: Map<string, Day>;
  const schedule = async (now: string): Promise<Day[]> => (await cli.json(['schedule', '--from', FROM, '--to', TO], { now })).days;

  it('repair --injury shin --pillar aerobic --yes: aerobic to 20% (±1), mind-body ×3, the rest unchanged', async () => {
    await cli.ok(['init', '--plan', MARATHON, '--start', START]);
    original = byDate(await schedule(INJURED));
    const r = await cli.json(['repair', '--injury', 'shin', '--pillar', 'aerobic', '--yes']);
    expect(r.kind).toBe('pivot');
    expect(r.proposal.status).toBe('applied');
    const after = await schedule(INJURED);
    let aerobic = 0;
    let mindBody = 0;
    for (const d of after) {
      const o = original.get(d.date)!;
      expect(d.phase, d.date).toBe(o.phase);
      if (o.planned!.type === 'aerobic') {
        aerobic++;
        expect(Math.abs(d.planned!.minutes - 0.2 * o.planned!.minutes), `${d.date}: ${o.planned!.minutes} → ${d.planned!.minutes}`).toBeLessThanOrEqual(1);
      } else if (o.planned!.type === 'mind_body') {
        mindBody++;
        expect(d.planned!.minutes, d.date).toBe(3 * o.planned!.minutes);
      } else expect(d.planned, d.date).toEqual(o.planned);
    }
    expect(aerobic).toBeGreaterThanOrEqual(8);
    expect(mindBody).toBeGreaterThanOrEqual(2);
    const today = await cli.json(['today'], { now: '2027-01-12' });
    expect(today.planned.minutes).toBe(after.find((d) => d.date === '2027-01-12')!.planned!.minutes);
  });

  it('a second pivot for the same site is refused (exit 2, nothing written)', async () => {
    const snap = snapshotJournal(cli.journal);
    expectBadUsage(await cli.run(['repair', '--injury', 'shin', '--pillar', 'aerobic']), 'pivot twice', /already/);
    expect(snapshotJournal(cli.journal)).toEqual(snap);
  });

  it('repair --clear-injury shin --yes: aerobic ramps back 50% then 75% from the next day (v1.1), then the original; the pivoted days stay as they were', async () => {
    const pivoted = byDate(await schedule(CLEARED));
    const r = await cli.json(['repair', '--clear-injury', 'shin', '--yes'], { now: CLEARED });
    expect(r.kind).toBe('unpivot');
    expect(r.proposal.status).toBe('applied');
    const after = await schedule(CLEARED);
    const day = (n: number) => new Date(Date.parse(CLEARED) + n * 86_400_000).toISOString().slice(0, 10);
    for (const d of after) {
      const was = original.get(d.date)!.planned!;
      const share = d.date <= CLEARED ? null : d.date <= day(7) ? 0.5 : d.date <= day(14) ? 0.75 : 1;
      if (share === null) expect(d.planned, d.date).toEqual(pivoted.get(d.date)!.planned);
      else if (was.type !== 'aerobic' || share === 1) expect(d.planned, d.date).toEqual(was);
      else expect(Math.abs(d.planned!.minutes - share * was.minutes), d.date).toBeLessThanOrEqual(1);
    }
  });

  it('clearing again: no active pivot → exit 2, nothing written', async () => {
    const snap = snapshotJournal(cli.journal);
    expectBadUsage(await cli.run(['repair', '--clear-injury', 'shin'], { now: CLEARED }), 'clear twice', /no active injury pivot/);
    expect(snapshotJournal(cli.journal)).toEqual(snap);
  });

  it('audit: proposed and applied for each, by the actor', async () => {
    const { events } = (await cli.json(['audit'])) as { events: AuditEvent[] };
    const repairs = events.filter((e) => e.action.startsWith('repair.'));
    expect(repairs.map((e) => [e.action, e.details.kind])).toEqual([
      ['repair.proposed', 'pivot'],
      ['repair.applied', 'pivot'],
      ['repair.proposed', 'unpivot'],
      ['repair.applied', 'unpivot'],
    ]);
    expect(repairs.every((e) => e.actor === ACTOR)).toBe(true);
  });
});
