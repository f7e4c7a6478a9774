// Run regimen commands in-process (STYLE habit 13: commands in-process, the real
// binary only where the process is the subject): the program is built and parsed as
// bin/regimen.js does, with stdout and stderr captured through the output module.
// Use with: vi.mock('../../src/io/output.js', () => import('../helpers/captured-output.js'))
import { CommanderError } from 'commander';
import { isExpectedError } from '../../src/errors.js';
import { buildProgram } from '../../src/program.js';
import { captured } from './captured-output.js';

export interface InProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** `regimen ARGS` with REGIMEN_NOW = now and no colour; never throws for expected errors. */
export async function regimen(args: string[], now: string, env: Record<string, string> = {}): Promise<InProcessResult> {
  const saved = { ...process.env };
  Object.assign(process.env, { REGIMEN_NOW: now, NO_COLOR: '1', REGIMEN_ACTOR: 'coach' }, env);
  delete process.env.FORCE_COLOR;
  captured.stdout = '';
  captured.stderr = '';
  process.exitCode = undefined;
  const argv = ['node', 'regimen', '--no-input', ...args];
  let exitCode = 0;
  try {
    await buildProgram(argv).parseAsync(argv);
    exitCode = (process.exitCode as number | undefined) ?? 0;
  } catch (e) {
    if (e instanceof CommanderError) exitCode = e.exitCode === 0 ? 0 : 2;
    else if (isExpectedError(e)) {
      captured.stderr += `regimen: ${e.message}${'hint' in e && e.hint ? ` — ${String(e.hint)}` : ''}\n`;
      exitCode = e.exitCode;
    } else throw e;
  } finally {
    process.exitCode = undefined;
    process.env = saved;
  }
  return { exitCode, stdout: captured.stdout, stderr: captured.stderr };
}
