// What `log` says after recording: what was done beside what was planned.
import type { Theme } from './theme.js';
import { typeWord } from '../core/plan/vocabulary.js';

interface Logged {
  duplicate: boolean;
  session: {
    date: string;
    status: string;
    planned: { type: string; minutes: number; day?: string } | null;
    planned_stage: string | null;
    actual: { type: string; minutes: number };
    rpe: number | null;
    exercises: unknown[];
  };
  advanced_to: { index: number; day: string } | null;
}

export function renderLogged(r: Logged, t: Theme): string {
  const s = r.session;
  if (r.duplicate) return `Already recorded for ${s.date} (same --id): ${s.status}, ${s.actual.type} ${s.actual.minutes} min. Nothing changed.`;
  const actual = s.status === 'rest' ? 'a rest day' : s.status === 'skipped' ? 'skipped' : `${typeWord(s.actual.type)} ${s.actual.minutes} min (${s.status})`;
  const lines = [
    `${t.green('Logged')} ${s.date}: ${actual}${s.rpe !== null ? `, RPE ${s.rpe}` : ''}${s.exercises.length ? `, ${s.exercises.length} exercise${s.exercises.length > 1 ? 's' : ''}` : ''}.`,
  ];
  if (s.planned)
    lines.push(
      t.dim(
        `Planned: ${s.planned.day ? `${s.planned.day}, ` : ''}${typeWord(s.planned.type)} ${s.planned.minutes} min${s.planned_stage ? ` (${s.planned_stage})` : ''}.`,
      ),
    );
  if (r.advanced_to) lines.push(`Next up: ${r.advanced_to.day}.`);
  if (s.status === 'skipped' || s.status === 'rest') lines.push('Rest is part of training; the plan carries on from here.');
  // SPEC §4 log: the weekly review holds rather than progress without session efforts.
  else if (s.rpe === null) lines.push(t.dim('No session effort (RPE) was recorded: reviews need it to progress you. Add --rpe N (0–10) when you log.'));
  return lines.join('\n');
}
