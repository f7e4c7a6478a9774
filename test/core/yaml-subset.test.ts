// src/io/yaml-subset.ts against js-yaml, the reader it stands in for. Its contract: it
// may give up (null) on anything, but whatever it returns must be exactly what
// `jsYaml.load(text, { schema: CORE_SCHEMA })` returns (values, types, key order,
// prototypes), on a text js-yaml accepts; and it never throws. So every test here is
// differential: real plans and fixtures, generated plans, a seeded mutation fuzzer, and
// a table of tricky spots. A fuzz failure is reported shrunk to a minimal text.
import { describe, expect, it } from 'vitest';
import { readYamlSubset } from '../../src/io/yaml-subset.js';
import { differenceFrom, generatedPlanTexts, loadCore, mulberry32, readText, shippedPlanFiles, yamlFilesUnder, type NamedText, type Rng } from '../helpers/differential.js';

/** What the reader did with one text: whether it returned a value, and how it broke its contract (null: it did not). */
interface Verdict {
  read: boolean;
  problem: string | null;
}

function judge(text: string): Verdict {
  let ours: unknown;
  try {
    ours = readYamlSubset(text);
  } catch (error) {
    return { read: false, problem: `readYamlSubset threw: ${(error as Error).message}` };
  }
  if (ours === null) return { read: false, problem: null };
  const reference = loadCore(text);
  if (!reference.ok) return { read: true, problem: `read a text js-yaml refuses (${reference.error})` };
  const difference = differenceFrom(ours, reference.value);
  return { read: true, problem: difference && `differs from js-yaml at ${difference}` };
}

/** Everything outside printable ASCII escaped: NBSP, U+2028, a BOM and the like are invisible otherwise. */
const escaped = (text: string): string => text.replace(/[^\x20-\x7e\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** A text for a message: JSON, escaped. */
const visible = (text: string): string => escaped(JSON.stringify(text));

/** The kind of a problem, for shrinking (the shrunk text must fail the same way). */
const kindOf = (problem: string): string => problem.slice(0, 12);
/** A problem with its details (positions, paths, values) blanked out, to group fuzz failures. */
const signatureOf = (problem: string): string =>
  problem
    .replace(/"(?:[^"\\]|\\.)*"/g, 'S')
    .replace(/\$[^:]*:/g, 'P:')
    .replace(/\d+/g, 'N');

/** Shrinks a failing text, line by line and then character by character, keeping its kind of failure. */
function shrink(text: string, kind: string): string {
  const fails = (t: string): boolean => {
    const { problem } = judge(t);
    return problem !== null && kindOf(problem) === kind;
  };
  let units = text.split(/(?<=\n)/);
  for (const byChar of [false, true]) {
    if (byChar) {
      if (units.join('').length > 2000) break;
      units = [...units.join('')];
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = units.length - 1; i >= 0; i--) {
        const candidate = [...units.slice(0, i), ...units.slice(i + 1)];
        if (fails(candidate.join(''))) {
          units = candidate;
          changed = true;
        }
      }
    }
  }
  return units.join('');
}

// ---------------------------------------------------------------------------------------
// Real files and generated plans
// ---------------------------------------------------------------------------------------

describe('plans and fixtures', () => {
  const files = [...yamlFilesUnder('plans'), ...yamlFilesUnder('fixtures')];

  it('finds the files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s: null, or exactly what js-yaml gives', (file) => {
    expect(judge(readText(file)).problem).toBeNull();
  });

  // The reader is only worth having if it reads real plans.
  it.each(shippedPlanFiles())('reads %s', (file) => {
    expect(judge(readText(file))).toEqual({ read: true, problem: null });
  });
});

// The bench's generated plans, as written to disk: all within the subset, all read.
const GENERATED_SEEDS = [1, 7, 42, 2027, 90210];
const generated: NamedText[] = GENERATED_SEEDS.flatMap((seed) => generatedPlanTexts(seed, 60));

describe('generated plans (test/bench/plan-gen.mjs)', () => {
  it.each(GENERATED_SEEDS)('seed %i: every plan is read, exactly as js-yaml reads it', (seed) => {
    const plans = generated.filter((p) => p.name.startsWith(`seed ${seed}:`));
    expect(plans).toHaveLength(60);
    const wrong = plans.map((p) => ({ name: p.name, ...judge(p.text) })).filter((v) => !v.read || v.problem);
    expect(wrong.map((w) => `${w.name}: ${w.problem ?? 'not read'}`)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Hand-written tricky spots
// ---------------------------------------------------------------------------------------

// `read: true` where the reader's own header says the construct is in its subset (so a
// null would be a silent loss of speed); otherwise only the contract is asserted.
const TABLE: [name: string, text: string, read?: boolean][] = [
  ['folded scalar, paragraphs split by blank lines', 'text: >\n  one\n  two\n\n  three\n\n\n  four\nnext: 1\n', true],
  ['folded scalar, strip chomping', 'text: >-\n  one\n  two\n\n  three\nnext: 1\n', true],
  ['literal scalar with blank and more-indented lines', 'text: |\n  one\n\n  two\n    indented\n\nnext: 1\n', true],
  ['literal scalar, strip chomping', 'text: |-\n  one\n  two\nnext: 1\n', true],
  ['literal scalar in a sequence item', 'items:\n  - |\n    one\n    two\n  - x\n'],
  ['block scalar in a compact mapping', 'items:\n  - note: >\n      one\n      two\n    key: true\n'],
  ['block scalar at the end of the file, no final newline', 'text: |\n  one\n  two'],
  ['block scalar at the end of the file, trailing blank lines', 'text: |\n  one\n\n\n'],
  ['block scalar, keep chomping', 'text: |+\n  one\n\nnext: 1\n'],
  ['block scalar, explicit indentation', 'text: |2\n    one\n  two\n'],
  ['block scalar with a comment on its header', 'text: > # note\n  one\n'],
  ['block scalar whose lines look like keys and comments', 'text: |\n  a: b\n  # not a comment\n  - c\nnext: 1\n'],
  ['multi-line double-quoted scalar', 'title: "a long\n  title that\n    folds"\nnext: 1\n', true],
  ['multi-line double-quoted scalar with a blank line', 'title: "one\n\n  two"\n'],
  ['double-quoted escapes for quote, backslash and slash', 'a: "q\\"uote \\\\ back \\/ slash"\n', true],
  ['double-quoted escapes for a line break and a tab', 'b: "line\\nbreak"\nc: "tab\\there"\n'],
  ['double-quoted escapes by code point', 'd: "\\x41\\u00e9\\U0001F600"\n'],
  ['single-quoted with doubled quotes', "a: 'it''s # not a comment'\nb: ''\n"],
  ['`key:` followed by a sequence at the same indentation', 'list:\n- a\n- b\nnext: 1\n', true],
  ['same-indentation sequence of compact mappings', 'list:\n- id: A\n  n: 1\n- id: B\nnext: 1\n', true],
  ['compact nested sequence `- - a`', 'm:\n  - - a\n    - b\n  - - c\n'],
  ['flow mapping on its own line below its key', 'week:\n  {mon: strength, wed: aerobic}\nnext: 1\n', true],
  ['flow sequence over several lines', 'w: [1,\n  2,\n    3]\nnext: [\n  a, b\n  ]\n'],
  ['empty flow collections', 'a: []\nb: {}\nc: [[], {}]\nd: {e: [], f: {}}\n', true],
  ['nested flow collections, quoted items', `a: [x, [y, {z: 1}], 'q, r', "s]"]\n`, true],
  ['flow collections with trailing commas and empty items', 'a: [x, ]\nb: [x,, y]\nc: {d: 1, }\n'],
  ['flow collection with a comment inside', 'a: [x, # c\n  y]\n'],
  ['a lone dash inside a flow collection', 'a: [-]\nb: [x, -]\n'],
  ['`key:` with nothing after it', 'a:\nb: 1\nc:\n', true],
  ['`key:` with nothing after it, at the end without a newline', 'a: 1\nb:'],
  ['comment lines at odd indentation', '# top\na:\n     # deep\n  b: 1\n # shallow\n  c: 2\n   #\nd: 3 # trailing\n', true],
  ['comments after values without a space', 'a: b#c\nb: [x]#c\nc: "q"#c\n'],
  ['special scalars in a flow sequence', 'a: [~, null, Null, NULL, true, True, FALSE, yes, no, on, 0x1F, 0o17, 0b101, 1_000, 1e3, -0, -0.0, +5, .5, .inf, -.Inf, .NaN, 007, 1.0, 12345678901234567890, 2027-09-05, 10:30]\n'],
  ['special scalars as block values', ['~', 'null', 'TRUE', 'yes', '0x1F', '1e3', '-0', '-0.0', '+5', '.5', '.inf', '.NaN', '007', '1.0', '2027-09-05', '10:30', '12345678901234567890', '0.1', '-12.5'].map((v, i) => `k${i}: ${v}\n`).join('')],
  ['keys that are not plain strings', '__proto__: 1\nconstructor: 2\ntrue: 3\nnull: 4\n1: 5\n'],
  ['duplicate keys', 'a: 1\nb: 2\na: 3\n'],
  ['duplicate keys in a flow mapping', 'a: {b: 1, b: 2}\n'],
  ['anchors, aliases and tags', 'a: &x 1\nb: *x\nc: !!str 5\n'],
  ['document markers', '---\na: 1\n...\n'],
  ['unicode in values', 'a: é\nb: 😀 smile\nc: "ü"\nd: x\u2028y\n'],
  ['unicode space at the end of a value', 'a: x\u00a0\nb: 5\u00a0\nc: é\u00a0\nd: [x\u00a0]\ne: "x\u00a0\n  y"\n'],
  ['a very long line', `a: ${'x'.repeat(20000)}\nb: [${Array.from({ length: 2000 }, (_, i) => i).join(', ')}]\n`],
];

describe('tricky spots', () => {
  it.each(TABLE)('%s', (_name, text, read) => {
    const verdict = judge(text);
    expect(verdict.problem, visible(text)).toBeNull();
    if (read) expect(verdict.read, `not read: ${visible(text)}`).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------
// The mutation fuzzer
// ---------------------------------------------------------------------------------------

const FUZZ_SEED = 20271105;
const FUZZ_CASES = 8000;

/** `indentation`, `- `, `key: ` (any of them), then the value. */
const HEAD = /^( *(?:-(?= |$) *)?(?:[A-Za-z_][\w-]*:(?= |$) *)?)(.*)$/s;
const indentOf = (line: string): number => line.length - line.trimStart().length;
const insertAt = (s: string, i: number, what: string): string => s.slice(0, i) + what + s.slice(i);

const QUOTED = ['"x"', "'x'", '"a \\"b\\" c"', '"back\\\\slash"', '"new\\nline"', '"tab\\there"', '"\\x41"', '"\\u00e9"', '"\\/"', "'it''s'", '"unterminated', "'unterminated", '"a" trailing', "'a'#c", '"a"  # c', '""', "''", '"#not a comment"', '"a: b"', "'[x]'", '"x\\ "', '"\\\\"'];
const BLOCK_HEADERS = ['|', '|-', '>', '>-', '|+', '>+', '|2', '>2', '>1-', '| # c', '|  ', '>-  ', '|x'];
const BLOCK_LINES = ['one two', '  more indented', '', '   ', '# not a comment', 'key: not a key', '- not an item', 'x', 'ends with space ', '"quoted"'];
const FLOWS = ['[]', '{}', '[a, b]', '[a,b]', '[a, [b, c]]', '{a: 1, b: [2, 3]}', '{a: 1,}', '[a, ]', '[a,,b]', '[, a]', '[a b]', '[-]', '[a, -]', '[- a]', '{a: -}', '{a}', '{a:1}', '{"a": 1}', '[a: b]', '[~, null]', '[1, -0, .5]', '[a # c]', '[a, b] # c', '[a, b]#c', '[a]]', '[[a]', '{a: {b: {c: []}}}', `['a', "b"]`, `['it''s', "q\\"", "\\t"]`, '[{a: 1}, {b: 2}]', '[ a , b ]', '{ a: 1 , b: 2 }', '{a: 1, a: 2}', '{true: 1}', '{__proto__: 1}', '[a, {b: [c, {d: e}]}]', '[1, 2, 3]', '{mon: strength, wed: aerobic}', '[x\u00a0]', '[&a x, *a]', '[!!str 1]'];
const SCALARS = ['~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'FALSE', 'yes', 'no', 'on', 'off', 'y', '0x1F', '0o17', '0b101', '1_000', '1e3', '-0', '-0.0', '0.0', '+5', '.5', '5.', '.inf', '-.Inf', '.NaN', '007', '08', '1.0', '1.50', '12345678901234567890', '123456789012345', '1234567890123456', '0.123456789012345678', '2027-09-05', '10:30', '-', '- x', '?', '? x', ':', ': x', 'a: b', 'a:b', 'x #', 'x#y', '#', '!', '&', '*', '@x', '`x', '%x', '|x', '>x', '~x', 'x~', '-x', '--', '---', '...', 'a ,b', 'a]', 'a}', "it's", 'say "hi"', 'back\\slash', 'x  ', 'x\u00a0', '5\u00a0', 'é', '😀', 'x'.repeat(300)];
/** Plain values the reader should read (and read right): decimals, words with punctuation, unicode. */
const PLAIN = ['0.1', '1.25', '-12.5', '123456789012345', '0.000001', '3.141592653589793', '1.0', '100', '-3', '0', 'Band pull-apart (slow)', "it's fine", 'a, b', 'a [b]', 'x {y}', 'é word', 'ünïcödé', 'x\u2028y', '日本語', 'a:b', 'a#b', 'mail@host', 'x - y', 'x -', 'x ?', 'x |', 'x >', 'yes', 'Off', '_x', 'x  y', 'x!', 'x&y', 'x*y', 'x\'', 'Null', 'TRUE', 'false'];
const KEYS = ['__proto__', 'constructor', 'toString', 'true', 'True', 'null', '~', '1', '-1', '0x1', 'y', 'n', 'on', '"quoted"', "'q'", '? complex', 'a b', 'a-b', '_', 'é', 'k'.repeat(130), '<<', '[a]', '{a: 1}', '-a', 'a:b', 'id', 'name', 'type'];
const COMMENTS = [' # c', '# c', '#', ' #', ' # c: d', ' # [x', " # 'x", ' #\u00a0c'];
const LINES = ['---', '...', '--- # doc', '%YAML 1.2', '? a', ': b', '- a', '-', '- - a', 'a: b: c', 'a:b', '"q": 1', "'q': 1", '[a]: 1', '{a: 1}', '&x a: 1', '!!map', '<<: *a', 'key: &a v', 'ref: *a', '#', '   # c', '', '   ', `${'x'.repeat(300)}: 1`, `k: ${'v '.repeat(3000)}`, 'k: |', 'k: >-', 'k: [', 'k: {', 'k: "', 'k: \'', '- k: v', '-k: v'];
const UNICODE = ['é', '😀', '\u2028', '\u2029', '\u00a0', '\u0085', '\ufeff', '\u3000', '\u200b', '\ud83d'];
const CONTROLS = ['\x00', '\x01', '\x07', '\x0b', '\x0c', '\x1b', '\x7f', '\x9f', '\ufffe', '\udc00'];
const STRAY = [':', ': ', '#', ' #', "'", '"', '[', ']', '{', '}', ',', '-', '- ', '?', '|', '>', '!', '&', '*', '%', '@', '`', ' ', '\\', '~'];

/** One line-level mutation: `lines` is changed in place (and is never left empty). */
type Mutation = (r: Rng, lines: string[]) => void;

const lineIndex = (r: Rng, lines: string[]): number => r.int(0, lines.length - 1);

/** Replaces the value of a line (what follows its `- ` and `key: `). */
function setValue(r: Rng, lines: string[], value: string): number {
  const i = lineIndex(r, lines);
  const [, head] = HEAD.exec(lines[i]!)!;
  // A line with neither `- ` nor `key:` becomes a key line.
  lines[i] = (head!.trim() === '' ? head + 'k: ' : head!.endsWith(' ') ? head : head + ' ') + value;
  return i;
}

/** Lines below line `i`, indented `extra` spaces more than it. */
function insertBelow(lines: string[], i: number, extra: number, below: string[]): void {
  const pad = ' '.repeat(Math.max(0, indentOf(lines[i]!) + extra));
  lines.splice(i + 1, 0, ...below.map((l) => (l === '' ? '' : pad + l)));
}

/** Name, weight (how often it is picked), mutation. Those that always make the reader give up (tabs, CRLF, anchors, ...) weigh little. */
const MUTATIONS: [string, number, Mutation][] = [
  ['delete a line', 4, (r, l) => void l.splice(lineIndex(r, l), 1)],
  ['duplicate a line', 3, (r, l) => {
    const i = lineIndex(r, l);
    l.splice(i, 0, l[i]!);
  }],
  ['swap two lines', 3, (r, l) => {
    const i = lineIndex(r, l);
    const j = r.chance(0.7) ? Math.min(l.length - 1, i + 1) : lineIndex(r, l);
    [l[i], l[j]] = [l[j]!, l[i]!];
  }],
  ['re-indent a line', 3, (r, l) => {
    const i = lineIndex(r, l);
    const delta = r.pick([-2, -1, 1, 2]);
    l[i] = delta > 0 ? ' '.repeat(delta) + l[i] : l[i]!.replace(new RegExp(`^ {0,${-delta}}`), '');
  }],
  ['re-indent a run of lines', 3, (r, l) => {
    const i = lineIndex(r, l);
    const delta = r.pick([-2, 2]);
    for (let k = i; k < Math.min(l.length, i + r.int(2, 6)); k++) l[k] = delta > 0 ? '  ' + l[k] : l[k]!.replace(/^ {0,2}/, '');
  }],
  ['insert a tab', 1, (r, l) => {
    const i = lineIndex(r, l);
    l[i] = insertAt(l[i]!, r.pick([0, indentOf(l[i]!), l[i]!.length, r.int(0, l[i]!.length)]), '\t');
  }],
  ['CRLF', 1, (r, l) => {
    if (r.chance(0.5)) for (let k = 0; k < l.length - 1; k++) l[k] += '\r';
    else l[lineIndex(r, l)] += '\r';
  }],
  ['BOM', 1, (r, l) => {
    const i = r.chance(0.7) ? 0 : lineIndex(r, l);
    l[i] = '\ufeff' + l[i];
  }],
  ['comment', 5, (r, l) => {
    const i = lineIndex(r, l);
    const where = r.int(0, 3);
    if (where === 0) l.splice(i, 0, ' '.repeat(r.int(0, 8)) + r.pick(['# c', '#', '#c: d', '# - x']));
    else if (where === 1) l[i] += r.pick(COMMENTS);
    else if (where === 2) l[i] = insertAt(l[i]!, r.int(0, l[i]!.length), r.pick(COMMENTS));
    else {
      // Inside a flow collection: after `[`, `{` or `,`.
      const at = l[i]!.search(/[[{,]/);
      if (at >= 0) l[i] = insertAt(l[i]!, at + 1, r.pick([' # c', '#c', ' #']));
      else setValue(r, l, r.pick(['[a, # c', '[a # c]', '{a: 1 #c}']));
    }
  }],
  ['stray character', 3, (r, l) => {
    const i = lineIndex(r, l);
    l[i] = insertAt(l[i]!, r.int(0, l[i]!.length), r.pick(STRAY));
  }],
  ['colon in a value', 3, (r, l) => {
    const i = lineIndex(r, l);
    const [, head, value] = HEAD.exec(l[i]!)!;
    l[i] = head + insertAt(value!, r.int(0, value!.length), r.pick([':', ': ', ' :', '::']));
  }],
  ['`- ` prefix', 1, (r, l) => {
    const i = lineIndex(r, l);
    const n = indentOf(l[i]!);
    l[i] = insertAt(l[i]!, n, r.pick(['- ', '-', '-  ', '- - ']));
  }],
  ['quoted value', 5, (r, l) => void setValue(r, l, r.pick(QUOTED))],
  ['block scalar', 5, (r, l) => {
    // Sometimes at the very end, where the final newline matters.
    const i = r.chance(0.25) ? l.length - 1 : lineIndex(r, l);
    const [, head] = HEAD.exec(l[i]!)!;
    l[i] = (head!.trim() ? head!.trimEnd() + ' ' : head + 'k: ') + r.pick(BLOCK_HEADERS);
    const body = Array.from({ length: r.int(0, 5) }, () => r.pick(BLOCK_LINES));
    insertBelow(l, i, r.pick([0, 1, 2, 2, 2, 4]), r.chance(0.7) ? ['first line', ...body] : body);
  }],
  ['flow collection', 4, (r, l) => void setValue(r, l, r.pick(FLOWS))],
  ['flow collection on its own line', 3, (r, l) => {
    const i = lineIndex(r, l);
    const [, head] = HEAD.exec(l[i]!)!;
    l[i] = head!.trim() ? head!.trimEnd() : head + 'k:';
    insertBelow(l, i, r.pick([0, 1, 2, 2]), [r.pick(FLOWS)]);
  }],
  ['multi-line value', 4, (r, l) => {
    const [first, ...rest] = r.pick([['[a,', 'b]'], ['{a: 1,', 'b: 2}'], ['"one', 'two"'], ['"one ', ' two"'], ['"one\\', 'two"'], ["'one", "two'"], ['[', 'a, b', ']'], ['[a', ', b]'], ['{a:', '1}'], ['plain', 'continued'], ['"a', '', 'b"'], ['[a, # c', 'b]'], ['"a\\n', 'b"'], ['[x,', '-]']]);
    insertBelow(l, setValue(r, l, first!), r.pick([0, 1, 2, 4]), rest);
  }],
  ['special scalar', 5, (r, l) => void setValue(r, l, r.pick(SCALARS))],
  ['plain value', 6, (r, l) => void setValue(r, l, r.chance(0.7) ? r.pick(PLAIN) : `[${r.pick(PLAIN)}, ${r.pick(PLAIN)}]`)],
  ['special key', 2, (r, l) => {
    const i = lineIndex(r, l);
    l[i] = l[i]!.replace(/^( *(?:- +)?)[A-Za-z_][\w-]*:/, (_, lead: string) => `${lead}${r.pick(KEYS)}:`);
  }],
  ['duplicate key', 2, (r, l) => {
    // A key line copied to just after its next sibling (the same indentation).
    const i = lineIndex(r, l);
    const n = indentOf(l[i]!);
    const j = l.findIndex((line, k) => k > i && line.trim() !== '' && indentOf(line) <= n);
    l.splice(j < 0 ? l.length : j, 0, l[i]!.replace(/^( *)- /, '$1  '));
  }],
  ['anchor, alias or tag', 1, (r, l) => {
    const i = lineIndex(r, l);
    const [, head, value] = HEAD.exec(l[i]!)!;
    l[i] = head + r.pick(['&a ', '*a', '*a ', '!!str ', '!!int ', '! ', '!x ', '&a *a ']) + (r.chance(0.8) ? value : '');
  }],
  ['document marker or odd line', 2, (r, l) => {
    l.splice(r.int(0, l.length), 0, ' '.repeat(r.pick([0, 0, 2])) + r.pick(LINES));
  }],
  ['unicode', 2, (r, l) => {
    const i = lineIndex(r, l);
    const where = r.pick([0, indentOf(l[i]!), l[i]!.length, r.int(0, l[i]!.length)]);
    l[i] = insertAt(l[i]!, where, r.pick(UNICODE));
  }],
  ['control character', 1, (r, l) => {
    const i = lineIndex(r, l);
    l[i] = insertAt(l[i]!, r.int(0, l[i]!.length), r.pick(CONTROLS));
  }],
  ['very long line', 1, (r, l) => {
    const i = lineIndex(r, l);
    if (r.chance(0.5)) l[i] += 'x'.repeat(r.int(100, 5000));
    else l.splice(i, 0, `${' '.repeat(indentOf(l[i]!))}${'k'.repeat(r.int(100, 200))}: v`);
  }],
  ['trailing spaces', 2, (r, l) => void (l[lineIndex(r, l)] += ' '.repeat(r.int(1, 3)))],
  ['final newline', 2, (r, l) => {
    if (l[l.length - 1] === '') l.pop();
    else l.push(...(r.chance(0.5) ? [''] : ['', '']));
  }],
];

const WEIGHTED = MUTATIONS.flatMap((m) => Array<typeof m>(m[1]).fill(m));

/** A mutated text: a whole base text, or a window of its lines (dedented), with 1–3 mutations. */
function mutatedText(r: Rng, bases: NamedText[]): { text: string; how: string } {
  const base = r.pick(bases);
  let lines = base.text.split('\n');
  let how = base.name;
  if (r.chance(0.5)) {
    // Small windows make each mutation count for more; dedent so that they start at column 0.
    // Windows start at a `key:` line: one starting at an item (`- `) is a sequence, never read.
    const keyLines = lines.flatMap((l, i) => (/^ *[A-Za-z_][\w-]*:/.test(l) ? [i] : []));
    const start = keyLines.length ? r.pick(keyLines) : 0;
    lines = lines.slice(start, start + r.int(2, 20));
    // Dedented to column 0, and cut where it would climb out of the block it started in.
    const dedent = indentOf(lines[0]!);
    const out = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#') && indentOf(l) < dedent);
    if (out > 0) lines = lines.slice(0, out);
    lines = lines.map((l) => l.slice(Math.min(dedent, indentOf(l))));
    how += ` (lines ${start + 1}–${start + lines.length})`;
  }
  const names: string[] = [];
  for (let k = r.pick([1, 1, 1, 1, 1, 2, 2, 3]); k > 0; k--) {
    const [name, , mutate] = r.pick(WEIGHTED);
    mutate(r, lines);
    if (lines.length === 0) lines.push('');
    names.push(name);
  }
  return { text: lines.join('\n'), how: `${how}: ${names.join(', ')}` };
}

describe('mutation fuzzer', () => {
  it(`${FUZZ_CASES} mutated plans: never throws; whatever it reads is what js-yaml reads`, () => {
    const bases: NamedText[] = [
      ...shippedPlanFiles().map((f) => ({ name: f, text: readText(f) })),
      ...yamlFilesUnder('fixtures').map((f) => ({ name: f, text: readText(f) })),
      ...generated.filter((_, i) => i % 5 === 0),
      ...TABLE.map(([name, text]) => ({ name: `table: ${name}`, text })),
    ];
    const r = mulberry32(FUZZ_SEED);
    const failures = new Map<string, { problem: string; text: string; how: string; count: number }>();
    let read = 0;
    for (let n = 0; n < FUZZ_CASES; n++) {
      const { text, how } = mutatedText(r, bases);
      const verdict = judge(text);
      if (verdict.read) read++;
      if (verdict.problem === null) continue;
      const signature = signatureOf(verdict.problem);
      const seen = failures.get(signature);
      if (seen) seen.count++;
      else failures.set(signature, { problem: verdict.problem, text, how, count: 1 });
    }
    const report = [...failures.values()].slice(0, 10).map((f) => {
      const small = shrink(f.text, kindOf(f.problem));
      return [
        `${escaped(f.problem)} (${f.count}× in this run)`,
        `  shrunk: ${visible(small)}`,
        `          ${escaped(judge(small).problem ?? '')}`,
        `  from:   ${f.how}`,
        ...(f.text.length <= 1500 ? [`  text:   ${visible(f.text)}`] : []),
      ].join('\n');
    });
    expect(report, `readYamlSubset broke its contract on mutated texts:\n\n${report.join('\n\n')}\n`).toEqual([]);
    // The read path must really be exercised, not only the give-ups.
    expect(read / FUZZ_CASES, `${read} of ${FUZZ_CASES} mutated texts read`).toBeGreaterThan(0.2);
  });
});
