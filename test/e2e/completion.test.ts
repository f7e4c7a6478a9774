// SPEC §4 (v1.1): `regimen completion bash|zsh|fish` prints a script that the shell
// loads; its callback `regimen complete -- WORDS` offers commands, flags, athlete ids
// from the journal and plan files. The shell is the subject here: the real binary.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, baseEnv, BIN, ROOT, run } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

beforeAll(assertBuilt);

const dir = tempDir('regimen-completion-');
const journal = join(dir, 'journal.db');
const binDir = join(dir, 'bin');
mkdirSync(binDir);
// The script calls `regimen` by name: a stand-in on PATH runs the built binary.
writeFileSync(join(binDir, 'regimen'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(binDir, 'regimen'), 0o755);
const shellEnv = { ...baseEnv(), PATH: `${binDir}:${process.env.PATH}`, NO_COLOR: '1' };
const have = (shell: string) => spawnSync(shell, ['-c', 'exit 0'], { stdio: 'ignore' }).status === 0;

const LOAD: Record<string, string> = {
  bash: 'source <(regimen completion bash) && complete -p regimen',
  zsh: 'autoload -U compinit && compinit -u && source <(regimen completion zsh) && whence -v _regimen',
  fish: 'regimen completion fish | source; and complete -c regimen | head -1',
};

describe.each(Object.keys(LOAD))('%s', (shell) => {
  it.skipIf(!have(shell))('loads the completion script', () => {
    const r = spawnSync(shell, ['-c', LOAD[shell]!], { cwd: ROOT, env: shellEnv, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('regimen');
  });
});

describe('bash without the bash-completion package', () => {
  beforeAll(async () => {
    await run(['--journal', journal, 'init', '--athlete', 'ana', '--name', 'Ana', '--plan', 'plans/gentle-foundations.yaml']);
  });
  // A TAB as bash runs it: COMP_WORDS set, the completion function called (compopt only
  // works inside a real completion, so it is a no-op here). `env -i`-like: no
  // bash-completion loaded, so _get_comp_words_by_ref is not defined.
  it.skipIf(!have('bash'))('completes athlete ids and commands, with nothing on stderr', () => {
    const script = [
      'source <(regimen completion bash)',
      'compopt() { :; }',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash, not a template
      'tab() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); __regimen_complete; echo "${COMPREPLY[*]}"; }',
      `tab regimen --journal '${journal}' --athlete ''`,
      'tab regimen re',
    ].join('\n');
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { cwd: ROOT, env: shellEnv, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['ana', 'review repair']);
  });
});

describe('completion answers', () => {
  beforeAll(async () => {
    await run(['--journal', journal, 'init', '--athlete', 'ana', '--name', 'Ana', '--plan', 'plans/gentle-foundations.yaml']);
    await run(['--journal', journal, 'athlete', 'add', 'ben', '--plan', 'plans/couch-to-5k.yaml']);
  });
  const values = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith(':'))
      .map((l) => l.split('\t')[0]);

  it.each([
    ['commands', ['complete', '--', 'ath'], ['athlete']],
    ['subcommands', ['complete', '--', 'athlete', ''], ['add', 'list', 'activate', 'status']],
    ["a command's flags", ['complete', '--', 'checkin', '--f'], ['--fatigue', '--flag']],
    ['athlete ids for --athlete', ['complete', '--', '--journal', journal, '--athlete', ''], ['ana', 'ben']],
    ['athlete ids as an argument', ['complete', '--', '--journal', journal, 'athlete', 'activate', ''], ['ana', 'ben']],
    [
      'plan files for --plan',
      ['complete', '--', 'init', '--plan', 'plans/'],
      ['plans/couch-to-5k.yaml', 'plans/gentle-foundations.yaml', 'plans/marathon-novice.yaml', 'plans/strength-5x5.yaml'],
    ],
    ['stop flags for --flag', ['complete', '--', 'checkin', '--flag', ''], ['fever', 'chest_pain', 'dizziness', 'breathless', 'bleeding', 'new_swelling']],
    ['choices', ['complete', '--', 'log', '--status', ''], ['completed', 'adapted', 'skipped', 'rest']],
  ])('%s', async (_name, args, expected) => {
    const r = await run(args);
    expect(r.exitCode).toBe(0);
    expect(values(r.stdout)).toEqual(expect.arrayContaining(expected));
  });

  it('an unknown shell is one line, exit 2', async () => {
    const r = await run(['completion', 'tcsh']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
