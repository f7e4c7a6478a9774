// What `week` prints (SPEC §4): each day's plan beside what was done, then the
// expectations line.
import { weekdayOf } from '../core/dates.js';
import { isDone, type HistoryDay } from '../core/engine/history.js';
import { showWaitOnce } from '../core/plan/resolve.js';
import { typeWord } from '../core/plan/vocabulary.js';
import { markText, type DayMark } from '../core/schedule/changed-by.js';
import { plannedText } from './schedule.js';
import type { Theme } from './theme.js';

export interface WeekShown {
  week: string;
  from: string;
  to: string;
  stage: string | null;
  days: HistoryDay[];
  expectation: string;
}

export function renderWeek(result: WeekShown, marks: ReadonlyMap<string, DayMark | null>, today: string, t: Theme): string {
  const lines = [t.bold(`${result.week} (${result.from} – ${result.to})${result.stage ? ` · stage ${result.stage}` : ''}`)];
  for (const day of result.days) {
    // A session that waited shows once: today, or the day it was done (SPEC §4 v1.1).
    const d = showWaitOnce(day);
    const planned = d.moved_to ? t.dim(`waited; moved to ${weekdayOf(d.moved_to)} ${d.moved_to}`) : d.planned ? plannedText(d.planned) : '—';
    const done = d.session
      ? isDone(d.session)
        ? t.green(`done: ${typeWord(d.session.actual_type)} ${d.session.actual_minutes} min`)
        : t.dim(d.session.status)
      : d.date === today
        ? t.cyan('today')
        : '';
    const mark = marks.get(d.date);
    // One space inside the row: two would read to the wrapper as a column, and a long row
    // would hang its last word under `done:` (render/wrap.ts).
    lines.push(`  ${weekdayOf(d.date)} ${d.date}  ${planned}${mark ? ` ${t.dim(`(${markText(mark)})`)}` : ''}${done ? ` · ${done}` : ''}`);
  }
  lines.push('', result.expectation);
  return lines.join('\n');
}
