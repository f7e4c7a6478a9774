// `regimen checkin` in a real terminal (SPEC §4 checkin, exit 130): the missing signals
// are asked for one by one, out-of-range answers are refused by the prompt, then one
// multiple-choice question about the stop flags (v1.1), and Ctrl-C anywhere leaves the
// journal as it was. `log` on a terminal asks for the session RPE (v1.1).
//
// The terminal is a pseudo-terminal from Python's `pty` module (present wherever
// python3 is; tmux is not on every CI runner). The program treats CI=true as "never
// prompt", so CI is removed from the child's environment here.
import { spawnSync } from 'node:child_process';
import { execa, type ResultPromise } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, baseEnv, BIN, Cli, plan, ROOT, snapshotJournal, stripAnsi } from './helpers.js';

beforeAll(assertBuilt);

// Run argv[1:] on a pseudo-terminal wired to our stdin/stdout; exit with its status
// (128 + N when a signal ended it, as a shell would report it).
const PTY = [
  'import os, pty, sys',
  'status = pty.spawn(sys.argv[1:])',
  'sys.exit(128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status))',
].join('\n');

const havePty = spawnSync('python3', ['-c', 'import pty, os'], { stdio: 'ignore' }).status === 0;
// Hang guards only (SPEC §8: no timeout a slow machine reaches in normal work).
const STEP_TIMEOUT = 120_000;
const NOW = '2026-11-10';

/** A program on a terminal: wait for text to appear, then type. */
class Terminal {
  private output = '';
  private cursor = 0;
  readonly child: ResultPromise;

  constructor(args: string[], env: Record<string, string>) {
    const childEnv = { ...baseEnv(), ...env, NO_COLOR: '1', TERM: 'xterm', COLUMNS: '120', LINES: '40' };
    delete (childEnv as Record<string, string | undefined>).CI; // CI=true means "never prompt"
    this.child = execa('python3', ['-c', PTY, process.execPath, BIN, ...args], {
      cwd: ROOT,
      env: childEnv,
      extendEnv: false,
      reject: false,
      stdin: 'pipe',
      timeout: 600_000,
    });
    this.child.stdout!.on('data', (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
    });
  }

  /** The screen text so far, without escape sequences. */
  get text(): string {
    return stripAnsi(this.output);
  }

  /** Wait until `pattern` appears after the previous match. */
  async waitFor(pattern: RegExp, timeout = STEP_TIMEOUT): Promise<void> {
    const started = Date.now();
    for (;;) {
      const rest = this.text.slice(this.cursor);
      const m = pattern.exec(rest);
      if (m) {
        this.cursor += m.index + m[0].length;
        return;
      }
      if (this.child.exitCode !== null || Date.now() - started > timeout) {
        throw new Error(`timed out waiting for ${pattern} on the terminal; it shows:\n${this.text}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  type(keys: string): void {
    this.child.stdin!.write(keys);
  }

  async exit(): Promise<number> {
    const result = await Promise.race([
      this.child,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the program did not exit; the terminal shows:\n${this.text}`)), STEP_TIMEOUT)),
    ]);
    this.child.stdin!.end();
    return result.exitCode ?? -1;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

const PROMPTS = {
  fatigue: /Fatigue \(0 none – 10 worst\)/,
  pain: /Pain \(0 none – 10 worst\)/,
  anxiety: /Anxiety \(0 none – 10 worst\)/,
  low_mood: /Low mood \(0 none – 10 worst\)/,
  qol: /Quality of life today \(0 worst – 10 best\)/,
  stop: /Do you have any of these today\?/,
  rpe: /Session effort, RPE 0–10 \(2 easy, 5 hard/,
};

const DOWN = '\x1b[B';

describe.skipIf(!havePty)('checkin on a terminal', () => {
  async function journal(): Promise<Cli> {
    const cli = new Cli({ now: NOW });
    await cli.json(['init', '--plan', plan('gentle-foundations.yaml'), '--start', '2026-11-02']);
    return cli;
  }
  const envOf = (cli: Cli) => ({ REGIMEN_JOURNAL: cli.journal, REGIMEN_NOW: NOW });

  it('asks the five signals and the stop flags; picking none leaves the status to the signals, and today uses it', async () => {
    const cli = await journal();
    const term = new Terminal(['checkin'], envOf(cli));
    try {
      const answers: [RegExp, string][] = [
        [PROMPTS.fatigue, '5'],
        [PROMPTS.pain, '1'],
        [PROMPTS.anxiety, '2'],
        [PROMPTS.low_mood, '0'],
        [PROMPTS.qol, '8'],
      ];
      for (const [prompt, answer] of answers) {
        await term.waitFor(prompt);
        term.type(`${answer}\r`);
      }
      // The stop flags, in plain words, none chosen: Enter picks none.
      await term.waitFor(PROMPTS.stop);
      await term.waitFor(/◯ fever[\s\S]*◯ chest pain[\s\S]*◯ dizziness[\s\S]*◯ breathless[\s\S]*◯ bleeding[\s\S]*◯ new swelling/);
      term.type('\r');
      await term.waitFor(/Checked in for 2026-11-10: amber/);
      expect(await term.exit(), term.text).toBe(0);
    } finally {
      term.kill();
    }
    const t = await cli.json(['today']);
    expect(t).toMatchObject({ date: NOW, status: 'amber', focus: ['aerobic', 'resistance'] });
    const rows = snapshotJournal(cli.journal).rows!.checkins as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ date: NOW, fatigue: 5, pain: 1, anxiety: 2, low_mood: 0, qol: 8, status: 'amber', flags: '[]' });
    expect(term.text).not.toMatch(/◉/); // nothing was ever shown as chosen
  });

  it('asks only for the signals not given, and refuses out-of-range and empty answers in the prompt', async () => {
    const cli = await journal();
    const term = new Terminal(['checkin', '--fatigue', '1', '--pain', '0', '--qol', '9'], envOf(cli));
    try {
      await term.waitFor(PROMPTS.anxiety);
      term.type('11\r');
      await term.waitFor(/between 0 and 10/);
      term.type('\x7f\x7f7\r');
      await term.waitFor(PROMPTS.low_mood);
      term.type('\r'); // nothing typed: a number is required
      await term.waitFor(/valid numeric value|required|provide/i);
      term.type('3\r');
      await term.waitFor(PROMPTS.stop);
      term.type('\r');
      await term.waitFor(/Checked in for 2026-11-10: red/);
      expect(await term.exit(), term.text).toBe(0);
    } finally {
      term.kill();
    }
    expect(term.text).not.toMatch(PROMPTS.fatigue);
    expect(term.text).not.toMatch(PROMPTS.pain);
    expect(term.text).not.toMatch(PROMPTS.qol);
    const rows = snapshotJournal(cli.journal).rows!.checkins as Record<string, unknown>[];
    expect(rows).toEqual([expect.objectContaining({ fatigue: 1, pain: 0, anxiety: 7, low_mood: 3, qol: 9, status: 'red' })]);
    expect((await cli.json(['today'])).status).toBe('red');
  });

  it('--no-input never prompts, even on a terminal: exit 2 naming the missing signals, nothing written', async () => {
    const cli = await journal();
    const before = snapshotJournal(cli.journal);
    // The same command without --no-input does ask on this terminal (then Ctrl-C).
    const control = new Terminal(['checkin', '--fatigue', '2'], envOf(cli));
    try {
      await control.waitFor(PROMPTS.pain);
      control.type('\x03');
      expect(await control.exit(), control.text).toBe(130);
    } finally {
      control.kill();
    }
    const term = new Terminal(['checkin', '--fatigue', '2', '--no-input'], envOf(cli));
    let code: number;
    try {
      code = await term.exit();
    } finally {
      term.kill();
    }
    expect(code, term.text).toBe(2);
    const lines = term.text.trim().split(/\r?\n/);
    expect(lines, term.text).toHaveLength(1);
    expect(lines[0]).toMatch(/^regimen: /);
    expect(lines[0]).toMatch(/--pain.*--anxiety.*--low-mood.*--qol/);
    expect(lines[0]).not.toMatch(/--fatigue/);
    // Already on a terminal: the way to be asked is to leave out --no-input.
    expect(lines[0]).toMatch(/leave out --no-input to be asked/);
    for (const prompt of Object.values(PROMPTS)) expect(term.text).not.toMatch(prompt);
    expect(term.text).not.toMatch(/\n\s+at |internal error/);
    const after = snapshotJournal(cli.journal);
    expect(after.rows).toEqual(before.rows);
    expect(after.bytes).toBe(before.bytes);
  });

  it('Ctrl-C in the middle exits 130 and writes nothing', async () => {
    const cli = await journal();
    const before = snapshotJournal(cli.journal);
    const term = new Terminal(['checkin', '--anxiety', '2'], envOf(cli));
    let code: number;
    try {
      await term.waitFor(PROMPTS.fatigue);
      term.type('3\r');
      await term.waitFor(PROMPTS.pain);
      term.type('\x03');
      code = await term.exit();
    } finally {
      term.kill();
    }
    expect(code, term.text).toBe(130);
    expect(term.text).toMatch(/regimen: .*cancel/i);
    expect(term.text).not.toMatch(/\n\s+at |internal error/);
    const after = snapshotJournal(cli.journal);
    expect(after.rows).toEqual(before.rows);
    expect(after.bytes).toBe(before.bytes);
    expect((await cli.json(['today'])).status).toBe('unknown');
  });
  it('picking "fever" at the stop-flag question makes the day stop, whatever the signals', async () => {
    const cli = await journal();
    const term = new Terminal(['checkin'], envOf(cli));
    try {
      for (const [prompt, answer] of [
        [PROMPTS.fatigue, '1'],
        [PROMPTS.pain, '0'],
        [PROMPTS.anxiety, '1'],
        [PROMPTS.low_mood, '0'],
        [PROMPTS.qol, '9'],
      ] as const) {
        await term.waitFor(prompt);
        term.type(`${answer}\r`);
      }
      await term.waitFor(PROMPTS.stop);
      await term.waitFor(/new swelling/);
      term.type(' '); // the cursor starts on "fever"
      await term.waitFor(/◉ fever/);
      term.type('\r');
      await term.waitFor(/Checked in for 2026-11-10: stop — because of fever\. Please contact your care team/);
      expect(await term.exit(), term.text).toBe(0);
    } finally {
      term.kill();
    }
    const rows = snapshotJournal(cli.journal).rows!.checkins as Record<string, unknown>[];
    expect(rows).toEqual([expect.objectContaining({ fatigue: 1, pain: 0, anxiety: 1, low_mood: 0, qol: 9, status: 'stop', flags: '["fever"]' })]);
    expect((await cli.json(['today'])).status).toBe('stop');
  });

  it('asks about stop flags even when every signal was given, and stores the plan name of the one picked', async () => {
    const cli = await journal();
    const term = new Terminal(['checkin', '--fatigue', '2', '--pain', '1', '--anxiety', '1', '--low-mood', '1', '--qol', '8'], envOf(cli));
    try {
      await term.waitFor(PROMPTS.stop);
      await term.waitFor(/new swelling/);
      term.type(`${DOWN} `);
      await term.waitFor(/◉ chest pain/);
      term.type('\r');
      await term.waitFor(/stop — because of chest pain/);
      expect(await term.exit(), term.text).toBe(0);
    } finally {
      term.kill();
    }
    for (const prompt of [PROMPTS.fatigue, PROMPTS.pain, PROMPTS.anxiety, PROMPTS.low_mood, PROMPTS.qol]) expect(term.text).not.toMatch(prompt);
    const rows = snapshotJournal(cli.journal).rows!.checkins as Record<string, unknown>[];
    expect(rows).toEqual([expect.objectContaining({ status: 'stop', flags: '["chest_pain"]' })]);
  });

  it('Ctrl-C at the stop-flag question exits 130 and writes nothing', async () => {
    const cli = await journal();
    const before = snapshotJournal(cli.journal);
    const term = new Terminal(['checkin', '--fatigue', '2', '--pain', '1', '--anxiety', '1', '--low-mood', '1', '--qol', '8'], envOf(cli));
    let code: number;
    try {
      await term.waitFor(PROMPTS.stop);
      term.type(' \x03');
      code = await term.exit();
    } finally {
      term.kill();
    }
    expect(code, term.text).toBe(130);
    const after = snapshotJournal(cli.journal);
    expect(after.rows).toEqual(before.rows);
    expect(after.bytes).toBe(before.bytes);
  });

  it('log asks for the session RPE when --rpe is missing; Enter skips it and the output says reviews need it', async () => {
    const cli = await journal();
    const asked = new Terminal(['log', '--date', '2026-11-09', '--exercise', 'sit to stand from a chair: 2x10 rir3'], envOf(cli));
    try {
      await asked.waitFor(PROMPTS.rpe);
      asked.type('5\r');
      await asked.waitFor(/Logged 2026-11-09: strength 15 min \(completed\), RPE 5/);
      expect(await asked.exit(), asked.text).toBe(0);
    } finally {
      asked.kill();
    }
    expect(asked.text).not.toMatch(/reviews need it/);
    const skipped = new Terminal(['log', '--date', '2026-11-06'], envOf(cli));
    try {
      await skipped.waitFor(PROMPTS.rpe);
      skipped.type('\r');
      await skipped.waitFor(/No session effort \(RPE\) was recorded: reviews need it to progress you/);
      expect(await skipped.exit(), skipped.text).toBe(0);
    } finally {
      skipped.kill();
    }
    const sessions = snapshotJournal(cli.journal).rows!.sessions as Record<string, unknown>[];
    expect(sessions.map((r) => [r.date, r.rpe])).toEqual([
      ['2026-11-09', 5],
      ['2026-11-06', null],
    ]);
    expect(JSON.parse(sessions[0]!.exercises as string)).toEqual([{ exercise: 'Sit to stand from a chair', sets: 2, reps: [10, 10], rir: 3, matched: true }]);
  });
});
