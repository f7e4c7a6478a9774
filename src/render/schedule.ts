// The schedule as a readable day list, one line per day, grouped by week.
import type { Theme } from './theme.js';
import { weekdayOf } from '../core/dates.js';
import type { Item, Plan } from '../core/plan/model.js';
import type { PlannedSession, ScheduleDay } from '../core/plan/resolve.js';
import { typeWord } from '../core/plan/vocabulary.js';
import { markText, type DayMark } from '../core/schedule/changed-by.js';

export function itemText(item: Item): string {
  const parts: string[] = [];
  if (item.sets !== undefined && item.reps !== undefined) parts.push(`${item.sets}×${item.reps}`);
  else if (item.reps !== undefined) parts.push(`${item.reps} reps`);
  if (item.load) parts.push(`@ ${item.load}`);
  if (item.rir !== undefined) parts.push(`RIR ${item.rir}`);
  if (item.minutes !== undefined) parts.push(`${item.minutes} min`);
  if (item.distance) parts.push(item.distance);
  return `${item.exercise}${parts.length ? ` ${parts.join(' ')}` : ''}`;
}

/**
 * A day with nothing planned: before the athlete's real start (it still has a week
 * number — a Wednesday starter's Monday) or outside the plan's dates (after the goal).
 */
export function unplannedText(day: { week: number | null }): string {
  return day.week !== null ? 'before the start' : 'outside the plan';
}

export function plannedText(p: PlannedSession): string {
  if (p.type === 'rest') return 'rest';
  const name = p.session && p.session !== p.type ? ` · ${p.session}` : '';
  const day = p.day ? `${p.day}: ` : '';
  const variant = p.variant !== 'standard' ? ` (${p.variant})` : '';
  return `${day}${typeWord(p.type)}${name}${variant}, ${p.minutes} min${p.optional ? ' (optional)' : ''}`;
}

/** `marks`: the days a repair, pivot or coach changed (journal schedules only). */
export function renderScheduleText(
  result: { plan: string; from: string; to: string; days: ScheduleDay[] },
  plan: Plan,
  t: Theme,
  marks?: Map<string, DayMark | null>,
): string {
  const lines = [t.bold(`${plan.name} — ${result.from} to ${result.to}`)];
  let lastWeek: number | null | undefined;
  for (const day of result.days) {
    if (day.week !== lastWeek) {
      lastWeek = day.week;
      if (day.week !== null) {
        const where = [day.phase && `phase ${day.phase}`, day.block && `${day.block} block`, day.stage && `stage ${day.stage}`].filter(Boolean).join(', ');
        lines.push('', t.bold(`Week ${day.week}`) + (where ? t.dim(` (${where})`) : ''));
      } else lines.push('');
    }
    const label = `${weekdayOf(day.date)} ${day.date}`;
    if (!day.planned) {
      lines.push(`  ${label}  ${t.dim(unplannedText(day))}`);
      continue;
    }
    const moved = (day as { moved_to?: string }).moved_to;
    const text = moved ? t.dim(`waited; moved to ${weekdayOf(moved)} ${moved}`) : day.planned.type === 'rest' ? t.dim('rest') : plannedText(day.planned);
    const mark = marks?.get(day.date);
    lines.push(`  ${label}  ${text}${mark ? `  ${t.dim(`(${markText(mark)})`)}` : ''}`);
    for (const item of day.planned.items) lines.push(t.dim(`      ${itemText(item)}`));
  }
  return lines.join('\n');
}
