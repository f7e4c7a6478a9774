// `today` as text: the planned line, the adapted line, the reasons, and the last
// performance beside each target.
import type { Theme } from './theme.js';
import type { AdaptedSession, Adaptation } from '../core/engine/today.js';
import type { PlannedSession } from '../core/plan/resolve.js';
import type { LastPerformance } from '../core/daily/last-performance.js';
import { itemText, plannedText } from './schedule.js';
import { typeWord } from '../core/plan/vocabulary.js';
import { paintStatus, STATUS_MEANING, statusWord } from './status.js';

export interface TodayView {
  date: string;
  athlete: string | null;
  stage: string | null;
  week: number | null;
  phase: string | null;
  block: string | null;
  status: string;
  focus: string[];
  planned: PlannedSession | null;
  adapted: AdaptedSession | null;
  adaptation: Adaptation | null;
  reasons: string[];
  /** `done`: what was done in words (`3×10 reps`, `20 min`, `5 km`); `seconds`/`distance` for timed or distance work. */
  last: LastPerformance[];
  message: string;
  preview?: boolean;
}

const ADAPTATION_LABEL: Record<Adaptation, string> = {
  as_planned: 'as planned',
  gentler_variant: 'gentler variant',
  mixed_finisher: 'mixed session with a short finisher',
  scaled_down: 'scaled down',
  rest: 'rest',
};

export function renderToday(v: TodayView, t: Theme): string {
  if (!v.planned) return `${v.date}: nothing is planned for today — it is outside the plan's dates. Moving gently is always fine.`;
  const where = [v.stage && `stage ${v.stage}`, v.week !== null && `week ${v.week}`, v.phase && `${v.phase} phase`, v.block && `${v.block} block`]
    .filter(Boolean)
    .join(', ');
  const lines = [`${t.bold('Planned for today')} (${v.date}, ${where}): ${plannedText(v.planned)}`];
  if (v.adapted && v.adaptation) {
    const adapted =
      v.adapted.type === 'rest'
        ? 'rest'
        : `${typeWord(v.adapted.type)}${v.adapted.variant !== 'standard' ? ` (${v.adapted.variant})` : ''}, ${v.adapted.minutes} min`;
    // The adaptation's name only where it adds to the session shown ("rest — rest" says nothing).
    const how = v.adaptation === 'rest' || (v.adaptation === 'as_planned' && v.adapted.type === 'rest') ? '' : ` — ${ADAPTATION_LABEL[v.adaptation]}`;
    lines.push(`${t.bold('Adapted for how you feel')} (${paintStatus(v.status, t, statusWord(v.status))}): ${adapted}${how}`);
    // Without a check-in the reasons already say so; a status is explained where it is shown.
    if (STATUS_MEANING[v.status]) lines.push(t.dim(`  ${STATUS_MEANING[v.status]}`));
    const last = new Map(v.last.map((l) => [l.exercise.toLowerCase(), l]));
    for (const item of v.adapted.items) {
      const prev = last.get(item.exercise.toLowerCase());
      const history = prev
        ? t.dim(
            `   last ${prev.date}: ${prev.done ?? `${prev.sets}×${prev.reps}`}${prev.load ? ` @ ${prev.load}` : ''}${prev.rir !== null ? ` RIR ${prev.rir}` : ''}`,
          )
        : '';
      lines.push(`  • ${itemText(item)}${history}`);
    }
  }
  if (v.reasons.length) lines.push(t.dim(`Why: ${v.reasons.join('; ')}.`));
  if (v.message) lines.push('', v.message);
  return lines.join('\n');
}
