// Command definitions: names, flags and help, wired to each command's run function.
// Command modules are small and load with the program; what is heavy (the YAML
// parsers and zod for plan files, prompts, tables) is imported only inside the
// command that needs it, so `today` and `log` never load it (SPEC §8).
import { Command, Option } from 'commander';
import {
  runAdjustApply,
  runAdjustFile,
  runAdjustList,
  runAdjustLoad,
  runAdjustReject,
  runAdjustReplace,
  runAdjustRestore,
  runAdjustSkip,
  runAdjustSwap,
} from './commands/adjust.js';
import { runAudit } from './commands/audit.js';
import { runAthleteActivate, runAthleteAdd, runAthleteList, runAthleteStatus } from './commands/athlete.js';
import { runCheck } from './commands/check.js';
import { runCheckin } from './commands/checkin.js';
import { runDetect } from './commands/detect.js';
import { runEventAdd, runEventList } from './commands/event.js';
import { runExport } from './commands/export.js';
import { runHistory } from './commands/history.js';
import { runImport } from './commands/import.js';
import { runInit } from './commands/init.js';
import { runLog } from './commands/log.js';
import { runPlanShow, runPlanUse } from './commands/plan.js';
import { runRepair, runRepairApply, runRepairList, runRepairReject } from './commands/repair.js';
import { runReview } from './commands/review.js';
import { runSchedule } from './commands/schedule.js';
import { runSchema } from './commands/schema.js';
import { runToday } from './commands/today.js';
import { runWeek } from './commands/week.js';
import type { Context, GlobalOptions } from './context.js';
import { addHelpExtras, runHelp } from './help.js';
import { clockToday, parseDateOption } from './io/clock.js';
import { DEFAULT_STOP_FLAGS } from './core/rules.js';
import { importEsm } from './io/esm-import.js';
import { isTerminal, styleEscape, writeFd } from './io/output.js';
import { makeTheme } from './render/theme.js';
import { wrapText } from './render/wrap.js';
import { terminalWidth } from './io/terminal-width.js';

type Runner = (ctx: Context, args: unknown[], options: Record<string, unknown>) => Promise<number | void>;

/**
 * Commands whose text output is a file format or carries positions (a JSON Schema, a
 * plan file, `file:line:col` with a caret, CSV or calendar data): never wrapped.
 */
const UNWRAPPED = new Set(['schema', 'detect', 'check', 'export']);

async function makeContext(options: GlobalOptions, wrap = true): Promise<Context> {
  const clock = clockToday();
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  let width: number | undefined;
  const theme = await makeTheme(
    { color: options.color && !options.json, isTTY: () => isTerminal(1) },
    { marker: styleEscape, loadChalk: () => importEsm('chalk') },
  );
  return {
    options,
    clockToday: clock,
    today: options.date !== undefined ? parseDateOption(options.date, '--date') : clock,
    env: process.env,
    theme,
    // A getter: whether stdin is a terminal is only asked when a prompt might be shown.
    get interactive() {
      return options.input && !options.json && process.env.CI !== 'true' && isTerminal(0);
    },
    // Text wraps at word boundaries to the terminal's width (80 on a pipe); JSON never.
    out: (text) => writeFd(1, line(options.json || !wrap ? text : wrapText(text, (width ??= terminalWidth()), theme.marker))),
    err: (text) => writeFd(2, line(text)),
  };
}

/** Wrap a command's run function as a commander action. */
function action(run: Runner) {
  return async function (this: Command, ...args: unknown[]) {
    const command = args[args.length - 1] as Command;
    const positional = args.slice(0, -2);
    const globals = command.optsWithGlobals() as GlobalOptions & Record<string, unknown>;
    let top = command;
    while (top.parent?.parent) top = top.parent;
    const ctx = await makeContext(globals, !UNWRAPPED.has(top.name()));
    // A subcommand's flag may be claimed by its parent (`adjust --yes`, `adjust swap … --yes`): merge them.
    const code = await run(ctx, positional, { ...command.parent?.opts(), ...command.opts() });
    if (typeof code === 'number') process.exitCode = code;
  };
}

/** SPEC §6.2: the ratios are descriptions of load change; said once, in the help. */
const LOAD_RATIOS_NOTE =
  '\nLoad: ACWR (acute ÷ chronic) and the EWMA ratio describe how training load changed; the research behind them is disputed, so they are not a prediction of injury.';

/** Each top-level command's definition; only the one being run is built (startup time). */
const COMMANDS: Record<string, (program: Command) => void> = {
  check: (program) => {
    program
      .command('check')
      .description('validate plan files (directories are searched for *.yaml / *.yml)')
      .argument('[paths...]', 'plan files or directories', ['plans/'])
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
      .option('--strict', 'warnings fail too (exit 1)')
      .action(action(runCheck));
  },
  schema: (program) => {
    program.command('schema').description('print the JSON Schema of the plan format').action(action(runSchema));
  },
  schedule: (program) => {
    program
      .command('schedule')
      .description('the planned schedule, day by day (default: this week and the next)')
      .option('--plan <file>', 'preview this plan file instead of the journal')
      .option('--start <YYYY-MM-DD>', 'with --plan: the start date (default: today)')
      .option('--stage <id>', 'with --plan: the stage to preview (default: the first)')
      .option('--from <YYYY-MM-DD>', 'first day (default: Monday of this week)')
      .addOption(new Option('--to <YYYY-MM-DD>', 'last day').conflicts('weeks'))
      .option('--weeks <n>', 'number of weeks from --from (default: 2)')
      .action(action(runSchedule));
  },
  init: (program) => {
    program
      .command('init')
      .description('create the journal (if needed) and an active athlete, on a plan or without one')
      .option('--plan <file>', 'the plan to start on')
      .option('--name <name>', "the athlete's name (default: the id)")
      .option('--start <YYYY-MM-DD>', 'start date (default: today)')
      .action(action(runInit));
  },
  athlete: (program) => {
    const athlete = program.command('athlete').description('manage athletes: add, list, activate, status');
    athlete
      .command('add')
      .description('add an athlete on a plan (default: a prospect with a draft plan)')
      .argument('<id>', 'athlete id (lower-case letters, digits, dashes)')
      .option('--plan <file>', 'the plan to assign')
      .option('--name <name>', "the athlete's name")
      .option('--status <status>', 'prospect or active', 'prospect')
      .option('--start <YYYY-MM-DD>', 'start date (default: today)')
      .action(action(runAthleteAdd));
    athlete.command('list').description("the coach's overview: every athlete, who may need attention first and why").action(action(runAthleteList));
    athlete
      .command('activate')
      .description('prospect → active: the draft plan starts')
      .argument('<id>', 'athlete id')
      .option('--start <YYYY-MM-DD>', 'start date (default: today)')
      .action(action(runAthleteActivate));
    athlete
      .command('status')
      .description('move an athlete: active ↔ inactive, any → archived')
      .argument('<id>', 'athlete id')
      .argument('<status>', 'active, inactive or archived')
      .action(action(runAthleteStatus));
  },
  plan: (program) => {
    const plan = program.command('plan').description('assign or show the plan');
    plan
      .command('use')
      .description('assign a plan; the previous one keeps its progress')
      .argument('<file>', 'plan file')
      .option('--start <YYYY-MM-DD>', 'start date for a new plan (default: today)')
      .option('--restart', 'start this plan over from its first stage')
      .action(action(runPlanUse));
    plan.command('show').description('the plan as this athlete lives it: stage, ladder, phases, this week').action(action(runPlanShow));
  },
  checkin: (program) => {
    program
      .command('checkin')
      .description("record today's symptoms (0–10 each); missing ones are asked for")
      .option('--fatigue <n>', 'tiredness, 0 (none) to 10 (worst)')
      .option('--pain <n>', 'pain, 0 to 10')
      .option('--anxiety <n>', 'anxiety, 0 to 10')
      .option('--low-mood <n>', 'low mood, 0 to 10')
      .option('--qol <n>', 'quality of life, 0 (worst) to 10 (best)')
      .option(
        '--flag <name>',
        `a stop flag (repeatable): ${DEFAULT_STOP_FLAGS.join(', ')}, or one your plan adds`,
        (v: string, all: string[]) => [...all, v],
        [] as string[],
      )
      .option('--note <text>', 'a note')
      .action(action(runCheckin));
  },
  today: (program) => {
    program
      .command('today')
      .description('what was planned for today, and what today should be given how you feel')
      .option('--plan <file>', 'preview a plan without a journal')
      .action(action(runToday));
  },
  log: (program) => {
    program
      .command('log')
      .description('record what was done, against what was planned')
      .addOption(new Option('--status <status>', 'how it went').choices(['completed', 'adapted', 'skipped', 'rest']).default('completed'))
      .option('--type <type>', 'actual type (default: the adapted type)')
      .option('--minutes <n>', 'actual minutes (default: the sum of timed exercises when all are timed, else the adapted minutes)')
      .option('--rpe <n>', 'session effort, 0 to 10 (asked for in a terminal when missing)')
      .option('--energy <n>', 'how energetic you felt, 1 to 10')
      .option(
        '--exercise <spec>',
        'e.g. "Bench press: 6,6,7,6@82.5kg rir1", "Plank: 3x45s", "Brisk walk: 20min", "Easy run: 5km" (repeatable)',
        (v: string, all: string[]) => [...all, v],
        [] as string[],
      )
      .option('--note <text>', 'a note')
      .option('--day <n>', 'sequence plans: do day N out of order')
      .option('--id <key>', 'idempotency key: a repeated key is a no-op')
      .option('--replace', "overwrite this date's record")
      .option('--backdate', 'allow dates more than 60 days ago')
      .action(action(runLog));
  },
  week: (program) => {
    program.command('week').description('this week: planned sessions, what is done, what to expect').action(action(runWeek));
  },
  history: (program) => {
    program
      .command('history')
      .description('planned versus done, per day and per week, with notes and events, from the start date')
      .option('--from <YYYY-MM-DD>', 'first day')
      .option('--to <YYYY-MM-DD>', 'last day (default: today)')
      .option('--weeks <n>', 'number of weeks back (default: 4)')
      .option('--compare', 'each week (or cycle) beside the previous one, per exercise')
      .addHelpText('after', LOAD_RATIOS_NOTE)
      .option('--days', 'list every day, not only the weeks (always for two weeks or less)')
      .option('--chart', 'weekly minutes, completion and load as small charts (numbers when not a terminal)')
      .action(action(runHistory));
  },
  review: (program) => {
    program
      .command('review')
      .description('the weekly review: progress, hold or step down, with the numbers behind it')
      .option('--dry-run', 'decide and show, but save nothing')
      .option('--all', 'review every active athlete')
      .option('--fail-on <decision>', 'exit 1 if any decision is this or worse: step_down or hold')
      .option('--week <YYYY-Www>', 'the ISO week to review (default: the last complete week)')
      .addHelpText('after', LOAD_RATIOS_NOTE)
      .action(action(runReview));
  },
  repair: (program) => {
    const repair = program
      .command('repair')
      .description('propose a repair for time away, an injury, or a goal no longer safe')
      .option('--from <YYYY-MM-DD>', 'first day of the disruption (default: inferred)')
      .option('--to <YYYY-MM-DD>', 'last day of the disruption')
      .option('--injury <site>', 'propose an injury pivot, e.g. --injury shin')
      .option('--pillar <type-or-session>', 'with --injury: what to rest, e.g. aerobic')
      .option('--clear-injury <site>', 'propose ending an injury pivot')
      .option('--yes', 'apply the proposal at once')
      .action(action(runRepair));
    repair.command('apply').description('apply a proposal').argument('<id>', 'proposal id').action(action(runRepairApply));
    repair.command('reject').description('reject a proposal').argument('<id>', 'proposal id').option('--reason <text>', 'why').action(action(runRepairReject));
    repair.command('list').description('repair proposals and their status').action(action(runRepairList));
  },
  adjust: (program) => {
    const adjust = program
      .command('adjust')
      .description("a coach's bounded changes to upcoming sessions (proposed, then applied)")
      .option('--file <actions.json>', 'several actions at once (at most 10)')
      .option('--yes', 'apply the proposal at once')
      .action(action(runAdjustFile));
    const withYes = (c: Command) => c.option('--yes', 'apply the proposal at once');
    withYes(adjust.command('swap').description('exchange the sessions of two dates (at most 14 days apart)').argument('<date-a>').argument('<date-b>')).action(
      action(runAdjustSwap),
    );
    withYes(
      adjust
        .command('load')
        .description("scale a session's minutes and loads by a percentage (-50 to +20)")
        .argument('<date>')
        .requiredOption('--by <pct>', 'percentage, e.g. -20'),
    ).action(action(runAdjustLoad));
    withYes(
      adjust
        .command('replace')
        .description("put another session of the plan's library on a date")
        .argument('<date>')
        .option('--session <name>', 'session name')
        .addOption(new Option('--variant <variant>', 'variant').choices(['standard', 'gentle', 'minimal'])),
    ).action(action(runAdjustReplace));
    withYes(adjust.command('skip').description('mark a planned session as skipped (neither planned nor missed)').argument('<date>')).action(
      action(runAdjustSkip),
    );
    withYes(adjust.command('restore').description('undo a skip').argument('<date>')).action(action(runAdjustRestore));
    adjust.command('apply').description('apply a proposal').argument('<id>').action(action(runAdjustApply));
    adjust.command('reject').description('reject a proposal').argument('<id>').option('--reason <text>', 'why').action(action(runAdjustReject));
    adjust.command('list').description('adjustment proposals and their status').action(action(runAdjustList));
  },
  audit: (program) => {
    program
      .command('audit')
      .description('the append-only audit trail (stage changes, repairs, plan assignments, …), one line each')
      .option('--action <prefix>', 'only these actions, e.g. repair (repair.*) or stage.changed')
      .option('--from <YYYY-MM-DD>', 'first day')
      .option('--to <YYYY-MM-DD>', 'last day')
      .option('--verify', 'check the hash chain and the append-only guards: ok with the number of events, or the first that does not match (exit 1)')
      .action(action(runAudit));
  },
  completion: (program) => {
    program
      .command('completion')
      .description('print a shell completion script: bash, zsh or fish')
      .argument('<shell>', 'bash, zsh or fish')
      .action(action(async (ctx, args, options) => (await import('./commands/completion.js')).runCompletion(ctx, args, options, everyCommand)));
    program
      .command('complete', { hidden: true })
      .description('answer a completion request (called by the completion script)')
      .argument('[words...]')
      .allowUnknownOption()
      .action(action(async (ctx, args, options) => (await import('./commands/completion.js')).runComplete(ctx, args, options, everyCommand)));
  },
  help: (program) => {
    program
      .command('help')
      .description('show help for a command')
      .argument('[command...]', 'a command, e.g. checkin or athlete list')
      .action((words: string[]) => {
        // Every command is needed to find the one asked for (only `help` was defined).
        for (const [name, define] of Object.entries(COMMANDS)) if (name !== 'help') define(program);
        addHelpExtras(program);
        runHelp(program, words);
      });
  },
  detect: (program) => {
    program
      .command('detect')
      .description('turn logged training into a plan file')
      .option('--weeks <n>', 'weeks of history to use (default 4)')
      .option('--out <file>', 'write the plan here (default: stdout)')
      .action(action(runDetect));
  },
  event: (program) => {
    const event = program.command('event').description('record and list events that feed review and repair');
    event
      .command('add')
      .description('treatment_change, illness, travel, or injury:SITE')
      .argument('<type>', 'event type')
      .option('--note <text>', 'a note')
      .action(action(runEventAdd));
    event
      .command('list')
      .description('events with their notes (default: the last 8 weeks)')
      .option('--from <YYYY-MM-DD>', 'first day (default: 8 weeks before --to)')
      .option('--to <YYYY-MM-DD>', 'last day (default: today)')
      .action(action(runEventList));
  },
  export: (program) => {
    program
      .command('export')
      .description('the journal as JSON (whole, to import elsewhere), CSV (one row a day) or a calendar (ICS)')
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv', 'ics']).default('json'))
      .option('--out <file>', 'write to this file (mode 0600) instead of stdout')
      .option('--all', 'every athlete (default: --athlete, else the only active one)')
      .option('--from <YYYY-MM-DD>', 'csv, ics: first day (ics default: today)')
      .option('--to <YYYY-MM-DD>', 'csv, ics: last day (csv default: today; ics: 28 days from --from)')
      .action(action(runExport));
  },
  import: (program) => {
    program
      .command('import')
      .description('add records from a regimen export, FIT activity files, or Strong / Hevy CSV exports')
      .argument('<files...>', 'files to import (all are checked before anything is written)')
      .addOption(new Option('--from <kind>', 'what the files are (default: told from their content)').choices(['json', 'fit', 'strong', 'hevy']))
      .option('--rpe <n>', 'effort of the imported sessions, 0 to 10')
      .option('--replace', 'overwrite dates that already have a session')
      .action(action(runImport));
  },
};

/** A program with every command defined, for shell completion to describe. */
function everyCommand(): Command {
  const program = buildProgram(['node', 'regimen', '--help']);
  // The completion library adds its own `completion` and `complete` commands.
  (program as unknown as { commands: Command[] }).commands = program.commands.filter((c) => c.name() !== 'completion' && c.name() !== 'complete');
  return program;
}

/** The first word that is not an option (or an option's value): the command being run. */
function commandName(argv: string[], program: Command): string | undefined {
  // Read from the global options as defined, so a new one with a value cannot be missed.
  const takesValue = new Set(program.options.filter((o) => o.required || o.optional).map((o) => o.long));
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!;
    if (takesValue.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

export function buildProgram(argv: string[] = process.argv): Command {
  const program = new Command('regimen')
    .description('Adaptive training plans kept as local files.')
    .version('0.1.0', '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    // Usage errors are one line (SPEC §8): commander's suggestion joins the message.
    // Help and errors go through writeFd too, which escapes control characters (an
    // unknown option echoes what was typed).
    .configureOutput({
      writeOut: (text) => writeFd(1, text),
      writeErr: (text) => writeFd(2, text),
      outputError: (text, write) =>
        write(
          `regimen: ${text
            .replace(/^error: /, '')
            .trimEnd()
            .replace(/\n+/g, ' ')}\n`,
        ),
    })
    .option('--journal <path>', 'journal file (default: $REGIMEN_JOURNAL, else the XDG data dir)')
    .option('--athlete <id>', 'which athlete (default: $REGIMEN_ATHLETE, else the only active one)')
    .option('--date <YYYY-MM-DD>', 'act as if today were this date')
    .option('--json', 'print exactly one JSON document on stdout')
    .option('--no-color', 'no ANSI colour (also NO_COLOR)')
    .option('--no-input', 'never prompt (implied when stdin is not a terminal)')
    // Every command's help lists the global options too (SPEC §4 v1.1); `help` is ours.
    .configureHelp({ showGlobalOptions: true })
    .helpCommand(false);

  // Defining every command costs milliseconds on each start; help and mistakes need them all.
  const name = commandName(argv, program);
  const define = name !== undefined ? COMMANDS[name === 'complete' ? 'completion' : name] : undefined;
  if (define) define(program);
  else for (const d of Object.values(COMMANDS)) d(program);
  addHelpExtras(program);
  return program;
}
