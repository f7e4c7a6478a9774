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

  return program;
}
