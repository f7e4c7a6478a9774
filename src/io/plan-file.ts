// Reading plan files: hostile-input guards, YAML with positions, and the pure
// analysis, giving diagnostics placed at file:line:col.
import { readFileSync, statSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, Finding, Severity } from '../core/diagnostics.js';
import { formatPath } from '../core/diagnostics.js';
import { analyzePlan } from '../core/plan/analyze.js';
import type { Plan } from '../core/plan/model.js';
import type { PlanInput } from '../core/plan/schema.js';

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
      else if ((c === '-' || c === '?') && line[j + 1] === ' ' && flow === 0 && /^[\s\-?]*$/.test(line.slice(i, j))) compact++;
      if (indents.length + compact + flow > limit) return { line: lineNo, col: j + 1 };
    }
  }
  return null;
}

function tooLarge(file: string, bytes: number): Diagnostic {
  return at(file, 'file-too-large', `file is ${(bytes / 1024 / 1024).toFixed(1)} MiB; plans are at most 1 MiB`);
}

function isBinary(bytes: Buffer): boolean {
  if (bytes.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

type Pos = { line: number; col: number };

/** Position of the node at `path`, or of the nearest existing parent. */
function locate(doc: Document, lc: LineCounter, finding: Finding): Pos {
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

function findForbiddenKey(doc: Document, lc: LineCounter): Pos & { key: string } | null {
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

function yamlMessage(message: string): string {
  return message.split(/ at line \d+, column \d+/)[0]!.trim();
}

/** Parse and check plan text. `file` is used only for locations. */
export function loadPlanText(file: string, bytes: Buffer): LoadedPlan {
  const fail = (d: Diagnostic): LoadedPlan => ({ file, text: '', diagnostics: [d] });
  if (bytes.length > MAX_PLAN_BYTES) return fail(tooLarge(file, bytes.length));
  if (isBinary(bytes)) return fail(at(file, 'binary-file', 'not a text file (binary or not UTF-8); plans are UTF-8 YAML'));
  const text = bytes.toString('utf8');
  const deep = nestingTooDeep(text);
  if (deep) return { ...fail(at(file, 'too-deep', `nested more than ${MAX_NESTING} levels deep`, deep.line, deep.col)), text };

  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const diagnostics = doc.errors.map((e) => {
      const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
      if (e.code === 'DUPLICATE_KEY') return at(file, 'duplicate-key', 'duplicate key: each key may appear once per mapping', pos.line, pos.col, { hint: 'remove or rename one of them' });
      if (e.code === 'RESOURCE_EXHAUSTION') return at(file, 'too-deep', 'document is too deeply nested', pos.line, pos.col);
      return at(file, 'yaml-syntax', `YAML syntax: ${yamlMessage(e.message)}`, pos.line, pos.col);
    });
    return { file, text, diagnostics };
  }
  if (doc.contents === null) return { ...fail(at(file, 'empty-file', 'the file has no plan in it', 1, 1, { hint: 'start with schema: regimen/v1' })), text };
  const forbidden = findForbiddenKey(doc, lc);
  if (forbidden) return { ...fail(at(file, 'forbidden-key', `key "${forbidden.key}" is not allowed`, forbidden.line, forbidden.col)), text };
  if (!isMap(doc.contents)) {
    const pos = lc.linePos((doc.contents as Node).range?.[0] ?? 0);
    return { ...fail(at(file, 'not-a-mapping', 'a plan is a YAML mapping (key: value lines)', pos.line, pos.col, { hint: 'start with schema: regimen/v1' })), text };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return { ...fail(at(file, 'alias-bomb', `too many alias expansions (more than ${MAX_ALIASES})`, 1, 1, { hint: 'write the values out instead of repeating anchors' })), text };
  }
  const analysis = analyzePlan(data);
  const diagnostics = analysis.findings.map((f) => {
    const pos = locate(doc, lc, f);
    return at(file, f.code, f.message, pos.line, pos.col, { hint: f.hint, path: formatPath(f.path), severity: f.severity });
  });
  diagnostics.sort((a, b) => a.line - b.line || a.col - b.col);
  return { file, text, diagnostics, plan: analysis.plan, input: analysis.input };
}

export function loadPlanFile(file: string): LoadedPlan {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    // Refuse huge files before reading them into memory.
    if (size > MAX_PLAN_BYTES) return { file, text: '', diagnostics: [tooLarge(file, size)] };
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    return { file, text: '', diagnostics: [at(file, 'unreadable-file', `cannot read plan: ${why}`)] };
  }
  return loadPlanText(file, bytes);
}
