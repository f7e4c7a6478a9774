// SPEC §3: "Plan edits apply to the future only: history keeps the plan version it was
// planned with — for logged days *and* for past days that were never logged." A plan
// edited after two weeks, walked in-process through the real commands: init with a
// start three weeks back, some days logged, some skipped, some never logged; the plan
// file edited; a writing command (`checkin`) run; then `history`, `schedule` and
// `review` of the past and the future.
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { runCheckin } from '../../src/commands/checkin.js';
import { runHistory } from '../../src/commands/history.js';
import { runInit } from '../../src/commands/init.js';
import { runLog } from '../../src/commands/log.js';
import { runPlanUse } from '../../src/commands/plan.js';
import { runReview } from '../../src/commands/review.js';
import { runSchedule } from '../../src/commands/schedule.js';
import { PLAIN_THEME } from '../../src/render/theme.js';

const START = '2026-11-02'; // a Monday, three weeks before the edit
const EDITED_ON = '2026-11-23'; // the Monday the edited file is first seen by a writing command

let dir: string;
let journal: string;
let planFile: string;

interface Run {
  code: number;
  out: string;
}

/** One command, in-process, as `REGIMEN_NOW=now regimen --journal J [--date date] --json …`. */
async function cmd(
  fn: (ctx: Context, args: unknown[], o: Record<string, unknown>) => Promise<number>,
  options: Record<string, unknown>,
  at: { now: string; date?: string; json?: boolean },
  args: unknown[] = [],
): Promise<Run> {
  const out: string[] = [];
  const ctx: Context = {
    options: { journal, json: at.json ?? true, color: false, input: false, ...(at.date ? { date: at.date } : {}) },
    today: at.date ?? at.now,
    clockToday: at.now,
    env: { REGIMEN_NOW: at.now },
    theme: PLAIN_THEME,
    interactive: false,
    out: (t) => out.push(t),
    err: () => {},
  };
  const code = await fn(ctx, args, options);
  return { code, out: out.join('\n') };
}

interface Day {
  date: string;
  planned: { type: string; minutes: number } | null;
}

async function historyDays(now: string, from: string, to: string): Promise<unknown> {
  const r = await cmd(runHistory, { from, to }, { now });
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

async function scheduleDays(now: string, from: string, to: string): Promise<Day[]> {
  const r = await cmd(runSchedule, { from, to }, { now });
  expect(r.code).toBe(0);
  return (JSON.parse(r.out) as { days: Day[] }).days;
}

function storedVersions(): { from_date: string }[] {
  const db = new Database(journal, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT from_date FROM assignment_plan_versions ORDER BY id').all() as { from_date: string }[];
  } finally {
    db.close();
  }
}

const plannedOf = (days: Day[]) => Object.fromEntries(days.map((d) => [d.date, d.planned ? `${d.planned.type} ${d.planned.minutes}` : null]));

/**
 * The FOUNDATIONS stage edited: the walk 15 → 25 minutes, the Friday mind-body session
 * moved to Thursday, and a second walk on Saturday (so a re-resolved past would count
 * more planned sessions, not only other minutes).
 */
function editPlan(): void {
  let text = readFileSync(planFile, 'utf8');
  const stage = text.indexOf('  - id: FOUNDATIONS');
  const minutes = '    minutes: { strength: 15, aerobic: 15, mixed: 15, mind_body: 15 }';
  const at = text.indexOf(minutes, stage);
  expect(at).toBeGreaterThan(stage);
  text = text.slice(0, at) + minutes.replace('aerobic: 15', 'aerobic: 25') + text.slice(at + minutes.length);
  const fri = text.indexOf('      fri: mind_body', stage);
  expect(fri).toBeGreaterThan(stage);
  text = text.slice(0, fri) + '      thu: mind_body\n      sat: aerobic' + text.slice(fri + '      fri: mind_body'.length);
  writeFileSync(planFile, text);
}

let historyBefore: unknown;
let scheduleBefore: Day[];
let reviewBefore: { metrics: { planned: number } };

beforeAll(async () => {
  dir = mkdtempSync(join(process.env.REGIMEN_TEST_TMP ?? tmpdir(), 'regimen-versions-'));
  journal = join(dir, 'journal.db');
  planFile = join(dir, 'plan.yaml');
  copyFileSync('plans/gentle-foundations.yaml', planFile);
  const now = '2026-11-20';
  expect((await cmd(runInit, { plan: planFile, start: START }, { now })).code).toBe(0);
  // Week 1: Monday and Wednesday done; Friday never logged. Week 2: Monday done,
  // Wednesday skipped, Friday never logged. Week 3: Monday done, the rest never logged.
  for (const [date, status] of [
    ['2026-11-02', 'completed'],
    ['2026-11-04', 'completed'],
    ['2026-11-09', 'completed'],
    ['2026-11-11', 'skipped'],
    ['2026-11-16', 'completed'],
  ] as const) {
    expect((await cmd(runLog, { status, rpe: status === 'completed' ? '4' : undefined }, { now, date })).code).toBe(0);
  }
  historyBefore = await historyDays(EDITED_ON, START, '2026-11-22');
  scheduleBefore = await scheduleDays(EDITED_ON, START, '2026-12-06');
  reviewBefore = JSON.parse((await cmd(runReview, { dryRun: true }, { now: EDITED_ON })).out);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a plan edited after two weeks (gentle-foundations: Wednesday walk 15 → 25 min, Friday → Thursday)', () => {
  it('before the edit, the first three weeks plan the walk at 15 minutes and mind-body on Friday', () => {
    const planned = plannedOf(scheduleBefore);
    expect(planned['2026-11-18']).toBe('aerobic 15');
    expect(planned['2026-11-20']).toBe('mind_body 15');
    expect(planned['2026-11-19']).toBe('rest 0');
  });

  describe('edited, and read before any writing command has seen the edit', () => {
    beforeAll(() => editPlan());

    it('the past is resolved with the stored version, today and later with the file, and nothing is stored', async () => {
      expect(await historyDays(EDITED_ON, START, '2026-11-22')).toEqual(historyBefore);
      const after = plannedOf(await scheduleDays(EDITED_ON, START, '2026-12-06'));
      expect(after['2026-11-20']).toBe('mind_body 15');
      expect(after['2026-11-26']).toBe('mind_body 15');
      expect(after['2026-11-28']).toBe('aerobic 25');
      expect(storedVersions()).toEqual([{ from_date: START }]);
    });
  });

  describe('then a writing command (checkin) run on the Monday after', () => {
    beforeAll(async () => {
      const r = await cmd(runCheckin, { fatigue: '2', pain: '1', anxiety: '1', lowMood: '1', qol: '8' }, { now: EDITED_ON });
      expect(r.code).toBe(0);
    });

    it('stores the edited version, in force from that day', () => {
      expect(storedVersions()).toEqual([{ from_date: START }, { from_date: EDITED_ON }]);
    });

    it('history of the past weeks is unchanged, unlogged days included', async () => {
      expect(await historyDays(EDITED_ON, START, '2026-11-22')).toEqual(historyBefore);
    });

    it('history read later (the clock moved on) still shows the past weeks as planned then', async () => {
      const later = (await historyDays('2026-12-07', START, '2026-11-22')) as { weeks: unknown[] };
      expect(later.weeks).toEqual((historyBefore as { weeks: unknown[] }).weeks);
    });

    it('the schedule of past days is unchanged; from the edit on it follows the edited file', async () => {
      const before = plannedOf(scheduleBefore);
      const after = plannedOf(await scheduleDays(EDITED_ON, START, '2026-12-06'));
      for (const [date, planned] of Object.entries(after)) {
        if (date < EDITED_ON) expect(planned, date).toBe(before[date]);
      }
      expect(after['2026-11-20']).toBe('mind_body 15'); // unlogged Friday before the edit
      expect(after['2026-11-18']).toBe('aerobic 15'); // unlogged Wednesday before the edit
      expect(after['2026-11-25']).toBe('aerobic 25');
      expect(after['2026-11-26']).toBe('mind_body 15');
      expect(after['2026-11-27']).toBe('rest 0');
      expect(after['2026-11-28']).toBe('aerobic 25');
      expect(after['2026-11-21']).toBe('rest 0'); // the Saturday before the edit
    });

    it('the review of the past weeks counts the sessions planned then (metrics.planned unchanged)', async () => {
      const review = JSON.parse((await cmd(runReview, { dryRun: true }, { now: EDITED_ON })).out) as { metrics: { planned: number } };
      expect(review.metrics.planned).toBeGreaterThan(0);
      expect(review.metrics).toEqual(reviewBefore.metrics);
    });

    it('a day logged later for a past date is planned with the version in force on it', async () => {
      const r = await cmd(runLog, { status: 'completed', rpe: '3' }, { now: EDITED_ON, date: '2026-11-18' });
      expect(r.code).toBe(0);
      const session = (JSON.parse(r.out) as { session: { planned: { type: string; minutes: number } } }).session;
      expect(session.planned).toMatchObject({ type: 'aerobic', minutes: 15 });
    });

    it('the week after the edit is planned from the edited file (history of that week)', async () => {
      const later = (await historyDays('2026-11-30', '2026-11-23', '2026-11-29')) as { weeks: { minutes_planned: number }[] };
      expect(later.weeks.map((w) => w.minutes_planned)).toEqual([80]);
    });

    it('the weeks before the edit planned 45 minutes each', () => {
      expect((historyBefore as { weeks: { minutes_planned: number }[] }).weeks.map((w) => w.minutes_planned)).toEqual([45, 45, 45]);
    });
  });
});

describe('`plan use` of the edited file (a writing command) stores its version from that day', () => {
  it('the past keeps the version it started with; the edit applies from the day of `plan use`', async () => {
    const saved = { journal, planFile };
    journal = join(dir, 'plan-use.db');
    planFile = join(dir, 'plan-use.yaml');
    try {
      copyFileSync('plans/gentle-foundations.yaml', planFile);
      expect((await cmd(runInit, { plan: planFile, start: START }, { now: '2026-11-20' })).code).toBe(0);
      const before = plannedOf(await scheduleDays(EDITED_ON, START, '2026-11-29'));
      editPlan();
      expect((await cmd(runPlanUse, {}, { now: EDITED_ON }, [planFile])).code).toBe(0);
      expect(storedVersions()).toEqual([{ from_date: START }, { from_date: EDITED_ON }]);
      const after = plannedOf(await scheduleDays(EDITED_ON, START, '2026-11-29'));
      for (const date of Object.keys(after)) if (date < EDITED_ON) expect(after[date], date).toBe(before[date]);
      expect(after['2026-11-25']).toBe('aerobic 25');
    } finally {
      ({ journal, planFile } = saved);
    }
  });
});
