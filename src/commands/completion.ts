// `regimen completion bash|zsh|fish` (SPEC §4 v1.1) prints a completion script; the
// script calls back `regimen complete -- WORDS…`, answered here: commands and flags
// from the command definitions (through @bomb.sh/tab's commander adapter), athlete ids
// from the journal, plan files from the disk. Loaded only for these two commands.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { DEFAULT_STOP_FLAGS } from '../core/rules.js';
import { UsageError } from '../errors.js';
import { athleteIds, planFiles } from '../io/completion-sources.js';
import { importEsm } from '../io/esm-import.js';
import { journalPath } from '../io/journal/location.js';
import { writeFd } from '../io/output.js';

type Tab = typeof import('@bomb.sh/tab/commander').default;
type Root = ReturnType<Tab>;
type Complete = (value: string, description: string) => void;

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** The library prints with console.log; a script or a completion list is not text to wrap. */
function capturing(fn: () => void): string {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  try {
    fn();
  } finally {
    console.log = log;
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

async function describe(full: Command): Promise<Root> {
  const tab = (await importEsm<{ default: Tab }>('@bomb.sh/tab/commander')).default;
  return tab(full, { completionCommandName: 'completion' });
}

/** Dynamic values: athlete ids wherever an athlete is named, plan files wherever a plan is. */
function addSources(root: Root, words: string[], env: NodeJS.ProcessEnv): void {
  const at = words.indexOf('--journal');
  const journal = journalPath(at >= 0 ? words[at + 1] : undefined, env);
  const athletes: (complete: Complete) => void = (complete) => {
    for (const a of athleteIds(journal)) complete(a.id, a.name);
  };
  const typed = words[words.length - 1] ?? '';
  const plans: (complete: Complete) => void = (complete) => {
    for (const f of planFiles(typed)) complete(f, '');
  };
  const athleteOption = root.options.get('athlete');
  if (athleteOption) athleteOption.handler = athletes;
  for (const [path, command] of root.commands) {
    for (const [name, option] of command.options) {
      if (name === 'plan') option.handler = plans;
      if (path === 'checkin' && name === 'flag') option.handler = (complete) => DEFAULT_STOP_FLAGS.forEach((f) => complete(f, 'stop flag'));
    }
    for (const [name, argument] of command.arguments) {
      if ((path === 'athlete activate' || path === 'athlete status') && name === 'id') argument.handler = athletes;
      if ((path === 'plan use' && name === 'file') || (path === 'check' && name === 'paths')) argument.handler = plans;
    }
  }
}

/**
 * The bash script from @bomb.sh/tab reads the words with `_get_comp_words_by_ref`, which
 * only the bash-completion package defines; without it (a minimal Debian, macOS's bash)
 * every TAB printed "command not found" and completed nothing. Where the package is
 * missing, this plain reading of COMP_WORDS stands in for it.
 */
const BASH_WORDS_FALLBACK = `# Without the bash-completion package: read the words being completed from COMP_WORDS.
if ! declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
    _get_comp_words_by_ref() {
        cur="\${COMP_WORDS[COMP_CWORD]}"
        prev="\${COMP_WORDS[COMP_CWORD-1]}"
        words=("\${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    }
fi
`;

export async function runCompletion(ctx: Context, [shell]: unknown[], _o: Record<string, unknown>, full: () => Command): Promise<number> {
  if (!SHELLS.includes(shell as (typeof SHELLS)[number]))
    throw new UsageError(`completion for "${String(shell)}" is not available`, `choose ${SHELLS.join(', ')}`);
  const root = await describe(full());
  const script = capturing(() => root.setup('regimen', 'regimen', shell as string));
  writeFd(1, shell === 'bash' ? `${BASH_WORDS_FALLBACK}\n${script}` : script, true);
  void ctx;
  return 0;
}

/** `regimen complete -- WORDS…`: one candidate per line, then `:DIRECTIVE` (tab's protocol). */
export async function runComplete(ctx: Context, [words]: unknown[], _o: Record<string, unknown>, full: () => Command): Promise<number> {
  const list = (words as string[] | undefined) ?? [];
  const root = await describe(full());
  addSources(root, list, ctx.env);
  writeFd(
    1,
    capturing(() => root.parse([...list])),
    true,
  );
  return 0;
}
