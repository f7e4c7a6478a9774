// Check-ins: status and focus (SPEC §5). A day's status is its worst signal's level,
// or `stop` when a safety flag is present; focus flags name the exercise components
// with the most evidence for the symptoms that are not green.
import type { Rules } from '../rules.js';

export const SIGNALS = ['fatigue', 'pain', 'anxiety', 'low_mood', 'qol'] as const;
export type Signal = (typeof SIGNALS)[number];
export type Signals = Record<Signal, number>;
export type Level = 'green' | 'amber' | 'red';
export type DayStatus = 'green' | 'amber' | 'red' | 'stop' | 'unknown';
export type FocusFlag = 'resistance' | 'aerobic' | 'mind_body' | 'multi_component';
type ExerciseType = 'strength' | 'aerobic' | 'mixed' | 'mind_body';

/** SPEC §1: the exercise component each session type trains. */
export const TYPE_FOCUS: Record<ExerciseType, FocusFlag> = {
  strength: 'resistance',
  aerobic: 'aerobic',
  mixed: 'multi_component',
  mind_body: 'mind_body',
};

export const FOCUS_TYPE: Record<FocusFlag, ExerciseType> = {
  resistance: 'strength',
  aerobic: 'aerobic',
  multi_component: 'mixed',
  mind_body: 'mind_body',
};

/**
 * SPEC §5, in priority order: the first signal listed that is amber or red decides
 * the first focus flag. (Not SIGNALS order: anxiety and low mood rank above pain.)
 */
const FOCUS_BY_SIGNAL: ReadonlyArray<readonly [Signal, readonly FocusFlag[]]> = [
  ['fatigue', ['aerobic', 'resistance']],
  ['anxiety', ['aerobic', 'mind_body']],
  ['low_mood', ['aerobic', 'resistance']],
  ['pain', ['mind_body']],
  ['qol', ['multi_component']],
];

/** How bad a value is, 0–10: qol is "higher is better", so it is inverted. */
export function severity(signal: Signal, value: number): number {
  return signal === 'qol' ? 10 - value : value;
}

export function levelOf(sev: number, rules: Rules['symptoms']): Level {
  if (sev >= rules.red) return 'red';
  if (sev >= rules.amber) return 'amber';
  return 'green';
}

export interface Assessment {
  status: DayStatus;
  /** The values as entered: decisions quote them in their reasons. */
  signals: Signals;
  levels: Record<Signal, Level>;
  /** The signal with the highest severity (ties: first in SIGNALS order); `value` as entered. */
  worst: { signal: Signal; value: number; level: Level } | null;
  focus: FocusFlag[];
  /** The flags given that are stop flags (normalised names, in the order given). */
  stopFlags: string[];
  redSignals: Signal[];
}

/** `Chest-Pain` and `chest pain` mean `chest_pain`: a safety flag must not slip through on spelling. */
function normalizeFlag(flag: string): string {
  return flag
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function assessCheckin(signals: Signals, flags: string[], rules: Rules['symptoms']): Assessment {
  const levels = {} as Record<Signal, Level>;
  let worst: Assessment['worst'] = null;
  let worstSeverity = -Infinity;
  for (const signal of SIGNALS) {
    const sev = severity(signal, signals[signal]);
    const level = levelOf(sev, rules);
    levels[signal] = level;
    if (sev > worstSeverity) {
      worstSeverity = sev;
      worst = { signal, value: signals[signal], level };
    }
  }

  const stopSet = new Set(rules.stop_flags.map(normalizeFlag));
  const stopFlags = [...new Set(flags.map(normalizeFlag))].filter((f) => stopSet.has(f));

  const focus: FocusFlag[] = [];
  for (const [signal, flagsFor] of FOCUS_BY_SIGNAL) {
    if (levels[signal] === 'green') continue;
    for (const f of flagsFor) if (!focus.includes(f)) focus.push(f);
  }

  return {
    // Levels grow with severity, so the worst signal's level is the worst level.
    status: stopFlags.length ? 'stop' : (worst?.level ?? 'green'),
    signals: { ...signals },
    levels,
    worst,
    focus,
    stopFlags,
    redSignals: SIGNALS.filter((s) => levels[s] === 'red'),
  };
}
