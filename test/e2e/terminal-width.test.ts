// SPEC §4 (v1.1): text wraps at word boundaries to the terminal's width, statuses are
// coloured on a terminal, and the same commands piped carry no ANSI bytes and the same
// words. `today`, `week` and `history --chart` run in a real pseudo-terminal (Python's
// pty, its window size set before the program starts) at 60 and 100 columns.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, baseEnv, BIN, plan, ROOT, run, stripAnsi } from './helpers.js';
import { tempDir } from '../helpers/temp.js';
import { checkinArgs } from '../helpers/checkin-args.js';

const PTY = [
  'import fcntl, os, pty, struct, sys, termios',
  'cols = int(sys.argv[1])',
  'pid, fd = pty.fork()',
  'if pid == 0:',
  "    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, cols, 0, 0))",
  '    os.execv(sys.argv[2], sys.argv[2:])',
  "out = b''",
  'while True:',
  '    try:',
  '        data = os.read(fd, 65536)',
  '    except OSError:',
  '        break',
  '    if not data:',
  '        break',
  '    out += data',
  '_, status = os.waitpid(pid, 0)',
  'sys.stdout.buffer.write(out)',
  'sys.exit(os.waitstatus_to_exitcode(status))',
].join('\n');

const havePty = spawnSync('python3', ['-c', 'import pty, fcntl, termios'], { stdio: 'ignore' }).status === 0;
const NOW = '2026-11-25';
const journal = join(tempDir('regimen-tty-'), 'journal.db');
const COMMANDS = [['today'], ['week'], ['history', '--chart', '--weeks', '4']];

beforeAll(async () => {
  assertBuilt();
  const must = async (args: string[], now: string) => {
    const r = await run(['--journal', journal, ...args], { now });
    if (r.exitCode !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  await must(['init', '--name', 'Ana', '--plan', plan('gentle-foundations.yaml'), '--start', '2026-11-02'], '2026-11-02');
  for (const [date, fatigue, rpe] of [
    ['2026-11-16', '2', '4'],
    ['2026-11-18', '5', '5'],
    ['2026-11-20', '3', '4'],
    ['2026-11-23', '6', '6'],
  ] as const) {
    await must(
      [
        '--date',
        date,
        ...checkinArgs({ fatigue: Number(fatigue), pain: 1, qol: 7 }),
        '--note',
        'a long note about how the walk went, to show how text wraps on a narrow screen',
      ],
      NOW,
    );
    await must(['--date', date, 'log', '--rpe', rpe], NOW);
  }
  await must(['checkin', '--fatigue', '6', '--pain', '1', '--anxiety', '1', '--low-mood', '1', '--qol', '7'], NOW);
});

function env(): Record<string, string> {
  const e: Record<string, string> = { ...baseEnv(), REGIMEN_NOW: NOW, TERM: 'xterm-256color' };
  delete e.NO_COLOR;
  delete e.CI;
  return e;
}

async function onTerminal(cols: number, args: string[]): Promise<string> {
  const r = await execa('python3', ['-c', PTY, String(cols), process.execPath, BIN, '--no-input', '--journal', journal, ...args], {
    cwd: ROOT,
    env: env(),
    extendEnv: false,
    reject: false,
  });
  expect(r.exitCode, r.stderr).toBe(0);
  return r.stdout.replace(/\r\n/g, '\n');
}

async function piped(args: string[]): Promise<string> {
  const r = await execa(process.execPath, [BIN, '--no-input', '--journal', journal, ...args], { cwd: ROOT, env: env(), extendEnv: false, reject: false });
  expect(r.exitCode, r.stderr).toBe(0);
  return r.stdout;
}

/** The words a person reads (letters only: numbers and chart glyphs differ by design). */
const words = (text: string) => new Set(stripAnsi(text).match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? []);

describe.skipIf(!havePty).each(COMMANDS.map((c) => [c.join(' '), c]))('%s', (_name, args) => {
  let pipe: string;
  beforeAll(async () => {
    pipe = await piped(args);
  });

  it('piped: no ANSI bytes, and no line wider than 80 columns', () => {
    expect(pipe).not.toMatch(/\u001b/);
    for (const line of pipe.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it.each([60, 100])('on a %i-column terminal: coloured, fits, no word broken, the same words as piped', async (cols) => {
    const screen = await onTerminal(cols, args);
    expect(screen).toMatch(/\u001b\[\d+(;\d+)*m/);
    for (const line of stripAnsi(screen).split('\n')) expect([...line].length, line).toBeLessThanOrEqual(cols);
    // A word cut in two would show up as two fragments that the piped text does not have.
    expect([...words(screen)].sort()).toEqual([...words(pipe)].sort());
  });
});
