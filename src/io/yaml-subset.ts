// A fast reader for the plain YAML that plan files are written in: block mappings and
// sequences, flow collections of scalars and flow collections, plain, quoted and block
// scalars, comments. `check` reads many files per run, always in a cold process, and
// js-yaml's character-by-character scanner was most of its time (SPEC §8: 200 files
// within 3× `node -e 0`). This reads line by line and writes the document out as JSON
// text, so that the objects are built by the engine's native JSON.parse.
//
// It is an accelerator, not a second YAML implementation: anything outside the subset
// (anchors, tags, multi-line plain scalars, tabs, CRLF, comments inside flow
// collections, quoted keys, numbers written as 0x1F or 1e3, ...) makes it give up and
// return null, and the caller parses with js-yaml. Inside the subset it gives exactly
// what js-yaml gives with CORE_SCHEMA: plain scalars are resolved by js-yaml's own null,
// bool, int and float types, in js-yaml's order. test/core/yaml-subset.test.ts compares
// the two on every plan and fixture and on thousands of mutated plans.
import jsYaml from 'js-yaml';

/** Thrown to leave the subset; caught once, in readYamlSubset. */
class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset('outside the YAML subset');
function giveUp(): never {
  throw OUTSIDE;
}

// js-yaml exports its types (index.js `types`); @types/js-yaml does not declare them.
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', jsYaml.Type> };
/** CORE_SCHEMA's implicit types, in the order js-yaml tries them. */
const IMPLICIT_TYPES = [types.null, types.bool, types.int, types.float];

/** Anything but printable ASCII and line feeds: most plans have none, and then the test below is skipped. */
const NOT_PLAIN_ASCII = /[^\n\x20-\x7e]/;
// js-yaml's own test for characters it refuses (its PATTERN_NON_PRINTABLE).
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** Plain words js-yaml reads as null or a boolean, as JSON. */
const WORD_JSON = new Map([
  ['null', 'null'],
  ['Null', 'null'],
  ['NULL', 'null'],
  ['true', 'true'],
  ['True', 'true'],
  ['TRUE', 'true'],
  ['false', 'false'],
  ['False', 'false'],
  ['FALSE', 'false'],
]);
const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_-]{0,127}):(?=[ \n])/y;
/**
 * Keys left to js-yaml: identifiers it resolves to null or a boolean (the key would not
 * stay as written), and the keys plan-file.ts refuses (`__proto__`, `constructor`,
 * `prototype`), which its careful path finds and reports.
 */
const NON_STRING_KEYS = new Set([...WORD_JSON.keys(), '__proto__', 'constructor', 'prototype']);
/** First characters of a plain scalar that YAML reserves as indicators. */
const INDICATORS = new Set(['&', '*', '!', '%', '@', '`', '?', ':', ',', ']', '}', '|', '>', "'", '"', '[', '{', '#']);
/**
 * Numbers written so that JSON reads them as the same double js-yaml's int or float
 * type makes of them (both round decimals correctly). Not "-0": js-yaml reads it as 0,
 * JSON as -0.
 */
const NUMBER = '(?:0|-?[1-9][0-9]{0,14})(?:\\.[0-9]{1,15})?';
const PLAIN_NUMBER = new RegExp(`^${NUMBER}$`);
const BLOCK_SCALAR_HEADER = /^([|>])(-?) *$/;
const AFTER_VALUE = /^(?: *| +#.*)$/;
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t' };
const MAX_DEPTH = 64;

/** Characters a JSON string must escape. */
const JSON_ESCAPED = /["\\\x00-\x1f]/;

/** A string as JSON (most need no escaping, and the quick test is cheaper than stringify). */
function jsonString(text: string): string {
  return JSON_ESCAPED.test(text) ? JSON.stringify(text) : '"' + text + '"';
}

/**
 * Without trailing spaces. YAML trims only spaces (and tabs, refused here); String#trimEnd
 * would also take U+00A0 and the like, and / +$/ is quadratic on long runs of spaces.
 */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A plain scalar as JSON, resolved exactly as js-yaml's CORE_SCHEMA resolves it. */
function plainJson(text: string): string {
  // A scalar starting with a letter is a string unless it is one of the null and
  // boolean words (js-yaml's int and float types need a digit, sign or dot first).
  const lower = text.charCodeAt(0) | 0x20;
  if (lower >= 0x61 && lower <= 0x7a && !WORD_JSON.has(text)) return jsonString(text);
  if (PLAIN_NUMBER.test(text)) return text;
  for (const type of IMPLICIT_TYPES) {
    if (!type.resolve(text)) continue;
    const value: unknown = type.construct(text);
    // Other spellings of numbers (0x1F, 1e3, .inf, 1_000) are left to js-yaml.
    if (value === null || typeof value === 'boolean') return String(value);
    giveUp();
  }
  return jsonString(text);
}

// Character loops are slow in a cold process (they run in the interpreter); scanning
// is left to the engine's regular expressions and string methods wherever it can be.
const SPACES = / */y;

/** Leading spaces, counting comment-like text as content (inside block and quoted scalars it is). */
function indentOf(line: string): number {
  SPACES.lastIndex = 0;
  SPACES.test(line);
  return SPACES.lastIndex;
}

/** The body of a double-quoted scalar up to its closing quote, on one line. */
const DOUBLE_QUOTED_BODY = /(?:[^"\\\n]|\\[^\n])*"/y;

/** Index of the closing quote of a double-quoted scalar, or -1 when the line ends first. */
function findClosingDoubleQuote(line: string, from: number): number {
  DOUBLE_QUOTED_BODY.lastIndex = from;
  return DOUBLE_QUOTED_BODY.test(line) ? DOUBLE_QUOTED_BODY.lastIndex - 1 : -1;
}

function unescapeDouble(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const escaped = SIMPLE_ESCAPES[raw[++i] ?? ''];
    if (escaped === undefined) giveUp();
    out += escaped;
  }
  return out;
}

/** A plain scalar that fills the rest of the line in block context, as JSON. */
function plainInBlock(rest: string): string {
  const c = rest[0]!;
  if (INDICATORS.has(c) || (c === '-' && (rest.length === 1 || rest[1] === ' '))) giveUp();
  const comment = rest.indexOf(' #');
  const text = trimSpaces(comment >= 0 ? rest.slice(0, comment) : rest);
  if (text.includes(': ') || text.endsWith(':')) giveUp();
  return plainJson(text);
}

/** After a `-` that starts a flow scalar: nothing, a space or a flow indicator (js-yaml refuses those). */
const DASH_ALONE = /^[\s,\]}]?$/;
/** The characters that matter when finding where a flow collection ends. */
const FLOW_SPECIAL = /[[\]{}"'#]/g;
/** A plain scalar in a flow collection, up to what ends it (or what is outside the subset). */
const FLOW_PLAIN = /[^,\]}\n:#[{"']*/y;

const FLOW_SPACE = /[ \n]*/y;

/** Spaces and line breaks between flow tokens. */
function skipFlowSpace(source: string, i: number): number {
  const c = source.charCodeAt(i);
  if (c !== 0x20 && c !== 0x0a) return i;
  FLOW_SPACE.lastIndex = i;
  FLOW_SPACE.test(source);
  return FLOW_SPACE.lastIndex;
}

/**
 * One line, in one regular expression match: indentation, a `- ` item marker, a
 * `key:`, and the value, sorted into the kinds that are quick to write as JSON (a
 * decimal number, a plain word-led scalar) and the rest. A line it does not match (one
 * holding U+2028, say) is outside the subset.
 */
const LINE = new RegExp(
  '^( *)(?:(#.*)|(-(?: +|$))?(?:([A-Za-z_][A-Za-z0-9_-]{0,127}):(?: +|$))?' +
    // The word is greedy, trailing spaces and all (trimmed after): a lazy word followed
    // by " *" backtracks quadratically on a long run of spaces.
    `(?:(${NUMBER}) *(?: #.*)?|([A-Za-z_][^:#"\\\\]*)(?: #.*)?|(#.*)?|(.+)))$`,
);
/** What follows the key or the item marker on a line. */
const enum Kind {
  Nothing,
  Number,
  Word,
  Other,
}
class Reader {
  /** The document as JSON text, written as it is read. */
  json = '';
  /** Index of the next line to read. */
  at = 0;
  /** In flow collections and quoted scalars: the index just after what was last read. */
  pos = 0;
  /**
   * Where each line's content starts; -1 for a blank or comment-only line. A compact
   * item (`- id: A`) moves its line's start past the dash, so that the mapping in it is
   * read like any other.
   */
  readonly indents: Int32Array;
  /** Width of the `- ` item marker (with the spaces after it), 0 when there is none. */
  readonly dashes: Int32Array;
  readonly keys: (string | undefined)[];
  readonly kinds: Uint8Array;
  /** The value text: the number, the word, or the rest of the line. */
  readonly values: string[];

  constructor(readonly lines: string[]) {
    const n = lines.length;
    this.indents = new Int32Array(n);
    this.dashes = new Int32Array(n);
    this.kinds = new Uint8Array(n);
    this.keys = new Array<string | undefined>(n);
    this.values = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const m = LINE.exec(lines[i]!);
      if (m === null) {
        // Left alone unless it is read as structure (it may sit inside a block scalar).
        this.indents[i] = -2;
        continue;
      }
      // Indexed, not destructured: destructuring runs the iterator protocol, slow in a cold process.
      const spaces = m[1]!;
      const dash = m[3];
      const key = m[4];
      const number = m[5];
      const word = m[6];
      const other = m[8];
      const kind = number !== undefined ? Kind.Number : word !== undefined ? Kind.Word : other !== undefined ? Kind.Other : Kind.Nothing;
      if (dash === undefined && key === undefined && kind === Kind.Nothing) {
        this.indents[i] = -1;
        continue;
      }
      this.indents[i] = spaces.length;
      this.dashes[i] = dash === undefined ? 0 : dash.length;
      this.keys[i] = key;
      this.kinds[i] = kind;
      this.values[i] = number ?? word ?? other ?? '';
    }
  }

  /** Index of the next line with content (comment and blank lines skipped), or -1. */
  nextContent(): number {
    const { indents } = this;
    while (this.at < indents.length && indents[this.at] === -1) this.at++;
    if (this.at === indents.length) return -1;
    if (indents[this.at]! < 0) giveUp();
    return this.at;
  }

  /** After a value that fits on its line: a deeper line next would continue it, which is outside the subset. */
  expectNoContinuation(parentIndent: number): void {
    const next = this.nextContent();
    if (next >= 0 && this.indents[next]! > parentIndent) giveUp();
  }

  block(indent: number, depth: number): void {
    if (depth > MAX_DEPTH) giveUp();
    if (this.dashes[this.at]) this.sequence(indent, depth);
    else this.mapping(indent, depth);
  }

  mapping(indent: number, depth: number): void {
    const names: string[] = [];
    this.json += '{';
    for (let i = this.nextContent(); i >= 0; i = this.nextContent()) {
      const lineIndent = this.indents[i]!;
      if (lineIndent < indent) break;
      const name = this.keys[i];
      if (lineIndent > indent || this.dashes[i] || name === undefined) giveUp();
      // Duplicate keys are an error js-yaml words; JSON.parse would keep the last.
      if (NON_STRING_KEYS.has(name) || names.includes(name)) giveUp();
      this.json += (names.length ? ',"' : '"') + name + '":';
      names.push(name);
      this.at = i + 1;
      this.value(i, indent, true, depth);
    }
    this.json += '}';
  }

  sequence(indent: number, depth: number): void {
    let first = true;
    this.json += '[';
    for (let i = this.nextContent(); i >= 0; i = this.nextContent()) {
      const lineIndent = this.indents[i]!;
      if (lineIndent < indent) break;
      if (lineIndent > indent) giveUp();
      const dash = this.dashes[i]!;
      if (dash === 0) break;
      if (!first) this.json += ',';
      first = false;
      if (this.keys[i] !== undefined) {
        // A compact mapping (`- id: A`): its first key sits where the dash's text starts.
        this.indents[i] = indent + dash;
        this.dashes[i] = 0;
        this.mapping(indent + dash, depth + 1);
      } else {
        this.at = i + 1;
        this.value(i, indent, false, depth);
      }
    }
    this.json += ']';
  }

  /** The value on line `i` after `key:` or `- `, or below it. */
  value(i: number, indent: number, inMapping: boolean, depth: number): void {
    const kind = this.kinds[i];
    if (kind === Kind.Number) this.json += this.values[i];
    else if (kind === Kind.Word) {
      const word = trimSpaces(this.values[i]!);
      this.json += WORD_JSON.get(word) ?? '"' + word + '"';
    } else if (kind === Kind.Other) return this.otherValue(this.values[i]!, indent);
    else return this.valueBelow(indent, inMapping, depth);
    this.expectNoContinuation(indent);
  }

  /** Nothing after `key:` or `-`: the value is the block below, or null. */
  valueBelow(indent: number, inMapping: boolean, depth: number): void {
    const next = this.nextContent();
    const nextIndent = next < 0 ? -1 : this.indents[next]!;
    if (nextIndent > indent) {
      const line = this.lines[next]!;
      const first = line.charCodeAt(nextIndent);
      if (first !== 0x5b /* [ */ && first !== 0x7b /* { */) return this.block(nextIndent, depth + 1);
      // A flow collection on a line of its own, below its key.
      this.at = next + 1;
      this.flow(line.slice(nextIndent), indent);
      this.expectNoContinuation(indent);
    } else if (inMapping && nextIndent === indent && this.dashes[next]) {
      // A mapping's value may be a sequence at the mapping's own indentation.
      this.sequence(indent, depth + 1);
    } else this.json += 'null';
  }

  /** Quoted, flow, block and other plain scalars; `rest` is the rest of the line. */
  otherValue(rest: string, indent: number): void {
    const c = rest[0]!;
    if (c === '|' || c === '>') {
      this.json += jsonString(this.blockScalar(rest, indent));
      return;
    }
    if (c === '"') this.json += jsonString(this.doubleQuoted(rest, indent));
    else if (c === "'") {
      this.json += jsonString(this.singleQuoted(rest, 0));
      this.lineEnds(rest);
    } else if (c === '[' || c === '{') this.flow(rest, indent);
    else this.json += plainInBlock(rest);
    this.expectNoContinuation(indent);
  }

  /** After a value: only spaces or a comment may follow it on its line. */
  lineEnds(line: string): void {
    if (!AFTER_VALUE.test(line.slice(this.pos))) giveUp();
  }

  /** `|`, `|-`, `>` and `>-` with every line at one indentation (no more-indented lines in `>`). */
  blockScalar(header: string, indent: number): string {
    const match = BLOCK_SCALAR_HEADER.exec(header);
    if (!match) giveUp();
    const literal = match[1] === '|';
    const { lines } = this;
    const first = this.at;
    if (first >= lines.length) giveUp();
    const contentIndent = indentOf(lines[first]!);
    // Leading blank lines and empty scalars are left to js-yaml.
    if (contentIndent === lines[first]!.length || contentIndent <= indent) giveUp();
    const content: string[] = [];
    let i = first;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) {
        if (lineIndent > contentIndent) giveUp();
        content.push('');
        continue;
      }
      if (lineIndent <= indent) break;
      if (lineIndent < contentIndent || (lineIndent > contentIndent && !literal)) giveUp();
      content.push(line.slice(contentIndent));
    }
    // A scalar that runs to the end of a file with no final newline: left to js-yaml.
    if (i === lines.length && lines[lines.length - 1] !== '') giveUp();
    this.at = i;
    while (content[content.length - 1] === '') content.pop();
    let text: string;
    if (literal) text = content.join('\n');
    else {
      text = content[0]!;
      let breaks = 0;
      for (let k = 1; k < content.length; k++) {
        if (content[k] === '') breaks++;
        else {
          text += breaks ? '\n'.repeat(breaks) : ' ';
          text += content[k];
          breaks = 0;
        }
      }
    }
    return match[2] === '-' ? text : text + '\n';
  }

  /** A double-quoted scalar in block context, on one line or folded over several. */
  doubleQuoted(rest: string, indent: number): string {
    let line = rest;
    let from = 1;
    let text = '';
    for (;;) {
      const close = findClosingDoubleQuote(line, from);
      if (close >= 0) {
        text += unescapeDouble(line.slice(from, close));
        this.pos = close + 1;
        this.lineEnds(line);
        return text;
      }
      // Folding: the line break becomes one space, edge spaces go.
      const segment = trimSpaces(line.slice(from));
      if (segment === '' || segment.endsWith('\\')) giveUp();
      text += unescapeDouble(segment) + ' ';
      line = this.continuation(indent);
      from = indentOf(line);
    }
  }

  /** The next line of a scalar or flow collection that goes on past its line: it must be more indented and not blank. */
  continuation(indent: number): string {
    const next = this.lines[this.at];
    if (next === undefined) giveUp();
    const nextIndent = indentOf(next);
    if (nextIndent <= indent || nextIndent === next.length) giveUp();
    this.at++;
    return next;
  }

  /** A single-quoted scalar starting at `from`, closed on the same line. */
  singleQuoted(line: string, from: number): string {
    let out = '';
    let i = from + 1;
    for (;;) {
      const quote = line.indexOf("'", i);
      const lineBreak = line.indexOf('\n', i);
      if (quote < 0 || (lineBreak >= 0 && lineBreak < quote)) giveUp();
      out += line.slice(i, quote);
      if (line[quote + 1] !== "'") {
        this.pos = quote + 1;
        return out;
      }
      out += "'";
      i = quote + 2;
    }
  }

  /** A flow collection, on one line or over several more indented than `indent`. */
  flow(rest: string, indent: number): void {
    let depth = 0;
    let source = rest;
    let end = -1;
    // Gather the lines up to the closing bracket. They are joined once: reading a string
    // built by repeated concatenation character by character walks its pieces each time.
    const parts: string[] = [];
    let offset = 0;
    for (let line = rest; ; ) {
      FLOW_SPECIAL.lastIndex = 0;
      for (let m = FLOW_SPECIAL.exec(line); m !== null && end < 0; m = FLOW_SPECIAL.exec(line)) {
        const c = m[0];
        const i = m.index;
        if (c === '"') {
          const close = findClosingDoubleQuote(line, i + 1);
          if (close < 0) giveUp();
          FLOW_SPECIAL.lastIndex = close + 1;
        } else if (c === "'") {
          this.singleQuoted(line, i);
          FLOW_SPECIAL.lastIndex = this.pos;
        } else if (c === '#') giveUp(); // comments inside flow collections: left to js-yaml
        else if (c === '[' || c === '{') depth++;
        else if (--depth === 0) end = offset + i + 1;
      }
      parts.push(line);
      if (end >= 0) break;
      offset += line.length + 1;
      line = this.continuation(indent);
    }
    if (parts.length > 1) source = parts.join('\n');
    this.flowCollection(source, 0, 0);
    if (this.pos !== end) giveUp();
    this.lineEnds(source);
  }

  /** `[...]` or `{...}` starting at `from` of `source` (which may span lines). Sets `pos` after it. */
  flowCollection(source: string, from: number, depth: number): void {
    if (depth > MAX_DEPTH) giveUp();
    const closer = source[from] === '[' ? ']' : '}';
    const isMap = closer === '}';
    const keys: string[] = [];
    this.json += source[from];
    let i = skipFlowSpace(source, from + 1);
    if (source[i] !== closer) {
      for (;;) {
        if (isMap) {
          FLOW_KEY.lastIndex = i;
          const match = FLOW_KEY.exec(source);
          if (!match) giveUp();
          const key = match[1]!;
          if (NON_STRING_KEYS.has(key) || keys.includes(key)) giveUp();
          keys.push(key);
          this.json += '"' + key + '":';
          i = skipFlowSpace(source, i + match[0].length);
        }
        const c = source[i];
        if (c === '[' || c === '{') this.flowCollection(source, i, depth + 1);
        else this.flowScalar(source, i);
        i = skipFlowSpace(source, this.pos);
        if (source[i] === closer) break;
        if (source[i] !== ',') giveUp();
        this.json += ',';
        i = skipFlowSpace(source, i + 1);
        // `[a, ]` and `[a,,b]` are left to js-yaml.
        if (source[i] === closer || source[i] === ',') giveUp();
      }
    }
    this.json += closer;
    this.pos = i + 1;
  }

  /** One scalar inside a flow collection, on one line. Sets `pos` after it. */
  flowScalar(source: string, from: number): void {
    const c = source[from];
    if (c === undefined) giveUp();
    if (c === "'") {
      this.json += jsonString(this.singleQuoted(source, from));
      return;
    }
    if (c === '"') {
      const close = findClosingDoubleQuote(source, from + 1);
      const lineBreak = source.indexOf('\n', from);
      if (close < 0 || (lineBreak >= 0 && lineBreak < close)) giveUp();
      this.json += jsonString(unescapeDouble(source.slice(from + 1, close)));
      this.pos = close + 1;
      return;
    }
    if (INDICATORS.has(c) || (c === '-' && DASH_ALONE.test(source[from + 1] ?? ''))) giveUp();
    FLOW_PLAIN.lastIndex = from;
    FLOW_PLAIN.test(source);
    const end = FLOW_PLAIN.lastIndex;
    const stop = source[end];
    if (stop !== undefined && stop !== ',' && stop !== ']' && stop !== '}' && stop !== '\n') giveUp();
    const text = trimSpaces(source.slice(from, end));
    // A plain scalar continued on the next line is left to js-yaml.
    const next = source[skipFlowSpace(source, end)];
    if (text === '' || (next !== ',' && next !== ']' && next !== '}')) giveUp();
    this.json += plainJson(text);
    this.pos = end;
  }
}

/**
 * The document as js-yaml (CORE_SCHEMA) would load it, when it is a mapping written in
 * the subset; null otherwise (the caller then uses js-yaml).
 */
export function readYamlSubset(text: string): Record<string, unknown> | null {
  if (NOT_PLAIN_ASCII.test(text) && (text.charCodeAt(0) === 0xfeff || text.includes('\t') || text.includes('\r') || NON_PRINTABLE.test(text))) return null;
  const reader = new Reader(text.split('\n'));
  try {
    const first = reader.nextContent();
    if (first < 0 || reader.indents[first] !== 0 || reader.dashes[first]) return null;
    reader.mapping(0, 0);
    if (reader.nextContent() >= 0) return null;
  } catch (error) {
    if (error === OUTSIDE) return null;
    throw error;
  }
  return JSON.parse(reader.json) as Record<string, unknown>;
}
