// SPEC §4 (v1.1): every command's --help ends with two or three real examples and shows
// the global options; `regimen help nosuch` is one line with a suggestion, exit 2.
import type { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/program.js';
import { regimen } from '../helpers/in-process.js';

/** Every command a person may run (the hidden `complete` is the shells' callback). */
function paths(c: Command, prefix: string[] = []): string[][] {
  return c.commands.filter((sub) => sub.name() !== 'complete').flatMap((sub) => [[...prefix, sub.name()], ...paths(sub, [...prefix, sub.name()])]);
}
const program = buildProgram(['node', 'regimen']);
const GLOBAL = ['--journal', '--athlete', '--date', '--json', '--no-color', '--no-input'];

/** --help goes through writeFd (program.ts configureOutput), captured in-process. */
async function help(args: string[]): Promise<string> {
  const r = await regimen(args, '2026-11-30');
  expect(r.exitCode).toBe(0);
  return r.stdout;
}
afterEach(() => vi.restoreAllMocks());

describe.each(paths(program).map((p) => [p.join(' '), p]))('regimen %s --help', (_name, path) => {
  it('ends with two or three examples of this command, using only flags it accepts', async () => {
    const text = await help([...path, '--help']);
    const tail = text.trimEnd().split('\n');
    const examples = tail.slice(tail.lastIndexOf('Examples:') + 1);
    expect(tail.includes('Examples:')).toBe(true);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.length).toBeLessThanOrEqual(3);
    for (const line of examples) {
      expect(line).toMatch(/^ {2}\$ .*\bregimen /);
      const words = line.replace(/^ {2}\$ /, '').split(/\s+/);
      if (line.includes('<(') || line.includes('&&')) continue; // shell around it
      // The command the example runs (a parent's examples may run its subcommands).
      let command: Command = program;
      for (const w of words) command = command.commands.find((c) => c.name() === w) ?? command;
      const accepted = new Set([...GLOBAL, ...[command, command.parent!].flatMap((c) => c.options.map((o) => o.long!))]);
      for (const flag of words.filter((w) => w.startsWith('--'))) expect(accepted.has(flag), `${flag} in "${line}"`).toBe(true);
      for (const name of path) expect(words).toContain(name);
    }
  });

  it('lists the global options', async () => {
    const text = await help([...path, '--help']);
    expect(text).toContain('Global Options:');
    for (const flag of GLOBAL) expect(text).toContain(flag);
  });
});

describe('vocabularies where they are accepted', () => {
  it.each([
    [['checkin'], ['chest_pain', 'fever', 'dizziness']],
    [
      ['event', 'add'],
      ['treatment_change', 'illness', 'travel', 'injury:SITE'],
    ],
    [['log'], ['completed', 'adapted', 'skipped', 'rest']],
  ])('%s --help names them', async (path, words) => {
    const text = await help([...path, '--help']);
    for (const w of words) expect(text).toContain(w);
  });
});

describe('regimen help', () => {
  it('help nosuch: one line, exit 2', async () => {
    const r = await regimen(['help', 'nosuch'], '2026-11-30');
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown command "nosuch"');
  });
  it('help chekin suggests checkin; help athlete lst suggests athlete list', async () => {
    expect((await regimen(['help', 'chekin'], '2026-11-30')).stderr).toContain('did you mean `regimen checkin`');
    expect((await regimen(['help', 'athlete', 'lst'], '2026-11-30')).stderr).toContain('did you mean `regimen athlete list`');
  });
  it('help checkin prints the help of checkin', async () => {
    expect(await help(['help', 'checkin'])).toContain('Usage: regimen checkin');
  });
});

describe('output that is a format is never wrapped (SPEC §4 v1.1 wrapping is for text people read)', () => {
  it('check keeps file:line:col lines and the caret excerpt whole', async () => {
    const r = await regimen(['check', 'fixtures/plans/invalid/unknown-key.yaml', '--format', 'github'], '2026-11-30');
    const [annotation] = r.stdout.split('\n');
    expect(annotation).toMatch(/^::error file=.*\[unknown-key\]$/); // one line, longer than 80
    expect(annotation!.length).toBeGreaterThan(80);
  });
});
