// The weekly review (SPEC §6.3): progress, hold or step down, from the numbers of
// the last `window_days`. Pure: the days, events and stage history come in; the
// metrics, the decision and its receipts (reasons naming their numbers) go out.
import { addDays, daysBetween, weekdayIndex, type IsoDate } from '../dates.js';
import type { Plan, Stage } from '../plan/model.js';
import type { Rules } from '../rules.js';
import { typeWord } from '../plan/vocabulary.js';
import { countsAsDone, countsAsPlanned, isDone, isPlannedTraining, type HistoryDay } from './history.js';
import { loadMetrics, type LoadMetrics, type LoadSession } from './load.js';

export type ReviewDecisionKind = 'progress' | 'hold' | 'step_down';

export interface AvoidanceDay {
  date: IsoDate;
  planned: string;
  done: string;
}

export interface ReviewMetrics {
  planned: number;
  completed: number;
  completion: number | null;
  avg_rpe: number | null;
  red_days: number;
  red_session_days: number;
  treatment_change: boolean;
  avoidance: { detected: boolean; count: number; days: AvoidanceDay[] };
  weeks_in_stage: number;
  load: LoadMetrics;
}

export interface ReviewInput {
  plan: Plan;
  /** The review date: the reviewed week's Sunday (SPEC §4 review). */
  date: IsoDate;
  /** The day the review is run (today); a stage change never begins before the day after it. */
  runOn?: IsoDate;
  /** The athlete's real start date on this plan (not its Monday): nothing before it was planned. */
  start: IsoDate;
  /** The athlete's first day of record on this journal (SPEC §6.2 days_of_record); default `start`. */
  recordStart?: IsoDate;
  stage: Stage;
  /** The day the current stage began. */
  stageStart: IsoDate;
  /** Every day of the window, in order. */
  days: HistoryDay[];
  events: { date: IsoDate; type: string }[];
  /** Completed sessions from the first day of record through the review date, for load metrics. */
  loadSessions: LoadSession[];
}

export interface ReviewOutcome {
  window: { from: IsoDate; to: IsoDate; days: number };
  metrics: ReviewMetrics;
  decision: ReviewDecisionKind;
  stage: { from: string; to: string };
  reasons: string[];
  message: string;
  /** The day a changed stage begins (the day after the review, never before the day after it is run). */
  effective: IsoDate;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const AVOIDED_TYPES = new Set(['strength', 'aerobic', 'mixed']);

export function reviewWindow(date: IsoDate, rules: Rules['review']): { from: IsoDate; to: IsoDate; days: number } {
  return { from: addDays(date, -(rules.window_days - 1)), to: date, days: rules.window_days };
}

/** Whole weeks from the day the stage began through the review date (SPEC §6.3). */
export function weeksInStage(stageStart: IsoDate, date: IsoDate): number {
  return Math.max(0, Math.floor((daysBetween(stageStart, date) + 1) / 7));
}

export function reviewMetrics(input: ReviewInput): ReviewMetrics & { exact: { completion: number | null; avg_rpe: number | null } } {
  let planned = 0;
  let completed = 0;
  let redDays = 0;
  let redSessionDays = 0;
  const rpes: number[] = [];
  const avoided: AvoidanceDay[] = [];
  for (const d of input.days) {
    // A session that waited counts once, on the day it first fell due (SPEC §6.3 v1.1).
    const training = countsAsPlanned(d) && d.date >= input.start;
    const red = d.status === 'red' || d.status === 'stop';
    if (training) {
      planned++;
      if (countsAsDone(d)) completed++;
    }
    if (red) redDays++;
    if (red && training) redSessionDays++;
    if (d.session && d.session.rpe !== null) rpes.push(d.session.rpe);
    // Avoidance: on a green or amber day a harder session was planned and mind-body or rest was done.
    const due = isPlannedTraining(d.planned) && d.date >= input.start;
    if (due && (d.status === 'green' || d.status === 'amber') && AVOIDED_TYPES.has(d.planned!.type) && d.session) {
      const restInstead = d.session.status === 'rest' || d.session.actual_type === 'rest';
      const mindBody = isDone(d.session) && d.session.actual_type === 'mind_body';
      if (restInstead || mindBody) avoided.push({ date: d.date, planned: d.planned!.type, done: restInstead ? 'rest' : 'mind_body' });
    }
  }
  return {
    exact: { completion: planned ? completed / planned : null, avg_rpe: rpes.length ? rpes.reduce((a, b) => a + b, 0) / rpes.length : null },
    planned,
    completed,
    completion: planned ? round(completed / planned, 2) : null,
    avg_rpe: rpes.length ? round(rpes.reduce((a, b) => a + b, 0) / rpes.length, 1) : null,
    red_days: redDays,
    red_session_days: redSessionDays,
    treatment_change: input.events.some((e) => e.type === 'treatment_change'),
    avoidance: { detected: avoided.length >= input.plan.rules.review.avoidance_hold, count: avoided.length, days: avoided },
    weeks_in_stage: weeksInStage(input.stageStart, input.date),
    load: loadMetrics(input.loadSessions, input.date, input.recordStart ?? input.start),
  };
}

interface Verdict {
  decision: ReviewDecisionKind;
  reasons: string[];
}

/** The decision rules of SPEC §6.3, with every threshold from the plan's rules. */
export function decide(
  shown: ReviewMetrics,
  r: Rules['review'],
  stage: Stage,
  isLastStage: boolean,
  exact: { completion: number | null; avg_rpe: number | null } = shown,
): Verdict {
  // Thresholds compare the exact values; the rounded ones are only for display.
  const m = { ...shown, completion: exact.completion, avg_rpe: exact.avg_rpe };
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const completionText =
    m.completion === null ? 'nothing was planned in the window' : `completed ${m.completed} of ${m.planned} planned sessions (${pct(m.completion)})`;
  const rpeText = m.avg_rpe === null ? 'no session effort (RPE) was logged' : `average RPE ${round1(m.avg_rpe)}`;

  const stepDown: string[] = [];
  if (m.red_session_days >= r.step_down_red_session_days)
    stepDown.push(`${m.red_session_days} session days were red (step down at ${r.step_down_red_session_days})`);
  if (m.completion !== null && m.completion < r.step_down_low_completion) {
    if (m.avg_rpe !== null && m.avg_rpe >= r.step_down_rpe)
      stepDown.push(`${completionText}, below ${pct(r.step_down_low_completion)}, with ${rpeText} (${r.step_down_rpe} or more)`);
    else if (m.red_days >= r.step_down_red_days)
      stepDown.push(`${completionText}, below ${pct(r.step_down_low_completion)}, with ${m.red_days} red days (${r.step_down_red_days} or more)`);
  }
  if (m.avg_rpe !== null && m.avg_rpe >= r.step_down_max_rpe) stepDown.push(`${rpeText}: sessions felt very hard (${r.step_down_max_rpe} or more)`);
  if (stepDown.length) return { decision: 'step_down', reasons: stepDown };

  // Progress needs every condition; each unmet one is a reason to hold.
  const holds: string[] = [];
  const met: string[] = [];
  if (m.completion === null || m.completion < r.progress_min_completion) holds.push(`${completionText}; progressing needs ${pct(r.progress_min_completion)}`);
  else met.push(completionText);
  if (m.avg_rpe === null) holds.push(`${rpeText}, so the effort is unknown`);
  else if (m.avg_rpe > r.progress_max_rpe) holds.push(`${rpeText}; progressing needs ${r.progress_max_rpe} or less`);
  else met.push(rpeText);
  if (m.red_days > r.progress_max_red_days) holds.push(`${m.red_days} red days; progressing allows ${r.progress_max_red_days}`);
  else met.push(`${m.red_days} red day${m.red_days === 1 ? '' : 's'}`);
  if (m.treatment_change) holds.push('a treatment change in this window: the stage holds while things settle');
  if (m.avoidance.count >= r.avoidance_hold) {
    holds.push(`${m.avoidance.count} times a lighter mind-body session or rest was chosen over the planned session on a green or amber day`);
  }
  if (m.weeks_in_stage < stage.minWeeks) holds.push(`${m.weeks_in_stage} of ${stage.minWeeks} week${stage.minWeeks === 1 ? '' : 's'} at ${stage.id} so far`);
  if (isLastStage) holds.push(`${stage.id} is the last stage of the ladder`);
  if (holds.length) return { decision: 'hold', reasons: [...holds, ...met] };
  return {
    decision: 'progress',
    reasons: [...met, `${m.weeks_in_stage} week${m.weeks_in_stage === 1 ? '' : 's'} at ${stage.id} (at least ${stage.minWeeks})`],
  };
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The template day most often swapped for something lighter: the one worth rebalancing. */
export function rebalanceHint(days: AvoidanceDay[]): string {
  const counts = new Map<string, number>();
  for (const d of days) {
    const key = `${weekdayIndex(d.date)}:${d.planned}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!key) return 'the template could be rebalanced toward what feels right.';
  const [weekday, type] = key.split(':');
  return `the ${WEEKDAY_NAMES[Number(weekday)]} ${typeWord(type!)} session could become a mind-body session in the template if that suits you better.`;
}

function messageFor(decision: ReviewDecisionKind, from: Stage, to: Stage, m: ReviewMetrics, atFirst: boolean): string {
  const fine = 'Scaling down or resting on any day is always fine.';
  if (decision === 'progress') return `Steady work: next week moves gently from ${from.id} to ${to.id}. ${fine}`;
  if (decision === 'step_down') {
    return atFirst
      ? `The last two weeks asked a lot. ${from.id} is already the first stage, so it stays, and gentler variants are there whenever they help. ${fine}`
      : `The last two weeks asked a lot, so next week steps back from ${from.id} to ${to.id} to let the body catch up. This is part of the plan, not a setback. ${fine}`;
  }
  if (m.avoidance.detected) {
    return `You chose lighter mind-body sessions or rest over the planned session ${m.avoidance.count} times, which is a sensible choice on harder days. ${from.id} continues; ${rebalanceHint(m.avoidance.days)} ${fine}`;
  }
  return `${from.id} continues next week. ${fine}`;
}

export function decideReview(input: ReviewInput): ReviewOutcome {
  const { plan, stage } = input;
  const rules = plan.rules.review;
  const { exact, ...metrics } = reviewMetrics(input);
  const index = plan.stages.findIndex((s) => s.id === stage.id);
  const isLast = index === plan.stages.length - 1;
  const verdict = decide(metrics, rules, stage, isLast, exact);
  let to = stage;
  if (verdict.decision === 'progress') to = plan.stages[index + 1]!;
  if (verdict.decision === 'step_down' && index > 0) to = plan.stages[index - 1]!;
  const atFirst = verdict.decision === 'step_down' && index === 0;
  const reasons = atFirst ? [...verdict.reasons, `${stage.id} is the first stage, so it stays`] : verdict.reasons;
  return {
    window: reviewWindow(input.date, rules),
    metrics,
    decision: verdict.decision,
    stage: { from: stage.id, to: to.id },
    reasons,
    message: messageFor(verdict.decision, stage, to, metrics, atFirst),
    effective: stageEffectiveDate(input.date, input.runOn ?? input.date),
  };
}

/**
 * SPEC §6.3 (v1.1): a new stage begins the day after the review date (the reviewed
 * week's Sunday); a review run later than that starts it the day after it is run, so a
 * stage change never reaches back into days that have already passed.
 */
export function stageEffectiveDate(reviewDate: IsoDate, runOn: IsoDate): IsoDate {
  return addDays(runOn > reviewDate ? runOn : reviewDate, 1);
}
