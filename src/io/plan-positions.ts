// Where a problem is in a plan file. The `yaml` package keeps every node's place in
// the text, so it is used here, and only here, to turn a path into file:line:col and
// to word a syntax error js-yaml has already found (SPEC §8 "One reading of a plan":
// js-yaml gives the values and decides; this never does). It is loaded only when a
// plan has something to point at.
import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { Finding } from '../core/diagnostics.js';

const requireFromHere = createRequire(import.meta.url);
let yamlPackage: typeof import('yaml') | undefined;
const yaml = () => (yamlPackage ??= requireFromHere('yaml') as typeof import('yaml'));

export type Pos = { line: number; col: number };

/** A number-like plain key (`0b11`, `1_000`, `+3`) that js-yaml reads as a number and `yaml` as text. */
const NUMBER_LIKE = /^[-+.]?[0-9]/;

/**
 * A mapping key as js-yaml spells it as a property name: plain keys that look like
 * numbers are resolved by js-yaml itself, so `0b11:` is found under "3" (js-yaml's
 * reading), not under "0b11".
 */
function keyName(key: unknown): string | null {
  const { isScalar } = yaml();
  if (!isScalar(key)) return null;
  if (key.type === 'PLAIN' && typeof key.source === 'string' && NUMBER_LIKE.test(key.source)) {
    try {
      return String(jsYaml.load(key.source, { schema: jsYaml.CORE_SCHEMA }));
    } catch {
      return key.source;
    }
  }
  return String(key.value);
}

/** The positions of one plan text: the `yaml` document, parsed once, with an index per mapping. */
export class PlanPositions {
  private readonly doc: Document;
  private readonly lc: LineCounter;
  // One index per mapping, built on first use: a search of the items for every
  // finding was quadratic (20,000 unknown keys in one mapping took 26 s).
  private readonly indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(text: string) {
    const { LineCounter, parseDocument } = yaml();
    this.lc = new LineCounter();
    // Duplicate keys are js-yaml's to find; `yaml`'s own search for them is quadratic.
    this.doc = parseDocument(text, { lineCounter: this.lc, prettyErrors: true, uniqueKeys: false });
  }

  private pairOf(map: YAMLMap, segment: string | number): Pair | undefined {
    let index = this.indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const name = keyName(pair.key);
        if (name !== null && !index.has(name)) index.set(name, pair);
      }
      this.indexes.set(map, index);
    }
    return index.get(String(segment));
  }

  /** Position of the node at the finding's path, or of the nearest existing parent. */
  locate(finding: Pick<Finding, 'path' | 'atKey'>): Pos {
    const { isMap, isScalar, isSeq, isAlias } = yaml();
    let node: unknown = this.doc.contents;
    let keyNode: Node | null = null;
    const path = finding.path;
    for (let i = 0; i < path.length; i++) {
      // A path through an alias continues in the anchored node (js-yaml shares it).
      if (isAlias(node)) node = node.resolve(this.doc) ?? node;
      const segment = path[i]!;
      if (isMap(node)) {
        const pair = this.pairOf(node, segment);
        if (!pair) break;
        keyNode = pair.key as Node;
        if (finding.atKey && i === path.length - 1) {
          node = null;
          break;
        }
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = null;
        node = node.items[segment];
      } else break;
    }
    // A scalar is shown where its value is; a collection where its key is, if it has one.
    const target = (node && (isScalar(node) || isAlias(node))) || !keyNode ? (node as Node | null) : keyNode;
    const offset = target?.range?.[0] ?? keyNode?.range?.[0] ?? 0;
    return this.lc.linePos(offset);
  }

  /** Where the document's top node starts. */
  top(): Pos {
    return this.lc.linePos((this.doc.contents as Node | null)?.range?.[0] ?? 0);
  }

  /** Where the first alias is (the place to point at when aliases expand too much). */
  firstAlias(): Pos | null {
    const { visit } = yaml();
    let found: Pos | null = null;
    visit(this.doc, {
      Alias: (_, node) => {
        found = this.lc.linePos(node.range?.[0] ?? 0);
        return visit.BREAK;
      },
    });
    return found;
  }

  /** `yaml`'s first syntax error, worded for people, if it sees one. */
  syntaxError(): { message: string; hint?: string; pos: Pos } | null {
    const e = this.doc.errors[0];
    if (!e) return null;
    const hint =
      e.code === 'BLOCK_AS_IMPLICIT_KEY' || /compact mappings|Implicit map keys/.test(e.message)
        ? 'a value that contains ": " needs quotes, e.g. note: "Pace check: easy"'
        : undefined;
    return { message: e.message.split(/ at line \d+, column \d+/)[0]!.trim(), hint, pos: e.linePos?.[0] ?? { line: 1, col: 1 } };
  }
}
