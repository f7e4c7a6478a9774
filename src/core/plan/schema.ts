// The plan format v1 (SPEC §2) as one zod schema. The loader validates with it and
// `regimen schema` prints the JSON Schema generated from it, so the two never drift.
// Cross-field rules (session references, unique stage ids, …) live in validate.ts.
// Named imports, not the `z` namespace: the namespace drags every locale into the
// bundle (580 KB instead of 150 KB), which `check` would pay for at every start.
import { array, boolean, enum as zEnum, iso, literal, number, record, strictObject, string, toJSONSchema, union, type infer as Infer } from 'zod';

import {
  BLOCK_INTENTS,
  DISTANCE_PATTERN,
  GOAL_KINDS,
  INCREMENT_PATTERN,
  LOAD_PATTERN,
  PHASE_TYPES,
  REPS_RANGE_PATTERN,
  SESSION_TYPES,
  TRAINING_TYPES,
} from './vocabulary.js';

export * from './vocabulary.js';

const sessionType = zEnum(SESSION_TYPES);
const minutes = number().positive().max(600);
const isoDate = iso.date();

const item = strictObject({
  exercise: string().min(1),
  sets: number().int().min(1).max(20).optional(),
  reps: union([number().int().min(1).max(1000), string().regex(REPS_RANGE_PATTERN)]).optional(),
  load: string().regex(LOAD_PATTERN).optional(),
  rir: number().int().min(0).max(5).optional(),
  increment: string().regex(INCREMENT_PATTERN).optional(),
  minutes: minutes.optional(),
  distance: string().regex(DISTANCE_PATTERN).optional(),
  key: boolean().optional(),
  note: string().optional(),
});

const dayMapping = strictObject({
  type: sessionType,
  session: string().min(1).optional(),
  minutes: minutes.optional(),
  optional: boolean().optional(),
});

const dayEntry = union([sessionType, dayMapping]);

const weekTemplate = strictObject({
  mon: dayEntry.optional(),
  tue: dayEntry.optional(),
  wed: dayEntry.optional(),
  thu: dayEntry.optional(),
  fri: dayEntry.optional(),
  sat: dayEntry.optional(),
  sun: dayEntry.optional(),
});

const sequenceDay = strictObject({
  name: string().min(1),
  type: sessionType,
  session: string().min(1).optional(),
  minutes: minutes.optional(),
  optional: boolean().optional(),
});

const stage = strictObject({
  id: string().regex(/^[A-Z][A-Z0-9_]*$/),
  description: string().optional(),
  minutes: strictObject({
    strength: minutes.optional(),
    aerobic: minutes.optional(),
    mixed: minutes.optional(),
    mind_body: minutes.optional(),
  }).optional(),
  sets: number().int().min(1).max(20).optional(),
  volume: number().positive().max(5).optional(),
  min_weeks: number().int().min(0).max(104).optional(),
  week_template: weekTemplate.optional(),
});

const weeklyMinutes = number().positive().max(10_080);

const phase = strictObject({
  id: string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  type: zEnum(PHASE_TYPES),
  weeks: number().int().min(1).max(104),
  min_weeks: number().int().min(1).max(104).optional(),
  intent: string().optional(),
  weekly_minutes: union([weeklyMinutes, array(weeklyMinutes).min(1)]).optional(),
  week_template: weekTemplate.optional(),
  blocks: array(zEnum(BLOCK_INTENTS)).min(1).optional(),
  protected: boolean().optional(),
});

const variantItems = array(item).min(1);

const session = strictObject({
  type: zEnum(TRAINING_TYPES).optional(),
  standard: variantItems,
  gentle: variantItems.optional(),
  minimal: variantItems.optional(),
});

const fraction = number().min(0).max(1);

const rules = strictObject({
  symptoms: strictObject({
    amber: number().int().min(1).max(10).optional(),
    red: number().int().min(1).max(10).optional(),
    stop_flags: array(string().regex(/^[a-z][a-z0-9_]*$/)).optional(),
  }).optional(),
  review: strictObject({
    window_days: number().int().min(7).max(56).optional(),
    progress_min_completion: fraction.optional(),
    progress_max_rpe: number().min(0).max(10).optional(),
    progress_max_red_days: number().int().min(0).max(56).optional(),
    avoidance_hold: number().int().min(1).max(56).optional(),
    step_down_red_session_days: number().int().min(1).max(56).optional(),
    step_down_low_completion: fraction.optional(),
    step_down_rpe: number().min(0).max(10).optional(),
    step_down_red_days: number().int().min(1).max(56).optional(),
    step_down_max_rpe: number().min(0).max(10).optional(),
  }).optional(),
  repair: strictObject({
    slide_max_days: number().int().min(0).max(7).optional(),
    honesty_min_completion: fraction.optional(),
  }).optional(),
  lint: strictObject({
    max_stage_increase: number().min(0).max(10).optional(),
    max_weekly_increase: number().min(0).max(10).optional(),
  }).optional(),
});

export const planSchema = strictObject({
  schema: literal('regimen/v1'),
  id: string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: string().min(1),
  description: string().optional(),
  goal: strictObject({
    kind: zEnum(GOAL_KINDS),
    title: string().min(1),
    date: isoDate.optional(),
    fallback: string().min(1).optional(),
  }).optional(),
  schedule: zEnum(['weekly', 'sequence']).optional(),
  week_template: weekTemplate.optional(),
  days: array(sequenceDay).min(1).max(30).optional(),
  stages: array(stage).min(1),
  phases: array(phase).min(1).optional(),
  sessions: record(string().regex(/^[a-z0-9_][a-z0-9_-]*$/), session).optional(),
  rules: rules.optional(),
});

export type PlanInput = Infer<typeof planSchema>;
export type ItemInput = Infer<typeof item>;
export type DayInput = Infer<typeof dayEntry>;
export type WeekTemplateInput = Infer<typeof weekTemplate>;
export type StageInput = Infer<typeof stage>;
export type PhaseInput = Infer<typeof phase>;
export type SessionInput = Infer<typeof session>;

/** The JSON Schema (draft-7, what the YAML language server reads) of the plan format. */
export function planJsonSchema(): Record<string, unknown> {
  const generated = toJSONSchema(planSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: 'https://regimen.dev/schema/regimen-v1.json',
    title: 'regimen plan (regimen/v1)',
    description: 'A training plan backbone for the regimen command-line tool.',
    ...generated,
  };
}
