// The plan format's words and patterns, without zod, so hot commands (today, log)
// can use them without loading the schema library.

export const SESSION_TYPES = ['strength', 'aerobic', 'mixed', 'mind_body', 'rest'] as const;
export const TRAINING_TYPES = ['strength', 'aerobic', 'mixed', 'mind_body'] as const;
export const PHASE_TYPES = ['base', 'build', 'peak', 'taper', 'recovery', 'maintain'] as const;
export const BLOCK_INTENTS = ['intro', 'progression', 'peak', 'recovery'] as const;
export const GOAL_KINDS = ['wellbeing', 'event', 'distance', 'strength', 'habit'] as const;
export const VARIANTS = ['standard', 'gentle', 'minimal'] as const;

export type SessionType = (typeof SESSION_TYPES)[number];
export type TrainingType = (typeof TRAINING_TYPES)[number];
export type PhaseType = (typeof PHASE_TYPES)[number];
export type BlockIntent = (typeof BLOCK_INTENTS)[number];
export type Variant = (typeof VARIANTS)[number];

/** A session type as a word in prose: mind_body → mind-body. */
export const typeWord = (type: string): string => type.replace('_', '-');

export function isTrainingType(name: string): name is TrainingType {
  return (TRAINING_TYPES as readonly string[]).includes(name);
}

export const LOAD_PATTERN = /^(?:\d+(?:\.\d+)?(?:kg|lb)|bw|bw\+\d+(?:\.\d+)?(?:kg|lb))$/;
export const INCREMENT_PATTERN = /^\d+(?:\.\d+)?(?:kg|lb)$/;
export const DISTANCE_PATTERN = /^\d+(?:\.\d+)?(?:km|mi|m)$/;
export const REPS_RANGE_PATTERN = /^\d+-\d+$/;
