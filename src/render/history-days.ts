// `history` day by day (SPEC §4 history, v1.1): status, planned, done, then the day's
// notes and events on their own lines, so nothing written down is lost from view.
import type { Theme } from './theme.js';
import type { DayEvent, DayNote } from '../core/engine/history-days.js';
import type { HistoryDay } from '../core/engine/history.js';
import { weekdayOf } from '../core/dates.js';
import { describeVolume } from '../core/engine/exercise-spec.js';
import { typeWord } from '../core/plan/vocabulary.js';
import { eventWords } from './event.js';

type Day = HistoryDay & { notes: DayNote[]; events: DayEvent[] };

function planned(d: HistoryDay): string {
  // SPEC §4 history: days repaired away are marked as such, not shown as planned rest.
  if (d.repaired_away) return 'repaired away (neither planned nor missed)';
  if (d.skipped) return 'skipped by an adjustment (neither planned nor missed)';
  if (!d.planned) return 'outside the plan';
  if (d.planned.type === 'rest') return 'rest';
  return `${typeWord(d.planned.type)} ${d.planned.minutes} min${d.planned.optional ? ' (optional)' : ''}`;
}

function done(d: HistoryDay): string {
  const s = d.session;
  if (!s) return 'not logged';
  if (s.status === 'rest') return 'rested';
  if (s.status === 'skipped') return 'skipped';
  return `${typeWord(s.actual_type)} ${s.actual_minutes} min${s.status === 'adapted' ? ' (adapted)' : ''}${s.rpe !== null ? `, RPE ${s.rpe}` : ''}`;
}

/**
 * Sequence plans (SPEC §6.3): a session that waited is one session. The day it first
 * fell due carries it (and says when it was done); the days it went on waiting say so
 * instead of repeating it as another session not logged.
 */
function plannedAndDone(d: HistoryDay): string {
  if (d.wait && d.date > d.wait.since && !d.session) return `waited: the session due ${weekdayOf(d.wait.since)} ${d.wait.since}, not another one`;
  if (!d.session && d.done_on) return `planned: ${planned(d)}; done: ${weekdayOf(d.done_on)} ${d.done_on}`;
  return `planned: ${planned(d)}; done: ${done(d)}`;
}

export function renderHistoryDays(days: Day[], t: Theme): string {
  const lines = [t.bold('Day by day')];
  for (const d of days) {
    lines.push(`  ${weekdayOf(d.date)} ${d.date}  [${d.status}]  ${plannedAndDone(d)}`);
    const exercises = d.session?.exercises ?? [];
    if (exercises.length)
      lines.push(t.dim(`      ${exercises.map((e) => `${`${e.exercise} ${describeVolume(e)}`.trimEnd()}${e.load ? ` @ ${e.load}` : ''}`).join('; ')}`));
    for (const n of d.notes) lines.push(`      ${n.source === 'checkin' ? 'check-in note' : 'session note'}: ${n.text}`);
    for (const e of d.events) lines.push(`      event: ${eventWords(e)}${e.note ? ` — ${e.note}` : ''}`);
  }
  return lines.join('\n');
}
