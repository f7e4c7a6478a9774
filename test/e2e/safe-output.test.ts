// SPEC §4 "Safe output": a shared plan or a journal holding terminal escapes (set the
// title: ESC ] 0 ; … BEL; clear the screen: ESC [ 2 J; a one-byte CSI, U+009B) never
// gets a control character onto stdout or stderr. The real binary, because the
// subject is the bytes the process writes; with colour off and forced on, where only
// the theme's own SGR sequences (ESC [ n m) may appear.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';

const BIN = new URL('../../bin/regimen.js', import.meta.url).pathname;
const TITLE = '\u001b]0;pwned\u0007X';
const CLEAR = '\u001b[2J';
const CSI = '\u009b2J';

// YAML double-quoted escapes: \e is ESC, \a is BEL, \x9b the one-byte CSI.
const PLAN = `schema: regimen/v1
id: hostile-names
name: "Hostile \\e[2J names"
description: "A plan \\e]0;pwned\\a with escapes"
week_template: { mon: strength, tue: strength, wed: strength, thu: strength, fri: strength, sat: strength, sun: strength }
stages:
  - id: BASE
    minutes: { strength: 20 }
sessions:
  strength:
    standard:
      - { exercise: "\\e]0;pwned\\aX", sets: 2, reps: 8, key: true }
      - { exercise: "\\e[2J", sets: 2, reps: 8, note: "clear \\x9b2J" }
`;
// Errors whose messages carry the data: an unknown key and a wrong value.
const BAD_PLAN = PLAN.replace('stages:', '"\\e[2Jcolour": blue\nstages:').replace('sets: 2, reps: 8, key', 'sets: "\\e]0;pwned\\a", reps: 8, key');
// A warning on a line with escapes: an event goal without a fallback.
const WARN_PLAN = PLAN.replace('stages:', 'goal: { kind: event, title: "\\e]0;pwned\\a race", date: 2027-04-25 }\nstages:');
// Raw control bytes in the file: a syntax error whose excerpt is that very line.
const RAW_PLAN = PLAN.replace('description: "A plan \\e]0;pwned\\a with escapes"', `description: raw ${TITLE} ${CLEAR} ${CSI}`);

/** Any control character but a newline, except (with colour) the SGR sequences the theme writes. */
function forbidden(text: string, colour: boolean): string[] {
  const rest = colour ? text.replace(/\u001b\[(1|2|22|31|32|33|36|39)m/g, '') : text;
  return [...rest.matchAll(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g)].map((m) => JSON.stringify(rest.slice(Math.max(0, m.index - 10), m.index + 10)));
}

let dir: string;
const journal = () => join(dir, 'journal.db');
const file = (name: string) => join(dir, name);

async function run(args: string[], colour: boolean, env: Record<string, string> = {}) {
  const base: NodeJS.ProcessEnv = { ...process.env, REGIMEN_NOW: '2026-11-30', REGIMEN_ACTOR: `coach ${CLEAR}${TITLE}`, ...env };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  if (colour) base.FORCE_COLOR = '1';
  const r = await execa('node', [BIN, '--journal', journal(), '--no-input', ...args], {
    reject: false,
    env: base,
    extendEnv: false,
    encoding: 'buffer',
    stdin: 'ignore',
  });
  const stdout = Buffer.from(r.stdout as Uint8Array);
  const stderr = Buffer.from(r.stderr as Uint8Array);
  return { exitCode: r.exitCode, stdout, stderr, text: stdout.toString('utf8') + stderr.toString('utf8') };
}

beforeAll(async () => {
  dir = tempDir('regimen-safe-output-');
  writeFileSync(file('plan.yaml'), PLAN);
  writeFileSync(file('bad.yaml'), BAD_PLAN);
  writeFileSync(file('warn.yaml'), WARN_PLAN);
  writeFileSync(file('raw.yaml'), RAW_PLAN);
  const setup = [
    ['init', '--plan', file('plan.yaml'), '--start', '2026-11-02', '--name', `${TITLE}Ann${CLEAR}`],
    ['log', '--date', '2026-11-23', '--exercise', `${TITLE}: 2x8@20kg`, '--note', `first line\nsecond ${CLEAR} line ${CSI}`],
    ['log', '--date', '2026-11-30', '--exercise', `${CLEAR}: 2x8@22kg`, '--note', `${TITLE}`],
  ];
  for (const args of setup) {
    const r = await run(args, false);
    expect(r.exitCode, `${args[0]}: ${r.text}`).toBe(0);
  }
});

const commands: [string, () => string[], number[]][] = [
  ['check (valid plan)', () => ['check', file('plan.yaml')], [0]],
  ['check (errors naming the data)', () => ['check', file('bad.yaml')], [1]],
  ['check (a warning)', () => ['check', file('warn.yaml')], [0]],
  ['check (raw control bytes in the file)', () => ['check', file('raw.yaml')], [1]],
  ['check --format github', () => ['check', '--format', 'github', file('bad.yaml'), file('raw.yaml')], [1]],
  ['today --plan', () => ['today', '--plan', file('plan.yaml')], [0]],
  ['today --plan (invalid plan)', () => ['today', '--plan', file('bad.yaml')], [2]],
  ['schedule --plan', () => ['schedule', '--plan', file('plan.yaml'), '--weeks', '1'], [0]],
  ['athlete list', () => ['athlete', 'list'], [0]],
  ['history --compare', () => ['history', '--compare'], [0]],
  ['history', () => ['history'], [0]],
  ['audit', () => ['audit'], [0]],
  ['today', () => ['today'], [0]],
  ['week', () => ['week'], [0]],
  ['an unknown option echoing control characters', () => [`--x${CLEAR}`], [2]],
];

describe.each([false, true])('no control character from data reaches the terminal (colour forced: %s)', (colour) => {
  it.each(commands)('%s', async (_, args, codes) => {
    const r = await run(args(), colour);
    expect(codes, r.text).toContain(r.exitCode);
    for (const byte of [0x1b, 0x07]) {
      if (!colour || byte !== 0x1b) expect(r.stdout.includes(byte), r.text).toBe(false);
      if (!colour || byte !== 0x1b) expect(r.stderr.includes(byte), r.text).toBe(false);
    }
    expect(forbidden(r.stdout.toString('utf8'), colour)).toEqual([]);
    expect(forbidden(r.stderr.toString('utf8'), colour)).toEqual([]);
    expect(r.text).not.toContain('\ufffd');
  });
});

describe('the data is still shown, escaped, and JSON keeps its values', () => {
  it('shows the escapes as text', async () => {
    const r = await run(['today', '--plan', file('plan.yaml')], false);
    expect(r.text).toContain('\\x1b]0;pwned\\x07X');
  });

  it('--json gives the same strings back, with no raw control character in the bytes', async () => {
    const r = await run(['--json', 'athlete', 'list'], false);
    expect(forbidden(r.stdout.toString('utf8'), false)).toEqual([]);
    expect(JSON.stringify(JSON.parse(r.stdout.toString('utf8')))).toContain('\\u001b]0;pwned\\u0007XAnn');
  });
});
