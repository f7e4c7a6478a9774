// Session variants (SPEC §2.1): `standard` is written; a missing `gentle` is derived
// from standard and a missing `minimal` from gentle, so every session always has
// an easier form to offer on a harder day.
import type { Variant } from './vocabulary.js';
import type { Item, SessionDef, Stage } from './model.js';

/** Fill in each item's sets: the item's own, else the stage default, else 1. */
export function withDefaultSets(items: Item[], stage: Stage | undefined, sessionIsStrength: boolean): Item[] {
  return items.map((item) => {
    if (item.sets !== undefined || !(sessionIsStrength || item.reps !== undefined)) return item;
    return { ...item, sets: stage?.sets ?? 1 };
  });
}

function scaleReps(reps: string, factor: number): string {
  const scale = (n: number) => String(Math.max(1, Math.round(n * factor)));
  const range = /^(\d+)-(\d+)$/.exec(reps);
  if (range) {
    const lo = scale(Number(range[1]));
    const hi = scale(Number(range[2]));
    return lo === hi ? lo : `${lo}-${hi}`;
  }
  return /^\d+$/.test(reps) ? scale(Number(reps)) : reps;
}

/** gentle = standard with sets −1 (≥1), reps ×0.8 (≥1), RIR +1, minutes ×0.7. */
export function deriveGentle(standard: Item[]): Item[] {
  return standard.map((item) => {
    const out: Item = { ...item };
    if (item.sets !== undefined) out.sets = Math.max(1, item.sets - 1);
    if (item.reps !== undefined) out.reps = scaleReps(item.reps, 0.8);
    if (item.rir !== undefined) out.rir = Math.min(5, item.rir + 1);
    if (item.minutes !== undefined) out.minutes = item.minutes * 0.7;
    return out;
  });
}

/** minimal = the first two items of gentle, one set each, minutes ×0.4. */
export function deriveMinimal(gentle: Item[]): Item[] {
  return gentle.slice(0, 2).map((item) => {
    const out: Item = { ...item };
    if (item.sets !== undefined) out.sets = 1;
    if (item.minutes !== undefined) out.minutes = item.minutes * 0.4;
    return out;
  });
}

/** The items of one variant of a session, with sets filled in for the stage. */
export function variantItems(session: SessionDef, variant: Variant, stage: Stage | undefined): Item[] {
  const strength = session.type === 'strength';
  const standard = withDefaultSets(session.standard, stage, strength);
  const gentle = session.gentle ? withDefaultSets(session.gentle, stage, strength) : deriveGentle(standard);
  if (variant === 'standard') return standard;
  if (variant === 'gentle') return gentle;
  return session.minimal ? withDefaultSets(session.minimal, stage, strength) : deriveMinimal(gentle);
}

/** Sum of the items' minutes, or undefined when no item has minutes. */
export function itemMinutes(items: Item[]): number | undefined {
  let total = 0;
  let any = false;
  for (const item of items) {
    if (item.minutes !== undefined) {
      total += item.minutes;
      any = true;
    }
  }
  return any ? total : undefined;
}
