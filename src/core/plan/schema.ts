// The plan format v1 (SPEC §2) as one zod schema. The loader validates with it and
// `regimen schema` prints the JSON Schema generated from it, so the two never drift.
// Cross-field rules (session references, unique stage ids, …) live in validate.ts.
import { z } from 'zod';

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

const sessionType = z.enum(SESSION_TYPES);
const minutes = z.number().positive().max(600);
const isoDate = z.iso.date();

const item = z.strictObject({
  exercise: z.string().min(1),
  sets: z.number().int().min(1).max(20).optional(),
  reps: z.union([z.number().int().min(1).max(1000), z.string().regex(REPS_RANGE_PATTERN)]).optional(),
  load: z.string().regex(LOAD_PATTERN).optional(),
  rir: z.number().int().min(0).max(5).optional(),
  increment: z.string().regex(INCREMENT_PATTERN).optional(),
  minutes: minutes.optional(),
  distance: z.string().regex(DISTANCE_PATTERN).optional(),
  key: z.boolean().optional(),
  note: z.string().optional(),
});

const dayMapping = z.strictObject({
  type: sessionType,
  session: z.string().min(1).optional(),
  minutes: minutes.optional(),
  optional: z.boolean().optional(),
});

const dayEntry = z.union([sessionType, dayMapping]);

const weekTemplate = z.strictObject({
  mon: dayEntry.optional(),
  tue: dayEntry.optional(),
  wed: dayEntry.optional(),
  thu: dayEntry.optional(),
  fri: dayEntry.optional(),
  sat: dayEntry.optional(),
  sun: dayEntry.optional(),
});

const sequenceDay = z.strictObject({
  name: z.string().min(1),
  type: sessionType,
  session: z.string().min(1).optional(),
  minutes: minutes.optional(),
  optional: z.boolean().optional(),
});

const stage = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  description: z.string().optional(),
  minutes: z
    .strictObject({
      strength: minutes.optional(),
      aerobic: minutes.optional(),
      mixed: minutes.optional(),
      mind_body: minutes.optional(),
    })
    .optional(),
  sets: z.number().int().min(1).max(20).optional(),
  volume: z.number().positive().max(5).optional(),
  min_weeks: z.number().int().min(0).max(104).optional(),
  week_template: weekTemplate.optional(),
});

const weeklyMinutes = z.number().positive().max(10_080);

const phase = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  type: z.enum(PHASE_TYPES),
  weeks: z.number().int().min(1).max(104),
  min_weeks: z.number().int().min(1).max(104).optional(),
  intent: z.string().optional(),
  weekly_minutes: z.union([weeklyMinutes, z.array(weeklyMinutes).min(1)]).optional(),
  week_template: weekTemplate.optional(),
  blocks: z.array(z.enum(BLOCK_INTENTS)).min(1).optional(),
  protected: z.boolean().optional(),
});

const variantItems = z.array(item).min(1);

const session = z.strictObject({
  type: z.enum(TRAINING_TYPES).optional(),
  standard: variantItems,
  gentle: variantItems.optional(),
  minimal: variantItems.optional(),
});

const fraction = z.number().min(0).max(1);

const rules = z.strictObject({
  symptoms: z
    .strictObject({
      amber: z.number().int().min(1).max(10).optional(),
      red: z.number().int().min(1).max(10).optional(),
      stop_flags: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).optional(),
    })
    .optional(),
  review: z
    .strictObject({
      window_days: z.number().int().min(7).max(56).optional(),
      progress_min_completion: fraction.optional(),
      progress_max_rpe: z.number().min(0).max(10).optional(),
      progress_max_red_days: z.number().int().min(0).max(56).optional(),
      avoidance_hold: z.number().int().min(1).max(56).optional(),
      step_down_red_session_days: z.number().int().min(1).max(56).optional(),
      step_down_low_completion: fraction.optional(),
      step_down_rpe: z.number().min(0).max(10).optional(),
      step_down_red_days: z.number().int().min(1).max(56).optional(),
      step_down_max_rpe: z.number().min(0).max(10).optional(),
    })
    .optional(),
  repair: z
    .strictObject({
      slide_max_days: z.number().int().min(0).max(7).optional(),
      honesty_min_completion: fraction.optional(),
    })
    .optional(),
  lint: z
    .strictObject({
      max_stage_increase: z.number().min(0).max(10).optional(),
      max_weekly_increase: z.number().min(0).max(10).optional(),
    })
    .optional(),
});

export const planSchema = z.strictObject({
  schema: z.literal('regimen/v1'),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  description: z.string().optional(),
  goal: z
    .strictObject({
      kind: z.enum(GOAL_KINDS),
      title: z.string().min(1),
      date: isoDate.optional(),
      fallback: z.string().min(1).optional(),
    })
    .optional(),
  schedule: z.enum(['weekly', 'sequence']).optional(),
  week_template: weekTemplate.optional(),
  days: z.array(sequenceDay).min(1).max(30).optional(),
  stages: z.array(stage).min(1),
  phases: z.array(phase).min(1).optional(),
  sessions: z.record(z.string().regex(/^[a-z0-9_][a-z0-9_-]*$/), session).optional(),
  rules: rules.optional(),
});

export type PlanInput = z.infer<typeof planSchema>;
export type ItemInput = z.infer<typeof item>;
export type DayInput = z.infer<typeof dayEntry>;
export type WeekTemplateInput = z.infer<typeof weekTemplate>;
export type StageInput = z.infer<typeof stage>;
export type PhaseInput = z.infer<typeof phase>;
export type SessionInput = z.infer<typeof session>;

/** The JSON Schema (draft-7, what the YAML language server reads) of the plan format. */
export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(planSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: 'https://regimen.dev/schema/regimen-v1.json',
    title: 'regimen plan (regimen/v1)',
    description: 'A training plan backbone for the regimen command-line tool.',
    ...generated,
  };
}
