// Calendar periodisation (SPEC §2.1 "Phases and dates", "Blocks").
import { addDays, daysBetween, mondayOf, sundayOf, type IsoDate } from '../dates.js';
import type { BlockIntent } from './vocabulary.js';
import type { Phase, Plan } from './model.js';

export interface PhaseWindow {
  phase: Phase;
  index: number;
  /** Monday of the phase's first week. */
  start: IsoDate;
  /** Sunday of the phase's last week. */
  end: IsoDate;
}

/**
 * Lay the phases on the calendar. With a goal date they are laid backwards so the
 * last phase ends with the ISO week containing the goal; otherwise they run forward
 * from the athlete's start week.
 */
export function layoutPhases(plan: Pick<Plan, 'phases' | 'goal'>, athleteStart: IsoDate, phases: Phase[] = plan.phases): PhaseWindow[] {
  if (phases.length === 0) return [];
  const windows: PhaseWindow[] = [];
  if (plan.goal?.date) {
    let end = sundayOf(plan.goal.date);
    for (let i = phases.length - 1; i >= 0; i--) {
      const phase = phases[i]!;
      const start = addDays(end, -(phase.weeks * 7) + 1);
      windows.unshift({ phase, index: i, start, end });
      end = addDays(start, -1);
    }
    return windows;
  }
  let start = mondayOf(athleteStart);
  phases.forEach((phase, index) => {
    const end = addDays(start, phase.weeks * 7 - 1);
    windows.push({ phase, index, start, end });
    start = addDays(end, 1);
  });
  return windows;
}

export interface PhasePosition {
  window: PhaseWindow;
  /** 0-based week of the phase. */
  weekIndex: number;
}

export function phaseAt(windows: PhaseWindow[], date: IsoDate): PhasePosition | null {
  for (const window of windows) {
    if (date >= window.start && date <= window.end) {
      return { window, weekIndex: Math.floor(daysBetween(window.start, date) / 7) };
    }
  }
  return null;
}

/** Default intents: first week intro, last week of build/peak peak, else progression. */
export function blockIntent(phase: Phase, weekIndex: number): BlockIntent {
  const given = phase.blocks?.[weekIndex];
  if (given) return given;
  if (weekIndex === 0) return 'intro';
  if (weekIndex === phase.weeks - 1 && (phase.type === 'build' || phase.type === 'peak')) return 'peak';
  return 'progression';
}

export function weeklyTarget(phase: Phase, weekIndex: number): number | undefined {
  return phase.weeklyMinutes?.[weekIndex];
}
