// Reading plan files: hostile-input guards, then one reader of values (js-yaml), the
// pure analysis, and diagnostics placed at file:line:col by plan-positions.ts.
//
// SPEC §8 "One reading of a plan": js-yaml alone gives a plan's values and decides
// whether its YAML is acceptable; the `yaml` package (plan-positions.ts) is asked only
// where a problem is, after the verdict. So `sets: 0b11` is 3 whatever else the file
// holds. Valid plans, most plans, never load `yaml` or zod.
import { closeSync, readSync } from 'node:fs';
import jsYaml from 'js-yaml';
import type { Diagnostic, Finding, Severity } from '../core/diagnostics.js';
import { formatPath } from '../core/diagnostics.js';
import { analyzeSchemaValid } from '../core/plan/analyze-valid.js';
import { guardPlanData } from '../core/plan/data-guards.js';
import type { Plan } from '../core/plan/model.js';
import type { PlanInput } from '../core/plan/schema.js';
import { PlanPositions, type Pos } from './plan-positions.js';
import { NotRegularFileError, openRegularFile } from './regular-file.js';
import { analyzePlan } from './schema-tools.js';

export const MAX_PLAN_BYTES = 1024 * 1024;
export const MAX_NESTING = 64;

export interface LoadedPlan {
  file: string;
  text: string;
  diagnostics: Diagnostic[];
  plan?: Plan;
  input?: PlanInput;
}

function at(file: string, code: string, message: string, line = 1, col = 1, extra: { hint?: string; path?: string; severity?: Severity } = {}): Diagnostic {
  return { code, severity: extra.severity ?? 'error', message, file, line, col, path: extra.path ?? '', ...(extra.hint ? { hint: extra.hint } : {}) };
}

/**
 * Nesting depth from indentation, compact `- - -` items and flow brackets, in one pass.
 * js-yaml bounds its own depth (MAX_NESTING decides the verdict); this scan guards the
 * `yaml` package, whose recursion is unbounded, before it words a syntax error.
 */
export function nestingTooDeep(text: string, limit = MAX_NESTING): { line: number; col: number } | null {
  const indents: number[] = [];
  let flow = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    let i = 0;
    while (line[i] === ' ') i++;
    if (i === line.length || line[i] === '#') continue;
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1]! >= i) indents.pop();
      indents.push(i);
    }
    let compact = 0;
    let quote: string | null = null;
    // Whether the line so far holds only item markers (`- - -`): a test of the whole
    // prefix at every dash would be quadratic on a long line of them.
    let onlyMarkers = true;
    for (let j = i; j < line.length; j++) {
      const c = line[j]!;
      if (quote) {
        if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (j === 0 || line[j - 1] === ' ')) break;
      else if (c === '[' || c === '{') flow++;
      else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
      else if ((c === '-' || c === '?') && line[j + 1] === ' ' && flow === 0 && onlyMarkers) compact++;
      if (c !== '-' && c !== '?' && c !== ' ') onlyMarkers = false;
      if (indents.length + compact + flow > limit) return { line: lineNo, col: j + 1 };
    }
  }
  return null;
}

function tooLarge(file: string, bytes: number): Diagnostic {
  const mib = bytes / 1024 / 1024;
  // Just over the limit would round to "1.0 MiB".
  return at(file, 'file-too-large', `file is ${mib < 1.05 ? 'over 1' : mib.toFixed(1)} MiB; plans are at most 1 MiB`);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or null when it is binary (a NUL byte) or not valid UTF-8. */
function textOf(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Values (keys, items, scalars) a plan may have. The largest shipped plan has about 850;
 * past this, the later steps (the schema's findings, the `yaml` package's positions, one
 * diagnostic per problem) cost more than the second of CPU a plan file may take (SPEC §8:
 * a 100,000-key mapping took 26 s). js-yaml stops reading at the limit.
 */
export const MAX_NODES = 10_000;

class TooManyNodes extends Error {
  constructor(readonly pos: Pos) {
    super('too many nodes');
  }
}

type Read = { ok: true; data: unknown } | { ok: false; error: jsYaml.YAMLException } | { ok: false; tooMany: Pos };

function readValues(text: string): Read {
  let nodes = 0;
  const listener = (event: string, state: jsYaml.State): void => {
    if (event === 'open' && ++nodes > MAX_NODES) throw new TooManyNodes({ line: state.line + 1, col: state.position - state.lineStart + 1 });
  };
  try {
    // The core schema (no timestamps, no merge keys), nesting bounded.
    return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, maxDepth: MAX_NESTING, listener } as jsYaml.LoadOptions) };
  } catch (e) {
    if (e instanceof TooManyNodes) return { ok: false, tooMany: e.pos };
    if (e instanceof jsYaml.YAMLException) return { ok: false, error: e };
    throw e;
  }
}

/** Text up to this size has its syntax errors worded by `yaml` (the largest shipped plan is 12 KB). */
const MAX_WORDED_BYTES = 128 * 1024;

/** js-yaml refused the text: say why and where (worded by `yaml` when it sees the problem too). */
function syntaxDiagnostic(file: string, text: string, error: jsYaml.YAMLException): Diagnostic {
  const mark: Pos = { line: (error.mark?.line ?? 0) + 1, col: (error.mark?.column ?? 0) + 1 };
  const reason = error.reason ?? error.message;
  if (/^duplicated mapping key/.test(reason)) {
    const key = text
      .split('\n')
      [mark.line - 1]?.slice(mark.col - 1)
      .match(/^[^:\s]+/)?.[0];
    return at(file, 'duplicate-key', `duplicate key${key ? ` "${key}"` : ''}: each key may appear once per mapping`, mark.line, mark.col, {
      hint: 'remove or rename one of them',
    });
  }
  if (/^nesting exceeded maxDepth/.test(reason)) return at(file, 'too-deep', `nested more than ${MAX_NESTING} levels deep`, mark.line, mark.col);
  // `yaml` words syntax errors better, but it recurses without a bound and reads a
  // large file slowly (1 s for a 1 MiB one): it is asked only about text that is
  // neither too deep nor larger than plans are (js-yaml stopped at the error, before
  // MAX_NODES could bound the rest).
  const worded = text.length > MAX_WORDED_BYTES || nestingTooDeep(text) ? null : new PlanPositions(text).syntaxError();
  if (worded) return at(file, 'yaml-syntax', `YAML syntax: ${worded.message}`, worded.pos.line, worded.pos.col, { hint: worded.hint });
  return at(file, 'yaml-syntax', `YAML syntax: ${reason}`, mark.line, mark.col);
}

/**
 * Text without an alias (`*`), an escape (`\\`, which could spell a key) or a forbidden
 * word cannot give data the guard would refuse, and most plans are such text: the walk
 * is skipped for them (it was a tenth of `check`'s time).
 */
const MAY_NEED_GUARD = /[*\\]|__proto__|constructor|prototype/;

/** Parse and check plan text. `file` is used only for locations. */
export function loadPlanText(file: string, bytes: Buffer): LoadedPlan {
  const fail = (d: Diagnostic, text = ''): LoadedPlan => ({ file, text, diagnostics: [d] });
  if (bytes.length > MAX_PLAN_BYTES) return fail(tooLarge(file, bytes.length));
  const text = textOf(bytes);
  if (text === null) return fail(at(file, 'binary-file', 'not a text file (binary or not UTF-8); plans are UTF-8 YAML'));
  const read = readValues(text);
  if (!read.ok && 'tooMany' in read) {
    const { line, col } = read.tooMany;
    return fail(
      at(
        file,
        'too-many-values',
        `more than ${MAX_NODES.toLocaleString('en')} values (keys, list items and scalars); plans have at most that many`,
        line,
        col,
        { hint: 'split it into smaller plans' },
      ),
      text,
    );
  }
  if (!read.ok) return fail(syntaxDiagnostic(file, text, read.error), text);
  const data = read.data;
  if (data === null || data === undefined)
    return fail(at(file, 'empty-file', 'the file has no plan in it', 1, 1, { hint: 'start with schema: regimen/v1' }), text);

  const guard = MAY_NEED_GUARD.test(text) ? guardPlanData(data) : null;
  if (guard) {
    const positions = new PlanPositions(text);
    const pos = guard.code === 'alias-bomb' ? (positions.firstAlias() ?? { line: 1, col: 1 }) : positions.locate(guard);
    return fail(at(file, guard.code, guard.message, pos.line, pos.col, { hint: guard.hint, path: formatPath(guard.path) }), text);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const pos = new PlanPositions(text).top();
    return fail(at(file, 'not-a-mapping', 'a plan is a YAML mapping (key: value lines)', pos.line, pos.col, { hint: 'start with schema: regimen/v1' }), text);
  }

  // The generated quick parser answers for valid plans; zod only explains problems.
  const analysis = analyzeSchemaValid(data) ?? analyzePlan(data);
  if (analysis.findings.length === 0) return { file, text, diagnostics: [], plan: analysis.plan, input: analysis.input };
  const positions = new PlanPositions(text);
  const diagnostics = analysis.findings.map((f: Finding) => {
    const pos = positions.locate(f);
    return at(file, f.code, f.message, pos.line, pos.col, { hint: f.hint, path: formatPath(f.path), severity: f.severity });
  });
  diagnostics.sort((a, b) => a.line - b.line || a.col - b.col);
  return { file, text, diagnostics, plan: analysis.plan, input: analysis.input };
}

/** One buffer for every file of a run, one byte longer than a plan may be. */
let readBuffer: Buffer | undefined;

/**
 * The file's first MAX_PLAN_BYTES + 1 bytes, and never more than that into memory; only
 * a regular file is read (regular-file.ts). The bytes are a view of the shared buffer:
 * decode them before the next read.
 */
function readCapped(file: string): { bytes: Buffer; size: number } {
  const buffer = (readBuffer ??= Buffer.allocUnsafe(MAX_PLAN_BYTES + 1));
  const { fd, stat } = openRegularFile(file);
  try {
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return { bytes: buffer.subarray(0, length), size: Math.max(length, stat.size) };
  } finally {
    closeSync(fd);
  }
}

export function loadPlanFile(file: string): LoadedPlan {
  let read: { bytes: Buffer; size: number };
  try {
    read = readCapped(file);
  } catch (e) {
    if (e instanceof NotRegularFileError) {
      return { file, text: '', diagnostics: [at(file, 'not-a-file', `cannot read plan: ${e.message}`, 1, 1, { hint: 'give the path of a .yaml file' })] };
    }
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    return { file, text: '', diagnostics: [at(file, 'unreadable-file', `cannot read plan: ${why}`)] };
  }
  if (read.size > MAX_PLAN_BYTES) return { file, text: '', diagnostics: [tooLarge(file, read.size)] };
  return loadPlanText(file, read.bytes);
}
