// The weekly-expectations line of `today` and `week` (SPEC §4): what this week asks
// for, and whether the last review nudged the stage and why.
import { showWaitOnce } from '../plan/resolve.js';
import { isPlannedTraining, type HistoryDay } from './history.js';

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
    const why = e.change.why ? ` after the weekly review (${e.change.why})` : '';
    return `This week ${direction} from ${e.change.from} to ${e.change.to}${why}: ${sessions}; ${done}. Scaling down or resting is always fine.`;
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
export function weekSessions(days: HistoryDay[]): { sessions: number; minutes: number } {
  const shown = days.map((d) => showWaitOnce(d).planned).filter(isPlannedTraining);
  return { sessions: shown.length, minutes: shown.reduce((s, p) => s + p!.minutes, 0) };
}
