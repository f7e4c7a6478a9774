// Scaling a strength load by a percentage, rounded to the item's increment (SPEC §4
// `adjust load`).
import type { Item } from '../plan/model.js';
import { defaultIncrement, formatLoad, parseLoad, stepIn } from '../engine/progression.js';

export function scaleLoad(item: Item, pct: number): Item {
  if (!item.load) return item;
  const load = parseLoad(item.load);
  if (!load || load.value === 0) return item;
  // The plan's increments match INCREMENT_PATTERN, so they parse; a kg increment on a lb load is converted.
  const stepValue = stepIn(load.unit, parseLoad(item.increment ?? defaultIncrement(load.unit))!);
  const value = Math.max(stepValue, Math.round((load.value * (1 + pct / 100)) / stepValue) * stepValue);
  return { ...item, load: formatLoad({ ...load, value }) };
}
