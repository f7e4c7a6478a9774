// The weekly-expectations line of `today` and `week` (SPEC §4): what this week asks
// for, and whether the last review nudged the stage and why.
import { addDays, mondayOf, type IsoDate } from '../dates.js';
import { showWaitOnce } from '../plan/resolve.js';
import { countsAsDone, countsAsPlanned, isPlannedTraining, type HistoryDay } from './history.js';

export interface WeekExpectation {
  stage: string;
  /** A stage change that takes effect this week. */
  change?: { from: string | null; to: string; decision: string | null; why: string | null };
  sessions: number;
  minutes: number;
  done: number;
}

export function expectationLine(e: WeekExpectation): string {
  const sessions = `${e.sessions} session${e.sessions === 1 ? '' : 's'}, about ${e.minutes} minutes in all`;
  const done = `${e.done} done so far`;
  if (e.change && e.change.from !== e.change.to) {
    const direction = e.change.decision === 'step_down' ? 'eases back' : e.change.decision === 'progress' ? 'is nudged forward' : 'changes';
    const why = e.change.why ? ` after the weekly review (${e.change.why})` : ' after the weekly review';
    // The review behind the change may be missing (an older or imported journal): then
    // the stage it left is unknown, and the line names only where it went.
    const from = e.change.from === null ? '' : ` from ${e.change.from}`;
    return `This week ${direction}${from} to ${e.change.to}${why}: ${sessions}; ${done}. Scaling down or resting is always fine.`;
  }
  return `This week continues ${e.stage}: ${sessions}; ${done}. Any amount counts, and resting is always fine.`;
}

/**
 * What the week asks for, counted as the week shows it (SPEC §4 week): a sequence
 * session left waiting from last week is on today's row, so it is one of this week's
 * sessions; one that waited inside the week is one session, on the day it shows.
 * (Reviews count a wait on the day it first fell due — SPEC §6.3 — which is about
 * fairness over a window, not about what is still ahead this week.)
 */
export function weekSessions(days: readonly HistoryDay[]): { sessions: number; minutes: number } {
  const shown = days.map((d) => showWaitOnce(d).planned).filter(isPlannedTraining);
  return { sessions: shown.length, minutes: shown.reduce((s, p) => s + p!.minutes, 0) };
}

/** A stage change as the journal keeps it, with why it was made. */
export interface StageChangeEntry {
  stage: string;
  effective_date: IsoDate;
  reason: string;
}

/** What the review behind a stage change decided (the parts the line quotes). */
export interface ReviewGist {
  stage: { from: string };
  decision: string;
  reasons: string[];
}

/** The latest stage change a weekly review made that takes effect in the week of `today`. */
export function reviewChangeThisWeek(changes: readonly StageChangeEntry[], today: IsoDate): StageChangeEntry | undefined {
  const monday = mondayOf(today);
  const sunday = addDays(monday, 6);
  return [...changes].reverse().find((c) => c.effective_date >= monday && c.effective_date <= sunday && c.reason.startsWith('review'));
}

export interface WeekExpectationInput {
  /** The stage in force today. */
  stage: string;
  /** This week's days, Monday to Sunday. */
  days: readonly HistoryDay[];
  /** A review's stage change taking effect this week (`reviewChangeThisWeek`), and that review when it is kept. */
  change?: StageChangeEntry;
  review?: ReviewGist | null;
}

/** The decision a review's stage change names in its reason ("review 2026-W47: progress"). */
function decisionOfReason(reason: string): string | null {
  const named = /^review \S+: (progress|hold|step[ _]down)$/.exec(reason)?.[1];
  return named ? named.replace(' ', '_') : null;
}

/** The week's expectation as the line says it: sessions and minutes planned, and what is done. */
export function weekExpectation(input: WeekExpectationInput): WeekExpectation {
  const { change, review } = input;
  return {
    stage: input.stage,
    change: change
      ? { from: review?.stage.from ?? null, to: change.stage, decision: review?.decision ?? decisionOfReason(change.reason), why: review?.reasons[0] ?? null }
      : undefined,
    ...weekSessions(input.days),
    // Done as history and review count it: planned sessions done, not logs of rest days.
    done: input.days.filter((d) => countsAsPlanned(d) && countsAsDone(d)).length,
  };
}
