// Check-in flags as a known vocabulary (SPEC §4 checkin, §5): the stop flags and
// nothing else. A mistyped stop flag must never turn a stop day green, so a word
// that is not a stop flag is refused with a suggestion rather than stored.
//
// Which spellings are the same flag: case, surrounding space, and the separator
// between words (space, dash or underscore, repeated or not) — `Chest-Pain`,
// `chest pain` and `CHEST_PAIN` are all `chest_pain`. Those differ only in how the
// words are joined, so reading them as the flag cannot pick the wrong one. Any other
// difference (`dizzy`, `fevre`, `chestpain`) is refused with "did you mean": a guess
// is for the person to confirm, not for the tool to make on a safety question.
import { closest, editDistance } from '../suggest.js';

/** `Chest-Pain`, ` chest  pain ` → `chest_pain`. */
export function normaliseFlag(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Words people use for a stop flag that no edit distance would find. Suggestions only. */
const SYNONYMS: Record<string, string> = {
  dizzy: 'dizziness',
  lightheaded: 'dizziness',
  light_headed: 'dizziness',
  vertigo: 'dizziness',
  faint: 'dizziness',
  temperature: 'fever',
  feverish: 'fever',
  high_temperature: 'fever',
  breathlessness: 'breathless',
  short_of_breath: 'breathless',
  shortness_of_breath: 'breathless',
  breathing: 'breathless',
  bleed: 'bleeding',
  blood: 'bleeding',
  swelling: 'new_swelling',
  swollen: 'new_swelling',
  chest: 'chest_pain',
  chest_ache: 'chest_pain',
  chest_tightness: 'chest_pain',
};

/** The flag in plain words for people: `chest_pain` → "chest pain". */
export function flagWords(flag: string): string {
  return flag.replace(/_/g, ' ');
}

/** Flags whose plain words are not a noun, for sentences ("because of breathlessness"). */
const NOUNS: Record<string, string> = { breathless: 'breathlessness' };

/** The flag as a noun for a sentence: `breathless` → "breathlessness", `chest_pain` → "chest pain". */
export function flagNoun(flag: string): string {
  return NOUNS[flag] ?? flagWords(flag);
}

export type FlagParse = { ok: true; flags: string[] } | { ok: false; given: string; suggestion: string | undefined; accepted: string[] };

/** The nearest stop flag to a word that is not one, if any is plausibly meant. */
export function suggestFlag(word: string, accepted: readonly string[]): string | undefined {
  const synonym = SYNONYMS[word];
  if (synonym && accepted.includes(synonym)) return synonym;
  const byEdit = closest(word, accepted);
  if (byEdit) return byEdit;
  // Two slips in a longer word (`fevre`, `bleedign`): still worth asking about.
  if (word.length >= 5) {
    const near = accepted.find((f) => editDistance(word, f) <= 2);
    if (near) return near;
  }
  // A word that starts a flag, or a flag's first word (`dizz`, `chest`, `swell`).
  if (word.length >= 4) return accepted.find((f) => f.startsWith(word) || f.split('_').some((part) => part.length >= 4 && word.startsWith(part.slice(0, 4))));
  return undefined;
}

/** Each given flag → a stop flag of `accepted`, or the first one that is not, with a suggestion. */
export function parseFlags(given: readonly string[], accepted: readonly string[]): FlagParse {
  const known = accepted.map(normaliseFlag);
  const out: string[] = [];
  for (const raw of given) {
    const flag = normaliseFlag(raw);
    if (!known.includes(flag)) return { ok: false, given: raw, suggestion: flag ? suggestFlag(flag, known) : undefined, accepted: known };
    if (!out.includes(flag)) out.push(flag);
  }
  return { ok: true, flags: out };
}
