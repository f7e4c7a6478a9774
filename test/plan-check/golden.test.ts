// `regimen check` on the real binary (SPEC §2.2, §4): one fixture per diagnostic code,
// each with a golden file holding the exact text output (STYLE: "one golden fixture
// per user-facing error"), plus the json and github formats and the exit codes.
//
// A golden file is the hand-checked output of, from the repository root:
//   NO_COLOR=1 node bin/regimen.js check fixtures/plans/<dir>/<code>.yaml
// After a deliberate change to a message, regenerate with
//   REGIMEN_UPDATE_GOLDEN=1 npx vitest run test/plan-check/golden.test.ts
// and read every changed golden before committing it.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { assertBuilt, diagnosticLines, fixtures, INVALID_DIR, regimen, ROOT, STACK_FRAME, WARNINGS_DIR } from './helpers.js';

const UPDATE = process.env.REGIMEN_UPDATE_GOLDEN === '1';

/**
 * Codes refused before parsing, tested on generated files in hostile.test.ts (5 MiB and
 * 10,000-deep files are not committed) and plan-limits.test.ts (FIFOs, devices, 100,000 keys).
 */
const GENERATED_CODES = ['binary-file', 'file-too-large', 'too-deep', 'not-a-file', 'too-many-values'];
/**
 * Codes no committed or generated file can produce reliably: `unreadable-file` needs a
 * path that `check` found but then could not read (permissions, which root ignores,
 * or a race), so it is left out on purpose.
 */
const UNTESTABLE_CODES = ['unreadable-file'];

const invalid = fixtures(INVALID_DIR);
const warnings = fixtures(WARNINGS_DIR);

/** Every diagnostic code named in the loader's sources, by severity. */
function codesInSources(): { errors: Set<string>; warnings: Set<string> } {
  const errors = new Set<string>();
  const warns = new Set<string>();
  const sources = [
    'src/io/plan-file.ts',
    ...readdirSync(join(ROOT, 'src/core/plan'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/core/plan/${f}`),
  ];
  for (const file of sources) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const add = (set: Set<string>, re: RegExp) => {
      for (const m of text.matchAll(re)) for (const code of m.slice(1)) if (code) set.add(code);
    };
    add(warns, /\bwarning\(\s*'([a-z]+(?:-[a-z]+)+)'/g);
    add(errors, /\b(?:error|err)\(\s*'([a-z]+(?:-[a-z]+)+)'/g);
    add(errors, /\bat\(\s*file,\s*'([a-z]+(?:-[a-z]+)+)'/g);
    add(errors, /\bcode: '([a-z]+(?:-[a-z]+)+)'/g);
    add(errors, /\? '([a-z]+(?:-[a-z]+)+)' : '([a-z]+(?:-[a-z]+)+)'/g);
  }
  for (const code of warns) errors.delete(code);
  return { errors, warnings: warns };
}

function golden(file: string): string {
  return file.replace(/\.yaml$/, '.expected.txt');
}

/** Compare stdout with the golden file (or rewrite it in update mode). */
function expectGolden(expect: ExpectStatic, stdout: string, file: string): void {
  const path = join(ROOT, golden(file));
  if (UPDATE) {
    writeFileSync(path, stdout);
    return;
  }
  expect(existsSync(path), `${golden(file)} is missing`).toBe(true);
  expect(stdout, `stdout of \`check ${file}\` differs from ${golden(file)}`).toBe(readFileSync(path, 'utf8'));
}

beforeAll(assertBuilt);

describe('fixtures cover every diagnostic code', () => {
  it('has one invalid fixture per error code and one warnings fixture per warning code', () => {
    const codes = codesInSources();
    const expectedErrors = [...codes.errors].filter((c) => !GENERATED_CODES.includes(c) && !UNTESTABLE_CODES.includes(c)).sort();
    expect(invalid.map(([code]) => code)).toEqual(expectedErrors);
    expect(warnings.map(([code]) => code)).toEqual([...codes.warnings].sort());
    for (const code of GENERATED_CODES) expect(codes.errors, `${code} is no longer a loader code`).toContain(code);
  });

  it('has a golden file beside every fixture and no golden without a fixture', () => {
    for (const dir of [INVALID_DIR, WARNINGS_DIR]) {
      const names = readdirSync(join(ROOT, dir));
      const plans = names.filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, ''));
      const goldens = names.filter((n) => n.endsWith('.expected.txt')).map((n) => n.replace(/\.expected\.txt$/, ''));
      expect(goldens.sort(), dir).toEqual(plans.sort());
    }
  });
});

describe.concurrent('invalid fixtures: exact text output, exit 1', () => {
  it.for(invalid)('%s', async ([code, file], { expect }) => {
    const run = await regimen(['check', file]);
    expectGolden(expect, run.stdout, file);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const found = diagnosticLines(run.stdout);
    expect(
      found.map((d) => `${d.severity} ${d.code}`),
      'exactly one diagnostic',
    ).toEqual([`error ${code}`]);
    // A position on line 1 would say nothing; only files without any plan node have no better place.
    if (!['empty-file', 'alias-bomb'].includes(code)) expect(found[0]!.line, 'the problem is placed past line 1').toBeGreaterThan(1);
  });
});

describe.concurrent('warnings fixtures: exact text output, exit 0, exit 1 with --strict', () => {
  it.for(warnings)('%s', async ([code, file], { expect }) => {
    const run = await regimen(['check', file]);
    expectGolden(expect, run.stdout, file);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    const found = diagnosticLines(run.stdout);
    expect(
      found.map((d) => `${d.severity} ${d.code}`),
      'exactly one diagnostic',
    ).toEqual([`warning ${code}`]);
    expect(found[0]!.line).toBeGreaterThan(1);

    const strict = await regimen(['check', '--strict', file]);
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toBe(run.stdout);
  });
});

describe.concurrent('formats and directories', () => {
  it('checks a directory: every invalid fixture is reported, exit 1', async ({ expect }) => {
    const run = await regimen(['check', INVALID_DIR]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const statuses = run.stdout.split('\n').filter((l) => /^(invalid|valid) /.test(l));
    expect(statuses).toEqual(invalid.map(([code, file]) => `invalid ${file} (1 error)`));
    const n = invalid.length;
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${n} files checked: 0 valid, ${n} errors, 0 warnings`);
    // The directory run prints each file's diagnostics exactly as the single-file run does.
    const bodies = invalid.map(([, file]) =>
      readFileSync(join(ROOT, golden(file)), 'utf8')
        .split('\n')
        .slice(0, -2)
        .join('\n'),
    );
    expect(run.stdout).toBe(`${bodies.join('\n')}\n${n} files checked: 0 valid, ${n} errors, 0 warnings\n`);
  });

  it('--format json has SPEC §4 shape with consistent counts', async ({ expect }) => {
    const run = await regimen(['check', '--format', 'json', INVALID_DIR, WARNINGS_DIR]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout) as {
      files: { file: string; valid: boolean; errors: Record<string, unknown>[]; warnings: Record<string, unknown>[] }[];
      errors: number;
      warnings: number;
    };
    expect(Object.keys(doc).sort()).toEqual(['errors', 'files', 'warnings']);
    expect(doc.files.map((f) => f.file)).toEqual([...invalid, ...warnings].map(([, file]) => file));

    const diagnosticShape = {
      line: expect.any(Number),
      col: expect.any(Number),
      path: expect.any(String),
      message: expect.any(String),
      code: expect.any(String),
    };
    let errors = 0;
    let warns = 0;
    for (const f of doc.files) {
      expect(Object.keys(f).sort()).toEqual(['errors', 'file', 'valid', 'warnings']);
      expect(f.valid, f.file).toBe(f.errors.length === 0);
      for (const d of [...f.errors, ...f.warnings]) {
        expect(d).toMatchObject(diagnosticShape);
        expect(d.line as number).toBeGreaterThanOrEqual(1);
        expect(d.col as number).toBeGreaterThanOrEqual(1);
      }
      errors += f.errors.length;
      warns += f.warnings.length;
    }
    expect(doc.errors).toBe(errors);
    expect(doc.warnings).toBe(warns);
    expect(doc.errors).toBe(invalid.length);
    expect(doc.warnings).toBe(warnings.length);

    // Each fixture gives exactly one diagnostic of its own code, at the place the text output shows.
    const byFile = new Map(doc.files.map((f) => [f.file, f]));
    for (const [code, file] of invalid) {
      const f = byFile.get(file)!;
      expect(
        f.errors.map((d) => d.code),
        file,
      ).toEqual([code]);
      expect(f.warnings, file).toEqual([]);
      const text = diagnosticLines(readFileSync(join(ROOT, golden(file)), 'utf8'))[0]!;
      expect([f.errors[0]!.line, f.errors[0]!.col], file).toEqual([text.line, text.col]);
    }
    for (const [code, file] of warnings) {
      const f = byFile.get(file)!;
      expect(f.valid, file).toBe(true);
      expect(
        f.warnings.map((d) => d.code),
        file,
      ).toEqual([code]);
    }
  });

  it('--format github prints one workflow annotation per diagnostic', async ({ expect }) => {
    const run = await regimen(['check', '--format', 'github', INVALID_DIR, WARNINGS_DIR]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const annotation = /^::(error|warning) file=([^,:]+),line=(\d+),col=(\d+)(?:,title=[^:]*)?::(.+)$/;
    const lines = run.stdout.trimEnd().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    for (const line of annotations) expect(line).toMatch(annotation);
    // Besides the annotations, only the closing summary line.
    expect(lines.length - annotations.length).toBe(1);
    const parsed = annotations.map((l) => annotation.exec(l)!);
    const errorFiles = parsed.filter((m) => m[1] === 'error').map((m) => m[2]);
    const warningFiles = parsed.filter((m) => m[1] === 'warning').map((m) => m[2]);
    expect(errorFiles).toEqual(invalid.map(([, file]) => file));
    expect(warningFiles).toEqual(warnings.map(([, file]) => file));
    for (const m of parsed) expect(m[5], 'the message names the code').toMatch(/\[[a-z0-9-]+\]$/);
  });

  it('checks plans/: every example plan is valid, exit 0', async ({ expect }) => {
    const plans = readdirSync(join(ROOT, 'plans'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/i.test(f) && !f.split('/').some((part) => part.startsWith('.')))
      .map((f) => `plans/${f}`)
      .sort();
    expect(plans.length).toBeGreaterThan(0);
    const run = await regimen(['check', 'plans/']);
    expect(run.stdout + run.stderr, 'every example plan passes').not.toMatch(/^invalid /m);
    expect(run.exitCode).toBe(0);
    const listed = run.stdout
      .split('\n')
      .filter((l) => /^valid\s/.test(l))
      .map((l) => l.replace(/^valid\s+/, '').replace(/ \(.*\)$/, ''))
      .sort();
    expect(listed).toEqual(plans);
    expect(run.stdout).toContain(`${plans.length} file${plans.length === 1 ? '' : 's'} checked: ${plans.length} valid, 0 errors`);
  });

  it('no path: checks plans/ (the default), exit 0, every example plan listed', async ({ expect }) => {
    const plans = readdirSync(join(ROOT, 'plans'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `plans/${f}`)
      .sort();
    expect(plans.length).toBeGreaterThan(0);
    const run = await regimen(['check', '--json'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      files: { file: string; valid: boolean; errors: unknown[]; warnings: unknown[] }[];
      errors: number;
      warnings: number;
    };
    expect(Object.keys(doc).sort()).toEqual(['errors', 'files', 'warnings']);
    for (const f of doc.files) {
      expect(Object.keys(f).sort()).toEqual(['errors', 'file', 'valid', 'warnings']);
      expect(f, f.file).toMatchObject({ valid: true, errors: [] });
    }
    expect(doc.files.map((f) => f.file).sort()).toEqual(plans);
    expect(doc.errors).toBe(0);
    // The text report without a path is the report of `check plans/`.
    const bare = await regimen(['check'], { cwd: ROOT });
    const explicit = await regimen(['check', 'plans/'], { cwd: ROOT });
    expect(bare.exitCode).toBe(0);
    expect(bare.stdout).toBe(explicit.stdout);
  });

  it('a directory is searched for *.yml as well as *.yaml; other files are left alone', async ({ expect }) => {
    const dir = tempDir('regimen-check-yml-');
    copyFileSync(join(ROOT, 'plans', 'gentle-foundations.yaml'), join(dir, 'a-plan.yml'));
    copyFileSync(join(ROOT, 'plans', 'couch-to-5k.yaml'), join(dir, 'b-plan.yaml'));
    // An invalid *.yml: it must be read and reported, not only listed.
    copyFileSync(join(ROOT, INVALID_DIR, 'unknown-key.yaml'), join(dir, 'c-broken.yml'));
    writeFileSync(join(dir, 'notes.txt'), 'not a plan: {{{');
    writeFileSync(join(dir, 'plan.yml.bak'), 'not a plan: {{{');
    const run = await regimen(['check', '--format', 'json', dir]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const doc = JSON.parse(run.stdout) as { files: { file: string; valid: boolean; errors: { code: string }[] }[]; errors: number };
    expect(doc.files.map((f) => f.file.slice(dir.length + 1)).sort()).toEqual(['a-plan.yml', 'b-plan.yaml', 'c-broken.yml']);
    const byName = new Map(doc.files.map((f) => [f.file.slice(dir.length + 1), f]));
    expect(byName.get('a-plan.yml')!.valid).toBe(true);
    expect(byName.get('b-plan.yaml')!.valid).toBe(true);
    expect(byName.get('c-broken.yml')!.valid).toBe(false);
    expect(byName.get('c-broken.yml')!.errors.map((e) => e.code)).toEqual(['unknown-key']);
    expect(doc.errors).toBe(1);
  });

  it('--json prints the same document as --format json, with the same exit code', async ({ expect }) => {
    for (const paths of [[INVALID_DIR, WARNINGS_DIR], ['plans/']]) {
      const viaFormat = await regimen(['check', '--format', 'json', ...paths]);
      const viaJson = await regimen(['check', '--json', ...paths]);
      expect(viaJson.stderr, paths.join(' ')).toBe('');
      expect(viaJson.exitCode, paths.join(' ')).toBe(viaFormat.exitCode);
      expect(JSON.parse(viaJson.stdout), paths.join(' ')).toEqual(JSON.parse(viaFormat.stdout));
      expect(viaJson.stdout, paths.join(' ')).toBe(viaFormat.stdout);
    }
  });

  it('a path that does not exist: exit 2, a one-line message on stderr, no stack trace', async ({ expect }) => {
    const run = await regimen(['check', 'fixtures/plans/no-such-plan.yaml']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    // One line: what was wrong, then (after a dash) what is accepted.
    expect(run.stderr).toBe(
      'regimen: no such file or directory: fixtures/plans/no-such-plan.yaml — give plan files or directories that contain *.yaml files\n',
    );
  });
});
