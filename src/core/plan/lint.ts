// SPEC §2.2 warnings: things that are allowed but probably not what the author meant.
// Each rule is a small function named after its diagnostic code.
import type { Finding } from '../diagnostics.js';
import { WEEKDAYS } from '../dates.js';
import type { PlanInput } from './schema.js';
import type { DaySpec, Plan, Stage } from './model.js';
import { isTrainingType } from './vocabulary.js';
import { baseMinutes } from './resolve.js';
import { eachDayEntry } from './validate.js';

type Path = (string | number)[];

function warning(code: string, path: Path, message: string, hint?: string): Finding {
  return { code, severity: 'warning', message, path, ...(hint ? { hint } : {}) };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function eventGoalWithoutFallback(input: PlanInput): Finding[] {
  if (input.goal?.kind !== 'event' || input.goal.fallback !== undefined) return [];
  return [
    warning('goal-without-fallback', ['goal'], 'event goal has no fallback', 'add fallback: — what to aim for if the goal is no longer safe in the time left'),
  ];
}

/** Planned minutes of a stage's usual week (non-optional days, × volume, no phase scaling). */
export function stageWeeklyMinutes(plan: Plan, stage: Stage): number {
  const days: DaySpec[] =
    plan.schedule === 'sequence'
      ? plan.days
      : WEEKDAYS.map((wd) => (stage.weekTemplate ?? plan.weekTemplate)?.[wd]).filter((d): d is DaySpec => d !== undefined);
  let sum = 0;
  for (const day of days) if (!day.optional) sum += baseMinutes(plan, day, stage) * stage.volume;
  // A sequence cycle is rarely 7 days long: express it per week.
  return plan.schedule === 'sequence' && plan.days.length ? (sum * 7) / plan.days.length : sum;
}

function stageIncrease(plan: Plan): Finding[] {
  const limit = plan.rules.lint.max_stage_increase;
  const out: Finding[] = [];
  for (let i = 1; i < plan.stages.length; i++) {
    const before = stageWeeklyMinutes(plan, plan.stages[i - 1]!);
    const after = stageWeeklyMinutes(plan, plan.stages[i]!);
    if (before > 0 && after > before * (1 + limit)) {
      out.push(
        warning(
          'stage-increase',
          ['stages', i],
          `stage ${plan.stages[i]!.id} plans ${Math.round(after)} min a week, ${pct(after / before - 1)} more than ${plan.stages[i - 1]!.id} (${Math.round(before)} min)`,
          `keep each step within ${pct(limit)} (rules.lint.max_stage_increase), or add a stage in between`,
        ),
      );
    }
  }
  return out;
}

function weeklyIncrease(plan: Plan, input: PlanInput): Finding[] {
  const limit = plan.rules.lint.max_weekly_increase;
  const out: Finding[] = [];
  let previous: number | undefined;
  plan.phases.forEach((phase, p) => {
    const given = input.phases?.[p]?.weekly_minutes;
    for (let w = 0; w < phase.weeks; w++) {
      const value = phase.weeklyMinutes?.[w];
      if (value === undefined) {
        previous = undefined;
        continue;
      }
      if (previous !== undefined && value > previous * (1 + limit)) {
        const path: Path = Array.isArray(given) ? ['phases', p, 'weekly_minutes', w] : ['phases', p, 'weekly_minutes'];
        out.push(
          warning(
            'weekly-increase',
            path,
            `phase ${phase.id} week ${w + 1} plans ${value} min, ${pct(value / previous - 1)} more than the week before (${previous} min)`,
            `keep week-on-week growth within ${pct(limit)} (rules.lint.max_weekly_increase)`,
          ),
        );
      }
      previous = value;
    }
  });
  return out;
}

function taperNotProtected(plan: Plan): Finding[] {
  return plan.phases.flatMap((phase, i) =>
    phase.type === 'taper' && !phase.protected
      ? [
          warning(
            'taper-not-protected',
            ['phases', i],
            `taper phase "${phase.id}" is not protected`,
            'add protected: true so repairs never shorten or move the taper',
          ),
        ]
      : [],
  );
}

function typeWithoutSession(plan: Plan, input: PlanInput): Finding[] {
  const out: Finding[] = [];
  for (const { path, day } of eachDayEntry(input)) {
    const type = typeof day === 'string' ? day : day.type;
    const named = typeof day === 'string' ? undefined : day.session;
    if (type === 'rest' || named !== undefined || !isTrainingType(type) || plan.sessions[type]) continue;
    out.push(
      warning(
        'type-without-session',
        path,
        `${type} day has no session: there is no "${type}" session in the library`,
        `add sessions.${type}, or name a session with session:`,
      ),
    );
  }
  return out;
}

/** All warnings for a plan that passed validation. */
export function lintPlan(plan: Plan, input: PlanInput): Finding[] {
  return [
    ...eventGoalWithoutFallback(input),
    ...stageIncrease(plan),
    ...weeklyIncrease(plan, input),
    ...taperNotProtected(plan),
    ...typeWithoutSession(plan, input),
  ];
}
