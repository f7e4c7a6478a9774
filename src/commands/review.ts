// `regimen review` (SPEC §4, §6.3–6.4): the weekly decision with its receipts, stored
// once per ISO week; the stage change and new exercise targets apply from the next day.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { chooseReviewWeek } from '../core/engine/review-week.js';
import type { IsoDate } from '../core/dates.js';
import { UsageError } from '../errors.js';
import { loadAthleteState, resolveAthlete, type AthleteState } from '../io/athlete-state.js';
import { rememberPlanVersion } from '../io/assign.js';
import { actorName, appendAudit } from '../io/journal/audit.js';
import { activeAssignment, insertStageChange, listAthletes } from '../io/journal/athletes.js';
import { writeTransaction, type Db } from '../io/journal/open.js';
import { insertReview, insertTarget, latestReview, storedReviewFor } from '../io/journal/reviews.js';
import type { StoredReviewV1 } from '../core/records/review.js';
import { computeReview, type ComputedReview } from '../io/review-read.js';
import { choiceOption } from '../io/validate-input.js';
import { withJournal } from '../io/with-journal.js';
import { matchesFailOn } from '../core/engine/fail-on.js';
import { readCompletionTrend } from '../io/completion-trend.js';
import { isTerminal } from '../io/output.js';
import { completionTrend } from '../render/charts.js';
import { renderReview, reviewJson, type ReviewJson } from '../render/review.js';
import { failOnLines, renderReviewTable } from '../render/review-table.js';
import { clockTimestamp } from '../io/clock.js';

/** The record a decided review is stored as (and shown from). */
function reviewRecord(state: AthleteState, week: string, r: ComputedReview): StoredReviewV1 {
  const o = r.outcome;
  return {
    athlete: state.athlete.id,
    week,
    date: o.window.to,
    window: o.window,
    metrics: o.metrics,
    decision: o.decision,
    stage: o.stage,
    exercises: r.exercises.filter((e) => e.change !== 'hold').map((e) => ({ exercise: e.exercise, from: e.from, to: e.to, reason: e.reason })),
    held_exercises: r.exercises.filter((e) => e.change === 'hold').map((e) => ({ exercise: e.exercise, load: e.from, reason: e.reason })),
    reasons: o.reasons,
    message: o.message,
  };
}

/** Store one review and apply what it decided (inside the command's transaction). */
function applyReview(db: Db, ctx: Context, state: AthleteState, record: StoredReviewV1, effective: string): void {
  // A writing command keeps an edited plan's version, in force from today (SPEC §3).
  rememberPlanVersion(db, ctx, state.assignment, state.source, state.plan);
  const id = insertReview(db, state.assignment.id, record);
  if (record.stage.from !== record.stage.to) {
    insertStageChange(db, {
      assignmentId: state.assignment.id,
      stage: record.stage.to,
      effectiveDate: effective,
      reason: `review ${record.week}: ${record.decision.replace('_', ' ')}`,
    });
    appendAudit(db, {
      athlete: state.athlete.id,
      action: 'stage.changed',
      actor: actorName(ctx.env),
      details: {
        plan: state.plan.id,
        from: record.stage.from,
        to: record.stage.to,
        decision: record.decision,
        week: record.week,
        effective,
        reasons: record.reasons,
      },
      at: clockTimestamp(ctx.today),
    });
  }
  for (const e of record.exercises) insertTarget(db, { athlete: state.athlete.id, exercise: e.exercise, load: e.to, effectiveDate: effective, reviewId: id });
}

/** The weekly completion under one athlete's review (read in the review's own journal session). */
async function trendOf(db: Db, ctx: Context, review: ReviewJson, state?: AthleteState): Promise<string> {
  const trend = readCompletionTrend(db, state ?? (await loadAthleteState(db, ctx)), review.window.to);
  return trend.length ? `\n${ctx.theme.dim(completionTrend(trend, isTerminal(1)))}` : '';
}

export interface ReviewOptions {
  failOn?: 'step_down' | 'hold';
  all: boolean;
  dryRun: boolean;
  week: string;
  sunday: IsoDate;
}

/** Commander's raw values → checked review options (in the order the messages were always given). */
export function reviewOptions(raw: Record<string, unknown>, today: IsoDate, athlete?: string): ReviewOptions {
  const failOn = choiceOption(raw.failOn, '--fail-on', ['step_down', 'hold'] as const);
  if (raw.all && athlete) throw new UsageError('give either --all or --athlete, not both');
  // The last complete ISO week, or the one named; a week not yet ended is refused (SPEC §4).
  const chosen = chooseReviewWeek(today, raw.week as string | undefined);
  if ('error' in chosen) throw new UsageError(chosen.error, chosen.hint);
  return { failOn, all: Boolean(raw.all), dryRun: Boolean(raw.dryRun), week: chosen.week, sunday: chosen.sunday };
}

export async function runReview(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const options = reviewOptions(raw, ctx.today, ctx.options.athlete);
  const { failOn, dryRun, week, sunday } = options;
  let trend = '';
  let lastState: AthleteState | undefined;
  const reviews = await withJournal(ctx, { readOnly: dryRun }, async (db) => {
    const athletes = options.all ? listAthletes(db).filter((a) => a.status === 'active' && activeAssignment(db, a.id)) : [resolveAthlete(db, ctx)];
    const out: ReviewJson[] = [];
    const pending: { at: number; state: AthleteState; record: StoredReviewV1; effective: string }[] = [];
    for (const athlete of athletes) {
      const stored = storedReviewFor(db, athlete.id, week);
      if (stored) {
        out.push(reviewJson(stored, { applied: true, cached: true }));
        continue;
      }
      // Reviews go forward: deciding an older week after a later one was applied would
      // move the stage from where it no longer is.
      const newest = latestReview(db, athlete.id, '9999-12-31');
      if (!dryRun && newest && newest.date > sunday) {
        throw new UsageError(
          `${athlete.id}: ${week} comes before ${newest.week}, which is already reviewed`,
          `see it without saving: regimen review --week ${week} --dry-run`,
        );
      }
      const state = await loadAthleteState(db, ctx, athlete);
      lastState = state;
      const computed = computeReview(db, state, sunday, ctx.today);
      const record = reviewRecord(state, week, computed);
      out.push(reviewJson(record, { applied: !dryRun, cached: false }));
      if (!dryRun) pending.push({ at: out.length - 1, state, record, effective: computed.outcome.effective });
    }
    // SPEC §3 v1.1: one review per week is decided again inside the write transaction: a
    // review another process stored meanwhile is reported as stored (the no-op report).
    if (pending.length) {
      writeTransaction(db, () => {
        for (const p of pending) {
          const stored = storedReviewFor(db, p.state.athlete.id, week);
          if (stored) out[p.at] = reviewJson(stored, { applied: true, cached: true });
          else if ((latestReview(db, p.state.athlete.id, '9999-12-31')?.date ?? '') > sunday) {
            throw new UsageError(
              `${p.state.athlete.id}: ${week} comes before a week reviewed meanwhile`,
              `see it without saving: regimen review --week ${week} --dry-run`,
            );
          } else applyReview(db, ctx, p.state, p.record, p.effective);
        }
      });
    }
    if (!options.all && !ctx.options.json && out[0]) trend = await trendOf(db, ctx, out[0], lastState);
    return out;
  });
  if (ctx.options.json) printJson(ctx, options.all ? { reviews } : reviews[0]);
  else if (!reviews.length) ctx.out('No active athletes to review.');
  else if (options.all) ctx.out(renderReviewTable(reviews, ctx.theme));
  else ctx.out(`${renderReview(reviews[0]!, ctx.theme)}${trend}`);
  const matched = failOn ? reviews.filter((r) => matchesFailOn(r.decision, failOn)) : [];
  for (const line of failOnLines(matched, failOn ?? '')) ctx.err(line);
  return matched.length ? 1 : 0;
}
