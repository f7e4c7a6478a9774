// Shared by the plan-check tests: run the built bin the way a user or CI job does,
// and read the fixture directories. `npm test` builds dist/ before vitest runs.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'regimen.js');
export const INVALID_DIR = 'fixtures/plans/invalid';
export const WARNINGS_DIR = 'fixtures/plans/warnings';

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) {
    throw new Error('dist/cli.cjs is missing: run `node esbuild.config.mjs` (npm test does it) before these tests');
  }
}

/** The environment of a plain, colourless terminal-less run; the caller's colour settings are dropped. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  delete env.REGIMEN_NOW;
  return env;
}

export interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The process's own CPU time (user + system) in ms: what a command cost, whatever the machine's load. */
  cpuMs: number;
}

const REPORT_CPU = join(ROOT, 'test', 'helpers', 'report-cpu.cjs');

/** `node bin/regimen.js ARGS` from the repository root; stdout and stderr exactly as printed. */
export async function regimen(args: string[], options: { cwd?: string } = {}): Promise<Run> {
  const reportDir = mkdtempSync(join(process.env.REGIMEN_TEST_TMP ?? tmpdir(), 'cpu-'));
  const report = join(reportDir, 'cpu');
  try {
    // No timeout: a slow machine must not fail a test (SPEC §8); the cost is bounded in CPU time instead.
    const result = await execa('node', ['--require', REPORT_CPU, BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...cleanEnv(), TEST_CPU_REPORT: report },
      extendEnv: false,
      reject: false,
      stripFinalNewline: false,
      stdin: 'ignore',
    });
    const cpuMs = existsSync(report) ? Number(readFileSync(report, 'utf8')) : Number.NaN;
    return { stdout: String(result.stdout), stderr: String(result.stderr), exitCode: result.exitCode ?? -1, cpuMs };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

/** Plan fixtures of a directory (relative to the root), sorted: `[code, relative path]`. */
export function fixtures(dir: string): [string, string][] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [basename(f, '.yaml'), `${dir}/${f}`]);
}

/** The `file:line:col: error|warning: message [code]` lines of text output. */
export const DIAGNOSTIC_LINE = /^(?<file>.+):(?<line>\d+):(?<col>\d+): (?<severity>error|warning): (?<message>.+) \[(?<code>[a-z0-9-]+)\]$/;

export function diagnosticLines(stdout: string): { file: string; line: number; col: number; severity: string; code: string }[] {
  return stdout
    .split('\n')
    .map((l) => DIAGNOSTIC_LINE.exec(l)?.groups)
    .filter((g): g is Record<string, string> => g !== undefined)
    .map((g) => ({ file: g.file!, line: Number(g.line), col: Number(g.col), severity: g.severity!, code: g.code! }));
}

/** A Node stack frame (`    at fn (file:1:2)`) anywhere in the text. */
export const STACK_FRAME = /^\s+at \S/m;
