// Plan assignment (SPEC §3, §4 `plan use`, `athlete add`): one active plan per
// athlete; the previous keeps its progress; returning resumes unless restarted.
import { resolve } from 'node:path';
import type { IsoDate } from '../core/dates.js';
import type { Context } from '../context.js';
import { actorName, appendAudit } from './journal/audit.js';
import {
  activeAssignment,
  assignmentFor,
  draftAssignment,
  insertAssignment,
  insertStageChange,
  savePlanVersion,
  updateAssignment,
  type AssignmentRow,
  type AssignmentStatus,
} from './journal/athletes.js';
import type { Db } from './journal/open.js';
import type { LoadedPlan } from './plan-file.js';
import type { Plan } from '../core/plan/model.js';
import { fileStat, hashText, type PlanSource } from './athlete-state.js';
import { recordPlanVersionSpan } from './journal/plan-versions.js';
import { clockTimestamp } from './clock.js';

export interface AssignRequest {
  athlete: string;
  file: string;
  loaded: LoadedPlan & { plan: Plan };
  status: AssignmentStatus;
  start: IsoDate;
  restart?: boolean;
}

export interface AssignOutcome {
  assignment: number;
  plan: string;
  start: IsoDate;
  outcome: 'assigned' | 'resumed' | 'restarted' | 'unchanged';
  previous: string | null;
}

/** Must run inside the command's write transaction. */
export function assignPlan(db: Db, ctx: Context, req: AssignRequest): AssignOutcome {
  const { plan, text } = req.loaded;
  const hash = hashText(text);
  const path = resolve(req.file);
  savePlanVersion(db, { hash, planId: plan.id, text, plan });
  const stat = fileStat(path) ?? null;
  const firstStage = plan.stages[0]!.id;
  const current = req.status === 'active' ? activeAssignment(db, req.athlete) : draftAssignment(db, req.athlete);
  const existing = assignmentFor(db, req.athlete, plan.id);
  let outcome: AssignOutcome['outcome'];
  let assignmentId: number;
  let start = req.start;

  if (current && current.plan_id !== plan.id) updateAssignment(db, current.id, { status: 'inactive' });
  if (existing) {
    assignmentId = existing.id;
    if (req.restart) {
      updateAssignment(db, existing.id, { status: req.status, start_date: start, plan_path: path, plan_hash: hash, plan_stat: stat });
      recordPlanVersionSpan(db, { assignmentId, hash, from: ctx.clockToday });
      insertStageChange(db, { assignmentId, stage: firstStage, effectiveDate: start, reason: 'restart' });
      outcome = 'restarted';
    } else {
      start = existing.start_date;
      outcome = existing.status === req.status ? 'unchanged' : 'resumed';
      updateAssignment(db, existing.id, { status: req.status, plan_path: path, plan_hash: hash, plan_stat: stat });
      recordPlanVersionSpan(db, { assignmentId, hash, from: ctx.clockToday });
    }
  } else {
    assignmentId = insertAssignment(db, { athlete: req.athlete, planId: plan.id, planPath: path, planHash: hash, status: req.status, start });
    updateAssignment(db, assignmentId, { plan_stat: stat });
    // The first version applies from the start, however far back it is.
    recordPlanVersionSpan(db, { assignmentId, hash, from: start });
    insertStageChange(db, { assignmentId, stage: firstStage, effectiveDate: start, reason: 'start' });
    outcome = 'assigned';
  }
  const previous = current && current.plan_id !== plan.id ? current.plan_id : null;
  if (outcome !== 'unchanged') {
    appendAudit(db, {
      athlete: req.athlete,
      action: 'plan.assigned',
      actor: actorName(ctx.env), at: clockTimestamp(ctx.today),
      details: { plan: plan.id, path, hash, status: req.status, start, outcome, previous },
    });
  }
  return { assignment: assignmentId, plan: plan.id, start, outcome, previous };
}

/**
 * A writing command that finds the plan file edited keeps the new version, in force
 * from the clock's today (SPEC §3: edits apply to the future only; past days keep the
 * version in force on them). Reading commands never call this (§3 v1.1). Must run
 * inside the command's write transaction.
 */
export function rememberPlanVersion(db: Db, ctx: Context, assignment: AssignmentRow, source: PlanSource, plan: Plan): void {
  // No text: the file was unchanged (a cache hit) or unusable (the stored copy was used).
  if (source.text === undefined || source.fallbackReason || (!source.changed && source.stat === assignment.plan_stat)) return;
  savePlanVersion(db, { hash: source.hash, planId: plan.id, text: source.text, plan });
  updateAssignment(db, assignment.id, { plan_hash: source.hash, plan_stat: source.stat ?? null });
  recordPlanVersionSpan(db, { assignmentId: assignment.id, hash: source.hash, from: ctx.clockToday });
}
