// One racing writer for race.test.ts, bundled by the test with esbuild and run as its
// own node process. It runs the program's real `log` command (buildProgram → runLog →
// openJournal → writeTransaction → close) once per date, in-process: every command
// opens its own connection, takes its own BEGIN IMMEDIATE write transaction, commits
// and closes, exactly as one `regimen log` process does; only node's startup is saved.
// Errors are mapped to exit codes as src/cli.ts maps them, and reported on stderr.
//
// Usage: node race-worker.mjs WORK.json, where WORK.json is
//   {"runs": [["--journal", "...", "log", ...], ...]}   (one argument list per command)
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { isExpectedError } from '../../src/errors.js';
import { buildProgram } from '../../src/program.js';

async function runOnce(args: string[]): Promise<number> {
  const argv = [process.execPath, 'regimen', ...args];
  process.exitCode = undefined;
  try {
    await buildProgram(argv).parseAsync(argv);
    return (process.exitCode as number | undefined) ?? 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (isExpectedError(e)) {
      process.stderr.write(`regimen: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`regimen: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 70;
  }
}

const { runs } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { runs: string[][] };
let failures = 0;
for (const args of runs) {
  const code = await runOnce(args);
  if (code !== 0) {
    failures++;
    process.stderr.write(`exit ${code}: ${args.slice(0, 8).join(' ')}\n`);
  }
}
process.exitCode = failures ? 1 : 0;
