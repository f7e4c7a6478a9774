// Command definitions: names, flags and help only. Each action lazy-loads its
// command module, so starting `regimen today` never loads what `check` needs.
import { Command, Option } from 'commander';
import type { Context, GlobalOptions } from './context.js';

type Runner = (ctx: Context, args: unknown[], options: Record<string, unknown>) => Promise<number | void>;

async function makeContext(options: GlobalOptions): Promise<Context> {
  const [{ clockToday, parseDateOption }, { makeTheme }] = await Promise.all([import('./io/clock.js'), import('./render/theme.js')]);
  const clock = clockToday();
  return {
    options,
    clockToday: clock,
    today: options.date !== undefined ? parseDateOption(options.date, '--date') : clock,
    env: process.env,
    theme: makeTheme({ color: options.color && !options.json }),
    interactive: options.input && !options.json && Boolean(process.stdin.isTTY) && process.env.CI !== 'true',
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  };
}

/** Wrap a lazily imported runner as a commander action. */
function action(load: () => Promise<Runner>) {
  return async function (this: Command, ...args: unknown[]) {
    const command = args[args.length - 1] as Command;
    const positional = args.slice(0, -2);
    const globals = command.optsWithGlobals() as GlobalOptions & Record<string, unknown>;
    const ctx = await makeContext(globals);
    const run = await load();
    const code = await run(ctx, positional, command.opts());
    if (typeof code === 'number') process.exitCode = code;
  };
}

export function buildProgram(): Command {
  const program = new Command('regimen')
    .description('Adaptive training plans kept as local files.')
    .version('0.1.0', '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ outputError: (text, write) => write(`regimen: ${text.replace(/^error: /, '')}`) })
    .option('--journal <path>', 'journal file (default: $REGIMEN_JOURNAL, else the XDG data dir)')
    .option('--athlete <id>', 'which athlete (default: $REGIMEN_ATHLETE, else the only active one)')
    .option('--date <YYYY-MM-DD>', 'act as if today were this date')
    .option('--json', 'print exactly one JSON document on stdout')
    .option('--no-color', 'no ANSI colour (also NO_COLOR)')
    .option('--no-input', 'never prompt (implied when stdin is not a terminal)');

  program
    .command('check')
    .description('validate plan files (directories are searched for *.yaml / *.yml)')
    .argument('[paths...]', 'plan files or directories', ['plans/'])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'warnings fail too (exit 1)')
    .action(action(async () => (await import('./commands/check.js')).runCheck));

  program
    .command('schema')
    .description('print the JSON Schema of the plan format')
    .action(action(async () => (await import('./commands/schema.js')).runSchema));

  program
    .command('schedule')
    .description('the planned schedule, day by day (default: this week and the next)')
    .option('--plan <file>', 'preview this plan file instead of the journal')
    .option('--start <YYYY-MM-DD>', 'with --plan: the start date (default: today)')
    .option('--stage <id>', 'with --plan: the stage to preview (default: the first)')
    .option('--from <YYYY-MM-DD>', 'first day (default: Monday of this week)')
    .addOption(new Option('--to <YYYY-MM-DD>', 'last day').conflicts('weeks'))
    .option('--weeks <n>', 'number of weeks from --from (default: 2)')
    .action(action(async () => (await import('./commands/schedule.js')).runSchedule));

  program
    .command('init')
    .description('create the journal (if needed) and an active athlete, on a plan or without one')
    .option('--plan <file>', 'the plan to start on')
    .option('--name <name>', "the athlete's name (default: the id)")
    .option('--start <YYYY-MM-DD>', 'start date (default: today)')
    .action(action(async () => (await import('./commands/init.js')).runInit));

  const athlete = program.command('athlete').description('manage athletes: add, list, activate, status');
  athlete
    .command('add')
    .description('add an athlete on a plan (default: a prospect with a draft plan)')
    .argument('<id>', 'athlete id (lower-case letters, digits, dashes)')
    .option('--plan <file>', 'the plan to assign')
    .option('--name <name>', "the athlete's name")
    .option('--status <status>', 'prospect or active', 'prospect')
    .option('--start <YYYY-MM-DD>', 'start date (default: today)')
    .action(action(async () => (await import('./commands/athlete.js')).runAthleteAdd));
  athlete
    .command('list')
    .description('every athlete with status, plan, stage and last activity')
    .action(action(async () => (await import('./commands/athlete.js')).runAthleteList));
  athlete
    .command('activate')
    .description('prospect → active: the draft plan starts')
    .argument('<id>', 'athlete id')
    .option('--start <YYYY-MM-DD>', 'start date (default: today)')
    .action(action(async () => (await import('./commands/athlete.js')).runAthleteActivate));
  athlete
    .command('status')
    .description('move an athlete: active ↔ inactive, any → archived')
    .argument('<id>', 'athlete id')
    .argument('<status>', 'active, inactive or archived')
    .action(action(async () => (await import('./commands/athlete.js')).runAthleteStatus));

  const plan = program.command('plan').description('assign or show the plan');
  plan
    .command('use')
    .description('assign a plan; the previous one keeps its progress')
    .argument('<file>', 'plan file')
    .option('--start <YYYY-MM-DD>', 'start date for a new plan (default: today)')
    .option('--restart', 'start this plan over from its first stage')
    .action(action(async () => (await import('./commands/plan.js')).runPlanUse));
  plan
    .command('show')
    .description('the plan as this athlete lives it: stage, ladder, phases, this week')
    .action(action(async () => (await import('./commands/plan.js')).runPlanShow));

  program
    .command('checkin')
    .description("record today's symptoms (0–10 each); missing ones are asked for")
    .option('--fatigue <n>', 'tiredness, 0 (none) to 10 (worst)')
    .option('--pain <n>', 'pain, 0 to 10')
    .option('--anxiety <n>', 'anxiety, 0 to 10')
    .option('--low-mood <n>', 'low mood, 0 to 10')
    .option('--qol <n>', 'quality of life, 0 (worst) to 10 (best)')
    .option('--flag <name>', 'a flag such as fever or chest_pain (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--note <text>', 'a note')
    .action(action(async () => (await import('./commands/checkin.js')).runCheckin));

  program
    .command('today')
    .description('what was planned for today, and what today should be given how you feel')
    .option('--plan <file>', 'preview a plan without a journal')
    .action(action(async () => (await import('./commands/today.js')).runToday));

  const event = program.command('event').description('record events that feed review and repair');
  event
    .command('add')
    .description('treatment_change, illness, travel, or injury:SITE')
    .argument('<type>', 'event type')
    .option('--note <text>', 'a note')
    .action(action(async () => (await import('./commands/event.js')).runEventAdd));

  return program;
}
