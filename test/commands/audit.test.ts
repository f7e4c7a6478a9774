// SPEC §4 `audit` (v1.1): one readable line per event — time, athlete, action, actor and
// a one-line summary of what changed (`stage FOUNDATIONS → BUILD_1 (review 2026-W48)`);
// `--action PREFIX`, `--from/--to`; JSON keeps the full details.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { coachJournal, REVIEW_DAY } from '../helpers/coach-journal.js';
import { regimen } from '../helpers/in-process.js';

const GOLDEN = 'fixtures/golden/audit.txt';
/** Event times come from the clock at the moment of writing: cleaned. */
const clean = (text: string) => text.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d/gm, '<time>');

let journal: string;
beforeAll(async () => {
  journal = await coachJournal();
  const j = ['--journal', journal];
  const must = async (args: string[], now: string) => {
    const r = await regimen([...j, ...args], now);
    if (r.exitCode !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  await must(['--athlete', 'ana', 'review'], REVIEW_DAY); // progress: a stage change
  await must(['--athlete', 'dev', 'adjust', 'skip', '2026-12-02', '--yes'], '2026-11-30');
  await must(['--athlete', 'ben', 'adjust', 'swap', '2026-12-01', '2026-12-03'], '2026-11-30');
  await must(['--athlete', 'ben', 'adjust', 'reject', '2', '--reason', 'travel that week'], '2026-11-30');
});

describe('audit times come from the clock', () => {
  it('every event is dated on the day its command ran ($REGIMEN_NOW), athlete adds and stage changes included', async () => {
    const r = await regimen(['--journal', journal, '--json', 'audit'], '2026-11-30');
    const events = (JSON.parse(r.stdout) as { events: { time: string; action: string }[] }).events;
    const day = (action: string) => [...new Set(events.filter((e) => e.action === action).map((e) => e.time.slice(0, 10)))];
    expect(day('athlete.status_changed')).toEqual(['2026-11-02']);
    expect(day('plan.assigned')).toEqual(['2026-11-02']);
    expect(day('stage.changed')).toEqual([REVIEW_DAY]);
    expect(day('adjust.proposed')).toEqual(['2026-11-30']);
    // So the trail reads in order of time, as it was written.
    expect(events.map((e) => e.time)).toEqual(events.map((e) => e.time).sort());
  });
});

describe('audit in text', () => {
  it('prints one line per event with a summary in words (golden)', async () => {
    const r = await regimen(['--journal', journal, 'audit'], '2026-11-30');
    expect(r.exitCode).toBe(0);
    const text = clean(r.stdout);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('--action adjust keeps adjust.* only; --action stage.changed only that', async () => {
    const adjust = await regimen(['--journal', journal, 'audit', '--action', 'adjust'], '2026-11-30');
    // Lines that start with a time (a long summary continues on the next line, indented).
    expect(
      adjust.stdout
        .trimEnd()
        .split('\n')
        .filter((l) => /^\d/.test(l))
        .map((l) => l.split(/\s{2,}/)[2]),
    ).toEqual(['adjust.proposed', 'adjust.applied', 'adjust.proposed', 'adjust.rejected']);
    const stage = await regimen(['--journal', journal, 'audit', '--action', 'stage.changed'], '2026-11-30');
    expect(clean(stage.stdout).replace(/\s+/g, ' ')).toBe('<time> ana stage.changed coach stage FOUNDATIONS → BUILD_1 (review 2026-W48, from 2026-11-30) ');
  });

  it('--from/--to bound the dates; nothing left is said plainly', async () => {
    const none = await regimen(['--journal', journal, 'audit', '--to', '2026-11-01'], '2026-11-30');
    expect(none.stdout).toBe('No audit events match.\n');
    const all = await regimen(['--journal', journal, '--json', 'audit', '--from', '2026-11-02'], '2026-11-30');
    expect((JSON.parse(all.stdout) as { events: unknown[] }).events.length).toBe(15);
  });

  it('refuses an --action that is not an action name, and --from after --to (exit 2)', async () => {
    expect((await regimen(['--journal', journal, 'audit', '--action', 'rep*'], '2026-11-30')).exitCode).toBe(2);
    expect((await regimen(['--journal', journal, 'audit', '--from', '2026-11-10', '--to', '2026-11-09'], '2026-11-30')).exitCode).toBe(2);
  });

  it('JSON keeps the full details', async () => {
    const r = await regimen(['--journal', journal, '--json', 'audit', '--action', 'stage'], '2026-11-30');
    const { events } = JSON.parse(r.stdout) as { events: { details: { reasons: string[]; from: string; to: string } }[] };
    expect(events[0]!.details).toMatchObject({ from: 'FOUNDATIONS', to: 'BUILD_1' });
    expect(events[0]!.details.reasons.length).toBeGreaterThan(0);
  });
});
