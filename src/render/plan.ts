// What `plan use` and `plan show` print (SPEC §4).
import type { ScheduleDay } from '../core/plan/resolve.js';
import { plannedText, unplannedText } from './schedule.js';
import type { Theme } from './theme.js';

export interface PlanUseResult {
  athlete: string;
  plan: string;
  start: string;
  outcome: 'assigned' | 'resumed' | 'restarted' | 'unchanged';
  previous?: string | null;
}

export function renderPlanUse(result: PlanUseResult): string {
  const what = {
    assigned: `now on ${result.plan}, starting ${result.start}`,
    resumed: `back on ${result.plan}, resuming where it stopped (started ${result.start})`,
    restarted: `restarted ${result.plan} from its first stage on ${result.start}`,
    unchanged: `already on ${result.plan}`,
  }[result.outcome];
  return `${result.athlete}: ${what}.${result.previous ? ` ${result.previous} is kept, with its progress, for later.` : ''}`;
}

export interface PlanShown {
  plan: { id: string; name: string; start: string };
  goal: { title: string; date?: string; fallback?: string; downgraded_from: string | null } | null;
  ladder: { id: string; description: string | null; current: boolean }[];
  phases: { id: string; from: string; to: string; weeks: number; protected: boolean; intent: string | null; repaired: boolean }[];
  week: ScheduleDay[];
}

export function renderPlanShow(shown: PlanShown, t: Theme): string {
  const lines = [t.bold(`${shown.plan.name}`) + t.dim(` (${shown.plan.id}, started ${shown.plan.start})`)];
  if (shown.goal) {
    const was = shown.goal.downgraded_from
      ? t.dim(` (changed from "${shown.goal.downgraded_from}" by a repair)`)
      : shown.goal.fallback
        ? t.dim(` (fallback: ${shown.goal.fallback})`)
        : '';
    lines.push(`Goal: ${shown.goal.title}${shown.goal.date ? ` on ${shown.goal.date}` : ''}${was}`);
  }
  lines.push('', 'Ladder:');
  for (const s of shown.ladder) lines.push(`  ${s.current ? t.green('▶') : ' '} ${s.id}${s.description ? t.dim(` — ${s.description}`) : ''}`);
  if (shown.phases.length) {
    lines.push('', 'Phases:');
    for (const p of shown.phases)
      lines.push(
        `  ${p.id.padEnd(12)} ${p.from} → ${p.to}  ${p.weeks} wk${p.protected ? ' (protected)' : ''}${p.repaired ? ' (re-planned)' : ''}${p.intent ? t.dim(` — ${p.intent}`) : ''}`,
      );
  }
  lines.push('', 'This week:');
  for (const d of shown.week) lines.push(`  ${d.date}  ${d.planned ? plannedText(d.planned) : t.dim(unplannedText(d))}`);
  return lines.join('\n');
}
