// The words of `today` (SPEC §6.1, §7): reasons and messages, calm and factual,
// always saying that scaling down or resting is fine.
import type { PlannedSession } from '../plan/resolve.js';
import type { SessionType } from '../plan/vocabulary.js';
import { SIGNALS, type Assessment, type FocusFlag, type Signal } from './status.js';
import type { TodayDecision } from './today.js';

const SIGNAL_LABEL: Record<Signal, string> = {
  fatigue: 'fatigue',
  pain: 'pain',
  anxiety: 'anxiety',
  low_mood: 'low mood',
  qol: 'quality of life',
};

export function label(signal: Signal): string {
  return SIGNAL_LABEL[signal];
}

export function typeLabel(type: SessionType): string {
  return type === 'mind_body' ? 'mind-body' : type;
}

/** "an aerobic day", "a strength day": the article a person would use. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** The exercise components in words (SPEC §1 focus flags), never the flag names. */
const FOCUS_WORD: Record<FocusFlag, string> = {
  resistance: 'strength work',
  aerobic: 'aerobic exercise',
  mind_body: 'mind-body practice',
  multi_component: 'mixed training',
};
export const focusWord = (flag: FocusFlag): string => FOCUS_WORD[flag] ?? flag;

/** "fatigue 6/10 is amber", "quality of life 2/10 is red (for quality of life, 10 is the best)". */
export function describeSignal(signal: Signal, value: number, level: string): string {
  // Quality of life runs the other way; say so rather than show an inverted "severity".
  const inverted = signal === 'qol' ? ' (here 10 is the best)' : '';
  return `${label(signal)} ${value}/10 is ${level}${inverted}`;
}

export function describeSignals(assessment: Assessment): string[] {
  return SIGNALS.filter((s) => assessment.levels[s] !== 'green').map((s) => describeSignal(s, assessment.signals[s], assessment.levels[s]));
}

export function describeWorst(assessment: Assessment): string {
  const worst = assessment.worst;
  return worst ? `${label(worst.signal)} ${worst.value}/10` : 'none';
}

export function describeVeryHigh(signal: Signal, value: number): string {
  return describeSignal(signal, value, signal === 'qol' ? 'at the bottom of the scale' : 'at the top of the scale');
}

// ---------------------------------------------------------------------------------
// The message (SPEC §6.1 step 4, §7): what was planned, how it was adapted, and that
// doing less or resting is fine.

export function todayMessage(d: TodayDecision, planned: PlannedSession, ctx: { stage: string; week: number | null; phase: string | null }): string {
  const where = [`stage ${ctx.stage}`, ctx.week !== null ? `backbone week ${ctx.week}` : null, ctx.phase !== null ? `${ctx.phase} phase` : null]
    .filter((p) => p !== null)
    .join(', ');
  const plannedText = planned.type === 'rest' ? 'rest' : `${sessionPhrase(planned.type, planned.minutes)} session`;
  const first = `Planned for today: ${plannedText} (${where}).`;
  const careTeam = 'Please contact your care team before exercising; rest is the right call for now.';

  if (planned.type === 'rest') {
    if (d.contactCareTeam) return `${first} ${careTeam}`;
    return `${first} Rest is part of the plan; enjoy it.`;
  }
  switch (d.adaptation) {
    case 'as_planned':
      return d.suggestCheckin
        ? `${first} Without a check-in it stays as planned; a quick check-in lets it adapt to how you feel, and resting is always fine.`
        : `${first} You are in the green today, so it stays as planned; scaling down or resting is always fine.`;
    case 'gentler_variant':
      return `${first} Adapted for how you feel: the gentle version, ${minutesPhrase(d.adapted.minutes)}. Doing less or resting is always fine.`;
    case 'mixed_finisher': {
      const lead = d.adapted.items.length > 1 ? `gentle ${typeLabel(planned.type)} work and ` : '';
      return `${first} Adapted for how you feel: ${sessionPhrase('mixed', d.adapted.minutes)} session, ${lead}a short finisher that suits today. Doing less or resting is always fine.`;
    }
    case 'scaled_down': {
      const what = d.adapted.type === planned.type ? 'the minimal version' : `a minimal ${typeLabel(d.adapted.type)} session`;
      return `${first} Adapted for how you feel: ${what}, ${minutesPhrase(d.adapted.minutes)}, and resting instead is completely fine.`;
    }
    case 'rest':
      if (d.contactCareTeam) return `${first} Adapted: rest today. ${careTeam}`;
      return `${first} Adapted for how you feel: rest today. If you would like, a few minutes of slow breathing or gentle stretching; resting is always fine.`;
  }
}

function minutesPhrase(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** "a 10-minute strength", "an aerobic" (when the plan gives no minutes). */
function sessionPhrase(type: SessionType, minutes: number): string {
  const label = typeLabel(type);
  // "an 8-minute", "an 11-minute", "an 18-minute": the article follows the spoken number.
  if (minutes > 0) return `${/^(8|11$|18$)/.test(String(minutes)) ? 'an' : 'a'} ${minutes}-minute ${label}`;
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}
