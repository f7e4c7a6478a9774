// SPEC §4 `log`, sequence plans: replaying positions from the record.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import type { DaySpec } from '../../src/core/plan/model.js';
import { sequencePositions } from '../../src/core/plan/sequence.js';

const days: DaySpec[] = [
  { name: 'A', type: 'strength', optional: false },
  { name: 'Rest', type: 'rest', optional: false },
  { name: 'B', type: 'strength', optional: false },
  { name: 'Mobility', type: 'mind_body', optional: true },
];
const MON = '2026-11-02';
const names = (at: (d: string) => number, n: number) => Array.from({ length: n }, (_, i) => days[at(addDays(MON, i))]!.name);

describe('sequence positions', () => {
  it.each([
    ['done days move on; a rest day moves on by itself', [{ date: MON, index: 0, status: 'completed' }, { date: addDays(MON, 2), index: 2, status: 'completed' }], 5, ['A', 'Rest', 'B', 'Mobility', 'A']],
    ['an unlogged training day waits', [], 4, ['A', 'A', 'A', 'A']],
    ['skipped moves on too', [{ date: MON, index: 0, status: 'skipped' }], 3, ['A', 'Rest', 'B']],
    ['a rest log on a training day keeps the position', [{ date: MON, index: 0, status: 'rest' }], 3, ['A', 'A', 'A']],
    ['an out-of-order day (--day 3) continues from day 4', [{ date: MON, index: 2, status: 'completed' }], 3, ['B', 'Mobility', 'A']],
  ])('%s', (_name, logs, n, expected) => {
    const today = addDays(MON, (n as number) - 1);
    expect(names(sequencePositions(days, MON, today, logs as never), n as number)).toEqual(expected);
  });

  it('projects one step a day after today, as if each day is done', () => {
    const at = sequencePositions(days, MON, MON, []);
    expect(names(at, 4)).toEqual(['A', 'Rest', 'B', 'Mobility']);
  });

  it('correcting an old log does not move today back', () => {
    const logs = [
      { date: MON, index: 0, status: 'completed' },
      { date: addDays(MON, 2), index: 2, status: 'completed' },
    ];
    const at = sequencePositions(days, MON, addDays(MON, 4), logs);
    expect(days[at(addDays(MON, 4))]!.name).toBe('A');
  });
});
