// `regimen checkin` (SPEC §4, §5): five signals and flags → the day's status.
import type { Context } from '../context.js';
import { paintStatus } from '../render/status.js';
import { printJson } from '../context.js';
import { assessCheckin, SIGNALS, type Signal, type Signals } from '../core/engine/status.js';
import { DEFAULT_RULES } from '../core/rules.js';
import { flagNoun, flagWords, parseFlags } from '../core/engine/flags.js';
import { UsageError } from '../errors.js';
import { rememberPlanVersion } from '../io/assign.js';
import { activeAssignment } from '../io/journal/athletes.js';
import { loadAssignedPlan, resolveAthlete } from '../io/athlete-state.js';
import { insertCheckin } from '../io/journal/daily.js';
import { writeTransaction } from '../io/journal/open.js';
import { askChoices, askScore } from '../io/prompts.js';
import { intOption } from '../io/validate-input.js';
import { withJournal } from '../io/with-journal.js';
import { refuseFutureDate } from '../io/record-dates.js';

const FLAG_OF: Record<Signal, string> = { fatigue: '--fatigue', pain: '--pain', anxiety: '--anxiety', low_mood: '--low-mood', qol: '--qol' };
const OPTION_OF: Record<Signal, string> = { fatigue: 'fatigue', pain: 'pain', anxiety: 'anxiety', low_mood: 'lowMood', qol: 'qol' };
const QUESTION: Record<Signal, string> = {
  fatigue: 'Fatigue (0 none – 10 worst)',
  pain: 'Pain (0 none – 10 worst)',
  anxiety: 'Anxiety (0 none – 10 worst)',
  low_mood: 'Low mood (0 none – 10 worst)',
  qol: 'Quality of life today (0 worst – 10 best)',
};
const LABEL: Record<Signal, string> = { fatigue: 'fatigue', pain: 'pain', anxiety: 'anxiety', low_mood: 'low mood', qol: 'quality of life' };

/** The given flags as stop flags of the plan, or exit 2 naming the accepted ones. */
function knownFlags(given: string[], accepted: readonly string[]): string[] {
  const parsed = parseFlags(given, accepted);
  if (parsed.ok) return parsed.flags;
  const guess = parsed.suggestion ? `did you mean ${parsed.suggestion}? ` : '';
  throw new UsageError(
    `--flag "${parsed.given}" is not a stop flag; nothing was recorded`,
    `${guess}accepted: ${parsed.accepted.join(', ')}; other symptoms go in --note`,
  );
}

const STOP_QUESTION = 'Do you have any of these today? (none is fine)';

export interface CheckinOptions {
  /** The signals given on the command line; the rest are asked for. */
  given: Partial<Signals>;
  missing: Signal[];
  flags: string[];
  note?: string;
}

/** Commander's raw values → checked check-in options (a missing signal is refused where no one can be asked). */
export function checkinOptions(
  raw: Record<string, unknown>,
  ctx: Pick<Context, 'today' | 'clockToday' | 'interactive'> & { options: { input: boolean } },
): CheckinOptions {
  refuseFutureDate(ctx, 'a check-in');
  const given: Partial<Signals> = {};
  for (const s of SIGNALS) {
    const v = intOption(raw[OPTION_OF[s]], FLAG_OF[s], 0, 10);
    if (v !== undefined) given[s] = v;
  }
  const missing = SIGNALS.filter((s) => given[s] === undefined);
  if (missing.length && !ctx.interactive) {
    // On a terminal only --no-input stops the questions; elsewhere there is no one to ask.
    const ask = ctx.options.input === false ? 'or leave out --no-input to be asked' : 'or run in a terminal to be asked';
    throw new UsageError(`missing ${missing.map((s) => FLAG_OF[s]).join(', ')}`, `give every signal as a whole number 0–10, ${ask}`);
  }
  return { given, missing, flags: (raw.flag as string[] | undefined) ?? [], note: raw.note as string | undefined };
}

export async function runCheckin(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const options = checkinOptions(raw, ctx);
  const { given, missing, flags: givenFlags } = options;
  const result = await withJournal(ctx, { create: false }, async (db) => {
    const athlete = resolveAthlete(db, ctx);
    const assignment = activeAssignment(db, athlete.id);
    const source = assignment ? await loadAssignedPlan(db, assignment) : undefined;
    const rules = source ? source.plan.rules.symptoms : DEFAULT_RULES.symptoms;
    // Refused before any question, so nobody answers five prompts to be told no.
    let flags = knownFlags(givenFlags, rules.stop_flags);
    // Ask before writing: a cancelled prompt leaves the journal as it was.
    for (const s of missing) given[s] = await askScore(QUESTION[s], 0, 10);
    // Someone who only answers prompts is still asked about the stop flags (SPEC §4).
    if (ctx.interactive && !givenFlags.length)
      flags = await askChoices(
        STOP_QUESTION,
        rules.stop_flags.map((f) => ({ value: f, name: flagWords(f) })),
      );
    const signals = given as Signals;
    const assessment = assessCheckin(signals, flags, rules);
    writeTransaction(db, () => {
      // A writing command keeps an edited plan's version, in force from today (SPEC §3).
      if (assignment && source) rememberPlanVersion(db, ctx, assignment, source, source.plan);
      insertCheckin(db, { athlete: athlete.id, date: ctx.today, signals, flags, note: options.note, status: assessment.status });
    });
    return {
      date: ctx.today,
      athlete: athlete.id,
      status: assessment.status,
      signals,
      flags,
      worst: assessment.worst,
      focus: assessment.focus,
      stop_flags: assessment.stopFlags,
    };
  });
  if (ctx.options.json) {
    printJson(ctx, result);
    return 0;
  }
  const t = ctx.theme;
  const colour = (status: string) => paintStatus(status, t);
  let why: string;
  if (result.status === 'stop') why = `because of ${result.stop_flags.map(flagNoun).join(', ')}. Please contact your care team before exercising.`;
  else if (result.worst) why = `${LABEL[result.worst.signal]} ${result.worst.value}/10 decided it.`;
  else why = '';
  ctx.out(`Checked in for ${result.date}: ${colour(result.status)} — ${why}`);
  if (result.status !== 'stop') ctx.out(t.dim('`regimen today` shows what that means for today. Resting is always fine.'));
  return 0;
}
