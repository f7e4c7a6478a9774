// The phases as they stand for the athlete (SPEC §4 `plan show`, §6.5): the plan's
// windows, with the dates the latest applied strategic repair laid them out on.
import { daysBetween, type IsoDate } from '../dates.js';
import type { PhaseWindow } from '../plan/phases.js';
import type { Layer } from './layers.js';

export interface EffectivePhase {
  window: PhaseWindow;
  from: IsoDate;
  to: IsoDate;
  weeks: number;
  /** The latest strategic repair moved this phase's dates. */
  repaired: boolean;
}

export function effectivePhases(windows: readonly PhaseWindow[], layers: readonly Layer[]): EffectivePhase[] {
  // Each strategic repair lays out all the phases it touches again, so the latest one holds the dates.
  const replanned = [...layers].reverse().find((l) => l.kind === 'strategic')?.layout ?? [];
  return windows.map((w) => {
    const moved = replanned.find((e) => e.phase === w.phase.id);
    const from = moved?.start ?? w.start;
    const to = moved?.end ?? w.end;
    return { window: w, from, to, weeks: (daysBetween(from, to) + 1) / 7, repaired: Boolean(moved && (moved.start !== w.start || moved.end !== w.end)) };
  });
}
