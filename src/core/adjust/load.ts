// Scaling a strength load by a percentage, rounded to the item's increment (SPEC §4
// `adjust load`).
import type { Item } from '../plan/model.js';
import { defaultIncrement, formatLoad, parseLoad } from '../engine/progression.js';

export function scaleLoad(item: Item, pct: number): Item {
  if (!item.load) return item;
  const load = parseLoad(item.load);
  if (!load || load.value === 0) return item;
  const step = parseLoad(item.increment ?? defaultIncrement(load.unit));
  const stepValue = step && step.unit === load.unit ? step.value : load.unit === 'lb' ? 5 : 2.5;
  const value = Math.max(stepValue, Math.round((load.value * (1 + pct / 100)) / stepValue) * stepValue);
  return { ...item, load: formatLoad({ ...load, value: Math.round(value * 1000) / 1000 }) };
}
