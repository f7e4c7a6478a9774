// `regimen detect [--weeks N] [--out FILE]` (SPEC §4): turn logged training into a
// plan file. Read the last N weeks of done sessions → detectPlan (pure) → render the
// YAML, prove it passes `check`, then write it (never over an existing file) or print it.
// The detector, the YAML writer and the plan loader load only here, on use.
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { addDays } from '../core/dates.js';
import type { LoggedSession } from '../core/engine/detect.js';
import { JournalError, UsageError } from '../errors.js';
import { resolveAthlete } from '../io/athlete-state.js';
import { sessionExercises, sessionsBetween } from '../io/journal/daily.js';
import { writePrivateFile } from '../io/private-file.js';
import { intOption } from '../io/validate-input.js';
import { withJournal } from '../io/with-journal.js';

const DEFAULT_WEEKS = 4;
/** Sessions that were done: `adapted` counts as done (SPEC §6.3), skipped and rest do not. */
const DONE = new Set(['completed', 'adapted']);

function refuseExisting(file: string): void {
  // Never overwrite: the file may be a plan someone wrote by hand. Pick another name.
  if (existsSync(file))
    throw new UsageError(`${file} already exists; detect never overwrites a file`, 'choose another --out path, or move the existing file away first');
}

function writePlanFile(file: string, text: string): void {
  try {
    // Mode 0600 (it describes a person's training); exclusive, so a file that appeared
    // since the check is not overwritten either.
    writePrivateFile(file, text, { exclusive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') refuseExisting(file);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UsageError(`cannot write ${file}: its directory does not exist`, 'create the directory first, or choose another --out path');
    if (code === 'EISDIR') throw new UsageError(`cannot write ${file}: it is a directory`, 'give a file name, e.g. --out plans/detected.yaml');
    throw new JournalError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

export interface DetectOptions {
  weeks: number;
  out?: string;
}

/** Commander's raw values → how far back to look, and where to write the plan. */
export function detectOptions(raw: Record<string, unknown>): DetectOptions {
  const weeks = intOption(raw.weeks, '--weeks', 2, 52) ?? DEFAULT_WEEKS;
  return { weeks, out: raw.out === undefined ? undefined : String(raw.out) };
}

export async function runDetect(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const { weeks, out } = detectOptions(raw);
  if (out !== undefined) refuseExisting(out);
  const from = addDays(ctx.today, -7 * weeks + 1);

  const read = await withJournal(ctx, { readOnly: true }, (db) => {
    const athlete = resolveAthlete(db, ctx);
    const sessions: LoggedSession[] = sessionsBetween(db, athlete.id, from, ctx.today)
      .filter((r) => DONE.has(r.status))
      .map((r) => ({ date: r.date, type: r.actual_type, minutes: r.actual_minutes, exercises: sessionExercises(r) }));
    return { athlete, sessions };
  });

  const { detectPlan } = await import('../core/engine/detect.js');
  const detection = detectPlan(read.sessions, { weeks, to: ctx.today, athleteId: read.athlete.id, athleteName: read.athlete.name });
  if (!detection.ok) {
    const { sessions, needed, window } = detection;
    throw new UsageError(
      `${sessions} session${sessions === 1 ? '' : 's'} logged in the last ${weeks} weeks (${window.from} to ${window.to}); detect needs at least ${sessions + needed}: ${needed} more`,
      'log what you do with `regimen log --type TYPE --minutes N`, or look further back with --weeks',
    );
  }

  const { renderPlanYaml, detectSummary } = await import('../render/detect.js');
  const text = renderPlanYaml(detection);
  // The promise is a plan that passes `check` with no warnings; anything else is our bug.
  const { loadPlanText } = await import('../io/validators.js');
  const problems = loadPlanText(out ?? 'detected.yaml', Buffer.from(text)).diagnostics;
  if (problems.length) throw new Error(`detect produced a plan that does not pass check: ${problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('; ')}`);

  if (out !== undefined) writePlanFile(out, text);
  if (ctx.options.json) {
    const { confidence, sessions, from: first, to: last, schedule, days, sequence } = detection;
    printJson(ctx, { confidence, sessions, from: first, to: last, weeks, schedule, days, ...(sequence ? { sequence } : {}), out: out ?? null, plan: text });
  } else if (out !== undefined) ctx.out(detectSummary(detection, out));
  else {
    // The plan itself on stdout, so `regimen detect > plan.yaml` works.
    ctx.out(text);
    if (detection.confidence < 0.5) ctx.err(`The pattern is weak (confidence ${detection.confidence.toFixed(2)}): read the plan before you use it.`);
  }
  return 0;
}
