// Repair test helpers (SPEC §6.5) on the real example plan, plans/marathon-novice.yaml.
// Expectations are computed from the plan file read with the `yaml` package (phase
// lengths, min_weeks, protected, the goal), never from the code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { HistoryDay } from '../../src/core/engine/history.js';
import type { Plan } from '../../src/core/plan/model.js';
import { previewContext, ScheduleResolver, type PlannedSession } from '../../src/core/plan/resolve.js';
import type { Disruption } from '../../src/core/repair/disruption.js';
import { inferDisruption } from '../../src/core/repair/disruption.js';
import { LayeredSchedule, type Layer } from '../../src/core/schedule/layers.js';
import { proposeDisruptionRepair, type RepairProposal } from '../../src/core/repair/propose.js';
import { loadPlanText } from '../../src/io/plan-file.js';
import { addDays, daysBetween, mondayOf } from '../../src/core/dates.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MARATHON = join(ROOT, 'plans', 'marathon-novice.yaml');

/**
 * The example plan; with `rules`, the same file with a top-level `rules:` block
 * appended (SPEC §6: thresholds overridden per plan), loaded the way a plan file is.
 */
export function loadMarathon(rules?: Record<string, unknown>): Plan {
  const bytes = readFileSync(MARATHON);
  const text = rules ? Buffer.concat([bytes, Buffer.from(`\nrules: ${JSON.stringify(rules)}\n`)]) : bytes;
  const loaded = loadPlanText(MARATHON, text);
  if (!loaded.plan) throw new Error(`marathon-novice.yaml does not load: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.plan;
}

/** The plan file as written (the source of every expectation). */
export const YAML: any = parseYaml(readFileSync(MARATHON, 'utf8'));

// ---------------------------------------------------------------------------------
// Calendar arithmetic of our own (UTC calendar dates).

// The same calendar arithmetic as the program's (src/core/dates.ts).
export { addDays, daysBetween, mondayOf };

export function* dates(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

// ---------------------------------------------------------------------------------
// The phases on the calendar, laid backwards from the goal (SPEC §2.1), from the YAML.

export interface YamlPhase {
  id: string;
  type: string;
  weeks: number;
  minWeeks: number;
  protected: boolean;
  start: string;
  end: string;
}

export const GOAL: { title: string; date: string; fallback: string } = {
  title: YAML.goal.title,
  date: new Date(YAML.goal.date).toISOString().slice(0, 10),
  fallback: YAML.goal.fallback,
};

export const PHASES: YamlPhase[] = (() => {
  const out: YamlPhase[] = [];
  let end = addDays(mondayOf(GOAL.date), 6);
  for (const p of [...YAML.phases].reverse()) {
    const start = addDays(end, -7 * p.weeks + 1);
    const isProtected = p.protected === true;
    out.unshift({ id: p.id, type: p.type, weeks: p.weeks, minWeeks: p.min_weeks ?? (isProtected ? p.weeks : 1), protected: isProtected, start, end });
    end = addDays(start, -1);
  }
  return out;
})();

export const phase = (id: string): YamlPhase => PHASES.find((p) => p.id === id)!;
/** Monday of week `n` (1-based) of a phase. */
export const weekOf = (id: string, n: number): string => addDays(phase(id).start, 7 * (n - 1));
export const PLAN_START = PHASES[0]!.start;
export const PROTECTED = PHASES.filter((p) => p.protected);
export const FIRST_PROTECTED = PROTECTED[0]!.start;

// ---------------------------------------------------------------------------------
// Schedules and records.

export function backbone(plan: Plan, start = PLAN_START): LayeredSchedule {
  return new LayeredSchedule(new ScheduleResolver(plan, previewContext(plan, start)), []);
}

export function withLayer(s: LayeredSchedule, layer: Layer | null): LayeredSchedule {
  if (!layer) throw new Error('the proposal has no layer');
  return new LayeredSchedule(s.base, [...s.layers, layer]);
}

export const isTraining = (p: PlannedSession | null): boolean => p !== null && p.type !== 'rest' && !p.optional;

/** Non-optional training minutes planned in the calendar week starting `monday` (or the `days` from it). */
export function weekTotal(s: LayeredSchedule, monday: string, days = 7): number {
  let sum = 0;
  for (let k = 0; k < days; k++) {
    const p = s.day(addDays(monday, k)).planned;
    if (isTraining(p)) sum += p!.minutes;
  }
  return sum;
}

export function trainingSessions(s: LayeredSchedule, monday: string, days = 7): number {
  let n = 0;
  for (let k = 0; k < days; k++) if (isTraining(s.day(addDays(monday, k)).planned)) n++;
  return n;
}

/**
 * A record from `start` through the day before `today`: every planned training
 * session done as planned, rest and optional days logged as rest, and nothing at all
 * logged on the days `missed` says.
 */
export function record(s: LayeredSchedule, start: string, today: string, missed: (date: string) => boolean = () => false): HistoryDay[] {
  const out: HistoryDay[] = [];
  for (const date of dates(start, addDays(today, -1))) {
    const planned = s.day(date).planned;
    let session: HistoryDay['session'] = null;
    if (planned && !missed(date)) {
      session = isTraining(planned)
        ? { status: 'completed', actual_type: planned.type, actual_minutes: planned.minutes, rpe: 4, exercises: [] }
        : { status: 'rest', actual_type: 'rest', actual_minutes: 0, rpe: null, exercises: [] };
    }
    out.push({ date, status: 'green', planned, session });
  }
  return out;
}

export const between = (from: string, to: string) => (d: string) => d >= from && d <= to;

/** Propose a repair for time away from `from` to `to` (both inclusive), today being the day after `to` unless given. */
export function repairAfterGap(plan: Plan, from: string, to: string, options: { today?: string; start?: string; disruption?: Disruption | null } = {}) {
  const start = options.start ?? PLAN_START;
  const today = options.today ?? addDays(to, 1);
  const before = backbone(plan, start);
  const history = record(before, start, today, between(from, to));
  const disruption = options.disruption !== undefined ? options.disruption : inferDisruption(history, today);
  const proposal: RepairProposal = proposeDisruptionRepair({ schedule: before, history, today }, disruption);
  const after = proposal.layer ? withLayer(before, proposal.layer) : before;
  return { before, after, history, today, proposal };
}
