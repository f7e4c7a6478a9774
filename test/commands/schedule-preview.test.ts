// `regimen schedule --plan` (SPEC §2.1, §4): the plan-only preview, end to end.
import { readFileSync } from 'node:fs';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const bin = new URL('../../bin/regimen.js', import.meta.url).pathname;
const run = (args: string[]) => execa('node', [bin, ...args], { reject: false, env: { NO_COLOR: '1', REGIMEN_NOW: '2026-11-23' } });

interface Day {
  date: string;
  week: number | null;
  phase: string | null;
  block: string | null;
  stage: string | null;
  planned: { type: string; minutes: number; optional: boolean } | null;
}

const marathon = parse(readFileSync('plans/marathon-novice.yaml', 'utf8')) as {
  goal: { date: string };
  phases: { id: string; weeks: number; weekly_minutes?: number[] }[];
};

describe('schedule --plan plans/marathon-novice.yaml --start (20 weeks before the goal)', async () => {
  const r = await run(['schedule', '--plan', 'plans/marathon-novice.yaml', '--start', '2026-12-07', '--from', '2026-12-07', '--to', '2027-05-09', '--json']);
  const { days } = JSON.parse(r.stdout) as { days: Day[] };
  const totalWeeks = marathon.phases.reduce((s, p) => s + p.weeks, 0);
  const goal = marathon.goal.date;

  it('exits 0', () => expect(r.exitCode).toBe(0));

  it('ends the last phase with the ISO week containing the goal date, and plans nothing after it', () => {
    const lastPhase = marathon.phases[marathon.phases.length - 1]!.id;
    expect(days.find((d) => d.date === goal)).toMatchObject({ phase: lastPhase });
    expect(days.filter((d) => d.date > goal).every((d) => d.planned === null && d.week === null)).toBe(true);
  });

  it('lays the phases backwards: the first phase starts totalWeeks before the goal week', () => {
    const phased = days.filter((d) => d.phase !== null);
    expect(phased.length).toBe(totalWeeks * 7 - daysAfterGoalInItsWeek(goal));
    expect(phased[0]!.phase).toBe(marathon.phases[0]!.id);
    expect(new Date(`${phased[0]!.date}T00:00:00Z`).getUTCDay()).toBe(1); // a Monday
  });

  it('gives every planned day its week, phase, block and stage', () => {
    const planned = days.filter((d) => d.planned !== null && d.phase !== null);
    expect(planned.length).toBeGreaterThan(100);
    for (const d of planned) expect(d.week! > 0 && d.block !== null && d.stage !== null).toBe(true);
  });

  it('sums each phase week to its weekly_minutes target (non-optional sessions, ±1 min per session of rounding)', () => {
    const byWeek = new Map<string, Day[]>();
    for (const d of days.filter((x) => x.phase)) byWeek.set(`${d.phase}:${d.week}`, [...(byWeek.get(`${d.phase}:${d.week}`) ?? []), d]);
    let checked = 0;
    for (const phase of marathon.phases) {
      if (!phase.weekly_minutes) continue;
      const weeks = [...byWeek].filter(([k]) => k.startsWith(`${phase.id}:`)).map(([, v]) => v);
      weeks.forEach((week, i) => {
        const sessions = week.filter((d) => d.planned && !d.planned.optional && d.planned.type !== 'rest');
        const sum = sessions.reduce((s, d) => s + d.planned!.minutes, 0);
        expect(Math.abs(sum - phase.weekly_minutes![i]!)).toBeLessThanOrEqual(sessions.length);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(10);
  });
});

function daysAfterGoalInItsWeek(date: string): number {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  return 6 - weekday;
}

describe('schedule --plan, bad input', () => {
  it.each([
    [['--plan', 'plans/strength-5x5.yaml', '--stage', 'NOPE'], /--stage "NOPE" is not a stage/],
    [['--plan', 'plans/strength-5x5.yaml', '--weeks', '0'], /--weeks "0"/],
    [['--plan', 'plans/strength-5x5.yaml', '--start', '2026-02-30'], /--start "2026-02-30" is not a calendar date/],
    [['--plan', 'fixtures/plans/invalid/unknown-key.yaml'], /invalid plan: fixtures\/plans\/invalid\/unknown-key.yaml:\d+:\d+: /],
  ])('schedule %j → exit 2 with one line', async (args, message) => {
    const r = await run(['schedule', ...args]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('sequence plans step through their days from the start', async () => {
    const r = await run(['schedule', '--plan', 'plans/strength-5x5.yaml', '--start', '2026-11-23', '--json']);
    const plan = parse(readFileSync('plans/strength-5x5.yaml', 'utf8')) as { days: { name: string }[] };
    const { days } = JSON.parse(r.stdout) as { days: (Day & { planned: { day: string } })[] };
    expect(days.map((d) => d.planned.day)).toEqual(Array.from({ length: 14 }, (_, i) => plan.days[i % plan.days.length]!.name));
  });
});
