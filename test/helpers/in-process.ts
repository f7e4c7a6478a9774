// Run regimen commands in-process (STYLE habit 13: commands in-process, the real binary
// only where the process is the subject): src/main.ts — the function bin/regimen.js
// runs, with the same exit-code mapping — with stdout and stderr captured through the
// output module (test/helpers/setup-output.ts mocks it for every test file).
//
// What the binary gets from its process is given the same way here: the environment
// (the caller's, without REGIMEN_*, FORCE_COLOR and XDG_DATA_HOME, plus `env`), and
// stdin and stdout that are not terminals unless `terminal` says so. Runs are queued one
// at a time, so tests in a `describe.concurrent` block may share the harness.
import { main } from '../../src/main.js';
import { captured } from './captured-output.js';

export interface InProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface InProcessOptions {
  /** Extra environment; a value of `undefined` removes the variable. */
  env?: Record<string, string | undefined>;
  /** File descriptors that are terminals for this run (default none: stdin and stdout are pipes). */
  terminal?: (0 | 1 | 2)[];
}

/** Variables of the test process that would change what regimen does (REGIMEN_TEST_TMP is the suite's own). */
const dropped = (k: string) => (k.startsWith('REGIMEN_') && k !== 'REGIMEN_TEST_TMP') || k === 'FORCE_COLOR' || k === 'XDG_DATA_HOME';

let queue: Promise<unknown> = Promise.resolve();

/** `regimen ARGS` in this process; never throws for what the binary would report with an exit code. */
export function runInProcess(args: string[], options: InProcessOptions = {}): Promise<InProcessResult> {
  const next = queue.then(() => runNow(args, options));
  queue = next.catch(() => undefined);
  return next;
}

async function runNow(args: string[], options: InProcessOptions): Promise<InProcessResult> {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (dropped(k)) delete process.env[k];
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  Object.assign(captured, { active: true, stdout: '', stderr: '', terminal: options.terminal ?? [] });
  process.exitCode = undefined;
  try {
    const exitCode = await main(['node', 'regimen', ...args]);
    return { exitCode, stdout: captured.stdout, stderr: captured.stderr };
  } finally {
    Object.assign(captured, { active: false, terminal: [] });
    process.exitCode = undefined;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

/** `regimen --no-input ARGS` with REGIMEN_NOW = now, no colour and the actor `coach`. */
export function regimen(args: string[], now: string, env: Record<string, string> = {}): Promise<InProcessResult> {
  return runInProcess(['--no-input', ...args], { env: { REGIMEN_NOW: now, NO_COLOR: '1', REGIMEN_ACTOR: 'coach', ...env } });
}
