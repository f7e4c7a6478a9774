// What `--help` adds after each command's options (SPEC §4 v1.1): the words a flag
// accepts, where they are fixed, and two or three real examples. Kept apart from the
// command definitions so the list reads as one page; keyed by the command's path.
import type { Command } from 'commander';
import { closest } from './core/suggest.js';
import { DEFAULT_STOP_FLAGS } from './core/rules.js';
import { UsageError } from './errors.js';

const VOCABULARY: Record<string, string[]> = {
  checkin: [
    `Stop flags (--flag): ${DEFAULT_STOP_FLAGS.join(', ')} (a plan may add more).`,
    'Any one of them makes the day a stop day: no training, and a word to your care team.',
    'Scores: 0 is none and 10 the worst, except --qol, where 10 is the best.',
  ],
  log: ['--status: completed, adapted (a lighter version: it counts as done), skipped, rest.'],
  'event add': ['TYPE: treatment_change (a new treatment or cycle), illness, travel, or injury:SITE (e.g. injury:shin).'],
  review: ['Decisions: progress (next stage), hold (stay), step_down (an easier stage). --fail-on hold matches hold and step_down.'],
  audit: ['Actions: athlete.status_changed, plan.assigned, stage.changed, goal.changed, repair.*, adjust.* (proposed, applied, rejected), import.applied.'],
  export: ['Formats: json (everything, to import elsewhere), csv (one row a day), ics (a calendar of the planned sessions).'],
  import: ['Kinds (--from): json (a regimen export), fit (watch activities), strong, hevy (CSV exports of those apps).'],
  'athlete status': ['Moves: prospect → active, active ↔ inactive, any → archived.'],
};

const EXAMPLES: Record<string, string[]> = {
  check: ['regimen check plans/', 'regimen check my-plan.yaml --strict', 'regimen check plans/ --format github'],
  schema: ['regimen schema > regimen-plan.schema.json', 'regimen schema | jq .properties'],
  schedule: ['regimen schedule', 'regimen schedule --weeks 4', 'regimen schedule --plan plans/couch-to-5k.yaml --start 2026-12-07'],
  init: ['regimen init --plan plans/gentle-foundations.yaml', 'regimen init --athlete ana --name "Ana" --plan plans/couch-to-5k.yaml --start 2026-12-07'],
  athlete: ['regimen athlete list', 'regimen athlete add ben --plan plans/strength-5x5.yaml'],
  'athlete add': [
    'regimen athlete add ben --plan plans/strength-5x5.yaml',
    'regimen athlete add cleo --name "Cleo" --plan plans/gentle-foundations.yaml --status active',
  ],
  'athlete list': ['regimen athlete list', 'regimen athlete list --json'],
  'athlete activate': ['regimen athlete activate ben', 'regimen athlete activate ben --start 2026-12-07'],
  'athlete status': ['regimen athlete status ben inactive', 'regimen athlete status ben archived'],
  plan: ['regimen plan show', 'regimen plan use plans/couch-to-5k.yaml'],
  'plan use': ['regimen plan use plans/couch-to-5k.yaml', 'regimen plan use plans/gentle-foundations.yaml --restart'],
  'plan show': ['regimen plan show', 'regimen --athlete ana plan show'],
  checkin: [
    'regimen checkin',
    'regimen checkin --fatigue 3 --pain 1 --anxiety 2 --low-mood 1 --qol 7',
    'regimen checkin --fatigue 6 --pain 2 --anxiety 1 --low-mood 1 --qol 6 --flag fever',
  ],
  today: ['regimen today', 'regimen --athlete ana today', 'regimen today --plan plans/gentle-foundations.yaml'],
  log: [
    'regimen log --rpe 4',
    'regimen log --status adapted --minutes 10 --rpe 3 --note "short walk"',
    'regimen log --exercise "Bench press: 5,5,5@60kg rir2"',
  ],
  week: ['regimen week', 'regimen --date 2026-12-07 week'],
  history: ['regimen history', 'regimen history --weeks 8 --chart', 'regimen history --from 2026-11-02 --to 2026-11-29 --compare'],
  review: ['regimen review --dry-run', 'regimen review --all', 'regimen review --all --json --fail-on step_down'],
  repair: ['regimen repair', 'regimen repair --from 2026-11-10 --to 2026-11-20', 'regimen repair --injury shin --pillar aerobic'],
  'repair apply': ['regimen repair apply 3', 'regimen --athlete ana repair apply 3 --json'],
  'repair reject': ['regimen repair reject 3', 'regimen repair reject 3 --reason "back from travel early"'],
  'repair list': ['regimen repair list', 'regimen --athlete ana repair list --json'],
  adjust: ['regimen adjust skip 2026-12-09', 'regimen adjust load 2026-12-10 --by -20 --yes', 'regimen adjust --file actions.json'],
  'adjust swap': ['regimen adjust swap 2026-12-08 2026-12-10', 'regimen --athlete ana adjust swap 2026-12-08 2026-12-10 --yes'],
  'adjust load': ['regimen adjust load 2026-12-10 --by -20', 'regimen adjust load 2026-12-10 --by 10 --yes'],
  'adjust replace': ['regimen adjust replace 2026-12-10 --session walk', 'regimen adjust replace 2026-12-10 --session walk --variant gentle --yes'],
  'adjust skip': ['regimen adjust skip 2026-12-09', 'regimen --athlete ana adjust skip 2026-12-09 --yes'],
  'adjust restore': ['regimen adjust restore 2026-12-09', 'regimen --athlete ana adjust restore 2026-12-09 --yes'],
  'adjust apply': ['regimen adjust apply 4', 'regimen --athlete ana adjust apply 4 --json'],
  'adjust reject': ['regimen adjust reject 4', 'regimen adjust reject 4 --reason "kept as planned"'],
  'adjust list': ['regimen adjust list', 'regimen --athlete ana adjust list --json'],
  audit: ['regimen audit', 'regimen audit --action repair --from 2026-11-01', 'regimen --athlete ana audit --json'],
  detect: ['regimen detect', 'regimen detect --weeks 6 --out my-plan.yaml'],
  event: ['regimen event add illness --note "a cold"', 'regimen event add injury:shin'],
  'event add': ['regimen event add treatment_change --note "cycle 3"', 'regimen event add injury:shin --date 2026-11-20'],
  'event list': ['regimen event list', 'regimen event list --from 2026-11-01 --json'],
  export: [
    'regimen export --format json --all --out journal-backup.json',
    'regimen export --format csv --from 2026-11-01 --out training.csv',
    'regimen --athlete ana export --format ics --out ana.ics',
  ],
  import: ['regimen import journal-backup.json', 'regimen import morning-run.fit --rpe 4', 'regimen import strong_workouts.csv --from strong'],
  completion: [
    'source <(regimen completion bash)',
    'regimen completion zsh > "${fpath[1]}/_regimen"',
    'regimen completion fish > ~/.config/fish/completions/regimen.fish',
  ],
  help: ['regimen help', 'regimen help checkin'],
  '': ['regimen init --plan plans/gentle-foundations.yaml', 'regimen checkin && regimen today', 'regimen log --rpe 4'],
};

/** The command's path below the program: `athlete list`. */
function pathOf(c: Command): string {
  const names: string[] = [];
  for (let x: Command | null = c; x?.parent; x = x.parent) names.unshift(x.name());
  return names.join(' ');
}

/** Add the accepted words and the examples to every command defined (and its subcommands). */
export function addHelpExtras(c: Command): void {
  const path = pathOf(c);
  const vocabulary = VOCABULARY[path] ?? [];
  const examples = EXAMPLES[path] ?? [];
  const parts: string[] = [...vocabulary];
  if (examples.length) parts.push(`${parts.length ? '\n' : ''}Examples:`, ...examples.map((e) => `  $ ${e}`));
  if (parts.length) c.addHelpText('after', `\n${parts.join('\n')}`);
  for (const sub of c.commands) addHelpExtras(sub);
}

/** `regimen help [command…]`: that command's help, or one line naming the closest command. */
export function runHelp(program: Command, words: string[]): void {
  let at = program;
  for (const word of words) {
    const next = at.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!next) {
      const names = at.commands.map((c) => c.name());
      const guess = closest(word, names);
      const where = at === program ? 'regimen' : `regimen ${pathOf(at)}`;
      throw new UsageError(
        `unknown command "${[pathOf(at), word].filter(Boolean).join(' ')}"`,
        guess ? `did you mean \`${where} ${guess}\`?` : `commands: ${names.join(', ')}`,
      );
    }
    at = next;
  }
  at.outputHelp();
}
