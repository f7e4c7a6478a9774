// The program run once: build it, parse argv, and map every outcome to an exit code in
// one place (SPEC §4). Commands throw typed errors or return a code; they never exit.
// cli.ts runs this for the binary; tests run the same function in-process.
import { CommanderError } from 'commander';
import { isExpectedError } from './errors.js';
import { writeFd } from './io/output.js';
import { buildProgram } from './program.js';

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram(argv);
  try {
    await program.parseAsync(argv);
    return (process.exitCode as number | undefined) ?? 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and --version are successes; everything else commander rejects is bad usage.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (isExpectedError(e)) {
      // One line: what was wrong, then what is accepted or what to do.
      const hint = 'hint' in e && e.hint ? ` — ${oneLine(e.hint)}` : '';
      writeFd(2, `regimen: ${oneLine(e.message)}${hint}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    writeFd(2, `regimen: internal error (a bug, not something you did): ${err?.stack ?? String(e)}\n`);
    return 70;
  }
}
