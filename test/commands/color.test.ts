// SPEC §4 `--no-color`: no ANSI colour with --no-color or NO_COLOR; colour only when
// stdout is a terminal unless FORCE_COLOR; never inside --json.
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../../src/render/theme.js';

describe('colorEnabled', () => {
  it.each([
    ['a terminal', {}, true, true],
    ['a pipe', {}, false, false],
    ['--no-color on a terminal', { color: false }, true, false],
    ['NO_COLOR on a terminal', { env: { NO_COLOR: '1' } }, true, false],
    ['FORCE_COLOR on a pipe', { env: { FORCE_COLOR: '1' } }, false, true],
    ['NO_COLOR beats FORCE_COLOR', { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }, false, false],
    ['FORCE_COLOR=0 turns colour off, as in supports-color', { env: { FORCE_COLOR: '0' } }, true, false],
    ['an empty FORCE_COLOR forces colour, as in supports-color', { env: { FORCE_COLOR: '' } }, false, true],
    ['empty NO_COLOR is not set', { env: { NO_COLOR: '' } }, true, true],
  ])('%s', (_name, options, tty, expected) => {
    expect(colorEnabled({ env: {}, ...options, isTTY: () => tty })).toBe(expected);
  });
});

const bin = new URL('../../bin/regimen.js', import.meta.url).pathname;
const ANSI = /\u001b\[/;
function run(args: string[], env: Record<string, string>) {
  // The test runner may set FORCE_COLOR itself: start from an environment without either.
  const base: NodeJS.ProcessEnv = { ...process.env, REGIMEN_NOW: '2026-11-23' };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  return execa('node', [bin, ...args], { reject: false, env: { ...base, ...env }, extendEnv: false });
}

describe('colour in the built CLI (stdout is a pipe here)', () => {
  it.each([
    ['plain by default on a pipe', [], {}, false],
    ['FORCE_COLOR colours it', [], { FORCE_COLOR: '1' }, true],
    ['--no-color wins over FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '1' }, false],
    ['NO_COLOR wins over FORCE_COLOR', [], { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    ['--json is never coloured', ['--json'], { FORCE_COLOR: '1' }, false],
  ])('%s', async (_name, extra, env, coloured) => {
    const r = await run(['today', '--plan', 'plans/gentle-foundations.yaml', ...extra], env);
    expect(r.exitCode).toBe(0);
    expect(ANSI.test(r.stdout)).toBe(coloured);
  });
});
