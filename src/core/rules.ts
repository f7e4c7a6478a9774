// The one table of engine thresholds (SPEC §6). Plans override any of them under
// `rules:`; `mergeRules` layers a plan's overrides on these defaults.

export const DEFAULT_STOP_FLAGS = ['fever', 'chest_pain', 'dizziness', 'breathless', 'bleeding', 'new_swelling'] as const;

export const DEFAULT_RULES = {
  symptoms: {
    // Severity 0–3 green, 4–6 amber, 7–10 red.
    amber: 4,
    red: 7,
    stop_flags: [...DEFAULT_STOP_FLAGS] as string[],
  },
  review: {
    window_days: 14,
    progress_min_completion: 0.7,
    progress_max_rpe: 5,
    progress_max_red_days: 1,
    avoidance_hold: 3,
    step_down_red_session_days: 3,
    step_down_low_completion: 0.4,
    step_down_rpe: 7,
    step_down_red_days: 3,
    step_down_max_rpe: 8,
  },
  repair: {
    slide_max_days: 2,
    honesty_min_completion: 0.6,
  },
  lint: {
    max_stage_increase: 0.25,
    max_weekly_increase: 0.1,
  },
};

export type Rules = typeof DEFAULT_RULES;

export interface RuleOverrides {
  symptoms?: Partial<Rules['symptoms']>;
  review?: Partial<Rules['review']>;
  repair?: Partial<Rules['repair']>;
  lint?: Partial<Rules['lint']>;
}

export function mergeRules(overrides: RuleOverrides | undefined): Rules {
  const o = overrides ?? {};
  return {
    symptoms: {
      ...DEFAULT_RULES.symptoms,
      ...o.symptoms,
      // Plan stop flags add to the defaults; they never remove a safety flag.
      stop_flags: [...new Set([...DEFAULT_RULES.symptoms.stop_flags, ...(o.symptoms?.stop_flags ?? [])])],
    },
    review: { ...DEFAULT_RULES.review, ...o.review },
    repair: { ...DEFAULT_RULES.repair, ...o.repair },
    lint: { ...DEFAULT_RULES.lint, ...o.lint },
  };
}
