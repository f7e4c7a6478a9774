// The normalised plan: defaults filled in, shorthands expanded, camelCase. Built
// once from a validated PlanInput; every resolution rule works on this shape.
import type { Weekday } from '../dates.js';
import { WEEKDAYS } from '../dates.js';
import { mergeRules, type RuleOverrides, type Rules } from '../rules.js';
import { isTrainingType, TRAINING_TYPES, type BlockIntent, type PhaseType, type SessionType, type TrainingType } from './vocabulary.js';
import type { DayInput, ItemInput, PlanInput, StageInput, WeekTemplateInput } from './schema.js';

export interface DaySpec {
  type: SessionType;
  session?: string;
  minutes?: number;
  optional: boolean;
  /** Sequence days only: the day's name (Push, Pull, …). */
  name?: string;
}

export type WeekTemplate = Partial<Record<Weekday, DaySpec>>;

export interface Item {
  exercise: string;
  sets?: number;
  reps?: string;
  load?: string;
  rir?: number;
  increment?: string;
  minutes?: number;
  distance?: string;
  key?: boolean;
  note?: string;
}

export interface SessionDef {
  name: string;
  type: TrainingType;
  standard: Item[];
  gentle?: Item[];
  minimal?: Item[];
}

export interface Stage {
  id: string;
  description?: string;
  minutes: Partial<Record<TrainingType, number>>;
  sets?: number;
  volume: number;
  minWeeks: number;
  weekTemplate?: WeekTemplate;
}

export interface Phase {
  id: string;
  type: PhaseType;
  weeks: number;
  minWeeks: number;
  intent?: string;
  /** One target per week of the phase, when the plan sets one. */
  weeklyMinutes?: number[];
  weekTemplate?: WeekTemplate;
  blocks?: BlockIntent[];
  protected: boolean;
}

export interface Goal {
  kind: string;
  title: string;
  date?: string;
  fallback?: string;
}

export interface Plan {
  id: string;
  name: string;
  description?: string;
  goal?: Goal;
  schedule: 'weekly' | 'sequence';
  weekTemplate?: WeekTemplate;
  days: DaySpec[];
  stages: Stage[];
  phases: Phase[];
  sessions: Record<string, SessionDef>;
  rules: Rules;
}

export const DEFAULT_STAGE_MIN_WEEKS = 2;

/** Bump when normalisation changes: journals cache normalised plans by this version. */
export const PLAN_MODEL_VERSION = 1;

function normalizeDay(entry: DayInput): DaySpec {
  if (typeof entry === 'string') return { type: entry, optional: false };
  return { type: entry.type, session: entry.session, minutes: entry.minutes, optional: entry.optional ?? false };
}

function normalizeTemplate(template: WeekTemplateInput | undefined): WeekTemplate | undefined {
  if (!template) return undefined;
  const out: WeekTemplate = {};
  for (const day of WEEKDAYS) {
    const entry = template[day];
    if (entry !== undefined) out[day] = normalizeDay(entry);
  }
  return out;
}

function normalizeItem(item: ItemInput): Item {
  const out: Item = { exercise: item.exercise };
  if (item.sets !== undefined) out.sets = item.sets;
  if (item.reps !== undefined) out.reps = String(item.reps);
  if (item.load !== undefined) out.load = item.load;
  if (item.rir !== undefined) out.rir = item.rir;
  if (item.increment !== undefined) out.increment = item.increment;
  if (item.minutes !== undefined) out.minutes = item.minutes;
  if (item.distance !== undefined) out.distance = item.distance;
  if (item.key !== undefined) out.key = item.key;
  if (item.note !== undefined) out.note = item.note;
  return out;
}

// Goal and stage minutes are copied key by key, in a fixed order: the plan file's
// order would otherwise show through (in `plan show --json` and the journal's plan
// cache), and it differs from zod's, which follows the schema.
function normalizeGoal(goal: NonNullable<PlanInput['goal']>): NonNullable<Plan['goal']> {
  const out: NonNullable<Plan['goal']> = { kind: goal.kind, title: goal.title };
  if (goal.date !== undefined) out.date = goal.date;
  if (goal.fallback !== undefined) out.fallback = goal.fallback;
  return out;
}

function normalizeStageMinutes(minutes: StageInput['minutes']): Partial<Record<TrainingType, number>> {
  const out: Partial<Record<TrainingType, number>> = {};
  for (const type of TRAINING_TYPES) if (minutes?.[type] !== undefined) out[type] = minutes[type];
  return out;
}

/** Assumes `input` passed the schema and validatePlan (no error findings). */
export function normalizePlan(input: PlanInput): Plan {
  const sessions: Record<string, SessionDef> = {};
  for (const [name, s] of Object.entries(input.sessions ?? {})) {
    const type = s.type ?? (isTrainingType(name) ? name : 'mixed');
    sessions[name] = {
      name,
      type,
      standard: s.standard.map(normalizeItem),
      gentle: s.gentle?.map(normalizeItem),
      minimal: s.minimal?.map(normalizeItem),
    };
  }
  return {
    id: input.id,
    name: input.name,
    description: input.description,
    goal: input.goal ? normalizeGoal(input.goal) : undefined,
    schedule: input.schedule ?? 'weekly',
    weekTemplate: normalizeTemplate(input.week_template),
    days: (input.days ?? []).map((d) => ({ ...normalizeDay(d), name: d.name })),
    stages: input.stages.map((s) => ({
      id: s.id,
      description: s.description,
      minutes: normalizeStageMinutes(s.minutes),
      sets: s.sets,
      volume: s.volume ?? 1,
      minWeeks: s.min_weeks ?? DEFAULT_STAGE_MIN_WEEKS,
      weekTemplate: normalizeTemplate(s.week_template),
    })),
    phases: (input.phases ?? []).map((p) => ({
      id: p.id,
      type: p.type,
      weeks: p.weeks,
      // A protected phase cannot shrink at all; others may shrink to a single week.
      minWeeks: p.min_weeks ?? (p.protected ? p.weeks : 1),
      intent: p.intent,
      weeklyMinutes:
        p.weekly_minutes === undefined
          ? undefined
          : Array.isArray(p.weekly_minutes)
            ? [...p.weekly_minutes]
            : Array.from({ length: p.weeks }, () => p.weekly_minutes as number),
      weekTemplate: normalizeTemplate(p.week_template),
      blocks: p.blocks ? [...p.blocks] : undefined,
      protected: p.protected ?? false,
    })),
    sessions,
    rules: mergeRules(input.rules as RuleOverrides | undefined),
  };
}
