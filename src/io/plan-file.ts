// Reading plan files: hostile-input guards, YAML with positions, and the pure
// analysis, giving diagnostics placed at file:line:col.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { readYamlSubset } from './yaml-subset.js';

// Three readers, for speed (SPEC §8: `check` of 200 files ≤ 3× `node -e 0`): the quick
// subset reader (yaml-subset.ts) reads the plain YAML most plans are written in;
// js-yaml reads the rest when that is enough to prove a plan valid; the `yaml` package,
// which keeps node positions, is loaded only when there is something to point at.
const requireFromHere = createRequire(import.meta.url);
let yamlPackage: typeof import('yaml') | undefined;
const yaml = () => (yamlPackage ??= requireFromHere('yaml') as typeof import('yaml'));
import type { Diagnostic, Finding, Severity } from '../core/diagnostics.js';
import { formatPath } from '../core/diagnostics.js';
import { analyzeSchemaValid } from '../core/plan/analyze-valid.js';
import type { Plan } from '../core/plan/model.js';
import type { PlanInput } from '../core/plan/schema.js';
import { analyzePlan } from './schema-tools.js';

export const MAX_PLAN_BYTES = 1024 * 1024;
export const MAX_NESTING = 64;
const MAX_ALIASES = 100;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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

/** Nesting depth from indentation, compact `- - -` items and flow brackets, in one pass. */
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
  // Just over the limit (or a device, read only that far) would round to "1.0 MiB".
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

type Pos = { line: number; col: number };

/** Position of the node at `path`, or of the nearest existing parent. */
function locate(doc: Document, lc: LineCounter, finding: Finding): Pos {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let keyNode: Node | null = null;
  const path = finding.path;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      if (finding.atKey && i === path.length - 1) {
        keyNode = pair.key as Node;
        node = null;
        break;
      }
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      keyNode = null;
      node = node.items[segment];
    } else break;
  }
  // A scalar is shown where its value is; a collection where its key is, if it has one.
  const target = (node && isScalar(node)) || !keyNode ? (node as Node | null) : keyNode;
  const offset = target?.range?.[0] ?? keyNode?.range?.[0] ?? 0;
  return lc.linePos(offset);
}

/** Anchors, aliases and special keys go straight to the careful parser. */
const NEEDS_CAREFUL_PARSE = /(?:^|[\s[{,:-])[&*!][^\s]|<<|__proto__|constructor|prototype/;

/**
 * The fast path: the plan's data when it parses as a plain mapping without positions,
 * else null. The subset reader comes first: it gives up by itself on everything the
 * careful parser is there for (anchors, aliases, tags, merge keys, the forbidden keys).
 */
function quickParse(text: string): unknown {
  const subset = readYamlSubset(text);
  if (subset !== null) return subset;
  if (NEEDS_CAREFUL_PARSE.test(text)) return null;
  try {
    const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? data : null;
  } catch {
    return null;
  }
}

function findForbiddenKey(doc: Document, lc: LineCounter): (Pos & { key: string }) | null {
  const { isMap, isScalar, isSeq } = yaml();
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
          return { ...lc.linePos(pair.key.range?.[0] ?? 0), key: String(pair.key.value) };
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return null;
}

/** The first alias in the document, and whether its anchor is missing. */
function firstAlias(doc: Document, lc: LineCounter): (Pos & { name: string; unresolved: boolean }) | null {
  const { visit } = yaml();
  let found: (Pos & { name: string; unresolved: boolean }) | null = null;
  visit(doc, {
    Alias(_, node) {
      const unresolved = node.resolve(doc) === undefined;
      if (!found || unresolved) found = { ...lc.linePos(node.range?.[0] ?? 0), name: node.source, unresolved };
      return unresolved ? visit.BREAK : undefined;
    },
  });
  return found;
}

function yamlMessage(message: string): string {
  return message.split(/ at line \d+, column \d+/)[0]!.trim();
}

/** Parse and check plan text. `file` is used only for locations. */
export function loadPlanText(file: string, bytes: Buffer): LoadedPlan {
  const fail = (d: Diagnostic): LoadedPlan => ({ file, text: '', diagnostics: [d] });
  if (bytes.length > MAX_PLAN_BYTES) return fail(tooLarge(file, bytes.length));
  const text = textOf(bytes);
  if (text === null) return fail(at(file, 'binary-file', 'not a text file (binary or not UTF-8); plans are UTF-8 YAML'));
  // js-yaml refuses nesting past 100 levels by itself, so the nesting scan is only
  // needed before the careful parser, whose recursion is not bounded.
  const quick = quickParse(text);
  if (quick !== null) {
    const analysis = analyzeSchemaValid(quick);
    if (analysis?.findings.length === 0) return { file, text, diagnostics: [], plan: analysis.plan, input: analysis.input };
  }
  const deep = nestingTooDeep(text);
  if (deep) return { ...fail(at(file, 'too-deep', `nested more than ${MAX_NESTING} levels deep`, deep.line, deep.col)), text };

  const { LineCounter, parseDocument, isMap } = yaml();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    // Only the first syntax error: the ones after it are usually its echoes.
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    let d: Diagnostic;
    if (e.code === 'DUPLICATE_KEY') {
      const key = text.split('\n')[pos.line - 1]?.slice(pos.col - 1).match(/^[^:\s]+/)?.[0];
      d = at(file, 'duplicate-key', `duplicate key${key ? ` "${key}"` : ''}: each key may appear once per mapping`, pos.line, pos.col, { hint: 'remove or rename one of them' });
    } else if (e.code === 'RESOURCE_EXHAUSTION') d = at(file, 'too-deep', 'document is too deeply nested', pos.line, pos.col);
    else {
      const hint = e.code === 'BLOCK_AS_IMPLICIT_KEY' || /compact mappings|Implicit map keys/.test(e.message) ? 'a value that contains ": " needs quotes, e.g. note: "Pace check: easy"' : undefined;
      d = at(file, 'yaml-syntax', `YAML syntax: ${yamlMessage(e.message)}`, pos.line, pos.col, { hint });
    }
    return { file, text, diagnostics: [d] };
  }
  if (doc.contents === null) return { ...fail(at(file, 'empty-file', 'the file has no plan in it', 1, 1, { hint: 'start with schema: regimen/v1' })), text };
  const forbidden = findForbiddenKey(doc, lc);
  if (forbidden) return { ...fail(at(file, 'forbidden-key', `key "${forbidden.key}" is not allowed`, forbidden.line, forbidden.col)), text };
  if (!isMap(doc.contents)) {
    const pos = lc.linePos((doc.contents as Node).range?.[0] ?? 0);
    return { ...fail(at(file, 'not-a-mapping', 'a plan is a YAML mapping (key: value lines)', pos.line, pos.col, { hint: 'start with schema: regimen/v1' })), text };
  }
  const alias = firstAlias(doc, lc);
  if (alias?.unresolved) return { ...fail(at(file, 'yaml-syntax', `YAML syntax: alias *${alias.name} has no anchor &${alias.name} before it`, alias.line, alias.col)), text };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (!/alias/i.test((e as Error).message)) throw e;
    const pos = alias ?? { line: 1, col: 1 };
    return { ...fail(at(file, 'alias-bomb', `aliases expand too much (more than ${MAX_ALIASES} nodes)`, pos.line, pos.col, { hint: 'write the values out instead of nesting anchors' })), text };
  }
  const analysis = analyzePlan(data);
  const diagnostics = analysis.findings.map((f) => {
    const pos = locate(doc, lc, f);
    return at(file, f.code, f.message, pos.line, pos.col, { hint: f.hint, path: formatPath(f.path), severity: f.severity });
  });
  diagnostics.sort((a, b) => a.line - b.line || a.col - b.col);
  return { file, text, diagnostics, plan: analysis.plan, input: analysis.input };
}

/** One buffer for every file of a run, one byte longer than a plan may be. */
let readBuffer: Buffer | undefined;

/**
 * The file's first MAX_PLAN_BYTES + 1 bytes: open and read, no stat first (a stat per
 * file was measurable in `check`), and never more than that into memory. The bytes
 * are a view of the shared buffer: decode them before the next read.
 */
function readCapped(file: string): { bytes: Buffer; size: number } {
  const buffer = (readBuffer ??= Buffer.allocUnsafe(MAX_PLAN_BYTES + 1));
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    // Over the limit: the real size is only needed for the message (a device has none).
    const size = length > MAX_PLAN_BYTES ? Math.max(length, fstatSync(fd).size) : length;
    return { bytes: buffer.subarray(0, length), size };
  } finally {
    closeSync(fd);
  }
}

export function loadPlanFile(file: string): LoadedPlan {
  let read: { bytes: Buffer; size: number };
  try {
    read = readCapped(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    return { file, text: '', diagnostics: [at(file, 'unreadable-file', `cannot read plan: ${why}`)] };
  }
  if (read.size > MAX_PLAN_BYTES) return { file, text: '', diagnostics: [tooLarge(file, read.size)] };
  return loadPlanText(file, read.bytes);
}
