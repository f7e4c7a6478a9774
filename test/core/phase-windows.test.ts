// SPEC §4 `plan show`, §6.5: the phases' dates as the latest applied strategic repair
// laid them out; other layers leave them as the plan has them.
import { describe, expect, it } from 'vitest';
import type { PhaseWindow } from '../../src/core/plan/phases.js';
import type { Layer, StrategicLayer } from '../../src/core/schedule/layers.js';
import { effectivePhases } from '../../src/core/schedule/phase-windows.js';

const window = (id: string, index: number, start: string, end: string): PhaseWindow => ({ phase: { id } as PhaseWindow['phase'], index, start, end });
const WINDOWS = [window('base', 0, '2026-11-02', '2026-11-29'), window('build', 1, '2026-11-30', '2026-12-27'), window('taper', 2, '2026-12-28', '2027-01-10')];
const strategic = (layout: StrategicLayer['layout']): StrategicLayer => ({ kind: 'strategic', from: '2026-11-16', layout, ramp: [] });
const first = strategic([
  { phase: 'base', start: '2026-11-02', end: '2026-12-06' },
  { phase: 'build', start: '2026-12-07', end: '2026-12-27' },
]);
const second = strategic([{ phase: 'build', start: '2026-12-07', end: '2026-12-20' }]);
const pivot: Layer = { kind: 'pivot', site: 'knee', pillar: 'aerobic', from: '2026-11-10' };

describe('the phases as they stand', () => {
  it.each<[string, Layer[], [string, string, string, number, boolean][]]>([
    [
      'no layers: the plan’s windows',
      [],
      [
        ['base', '2026-11-02', '2026-11-29', 4, false],
        ['build', '2026-11-30', '2026-12-27', 4, false],
        ['taper', '2026-12-28', '2027-01-10', 2, false],
      ],
    ],
    [
      'a pivot does not move phases',
      [pivot],
      [
        ['base', '2026-11-02', '2026-11-29', 4, false],
        ['build', '2026-11-30', '2026-12-27', 4, false],
        ['taper', '2026-12-28', '2027-01-10', 2, false],
      ],
    ],
    [
      'a strategic repair: base longer, build shorter; the taper is not in its layout',
      [first, pivot],
      [
        ['base', '2026-11-02', '2026-12-06', 5, true],
        ['build', '2026-12-07', '2026-12-27', 3, true],
        ['taper', '2026-12-28', '2027-01-10', 2, false],
      ],
    ],
    [
      'the latest strategic repair holds the dates; a phase it leaves out keeps the plan’s',
      [first, second],
      [
        ['base', '2026-11-02', '2026-11-29', 4, false],
        ['build', '2026-12-07', '2026-12-20', 2, true],
        ['taper', '2026-12-28', '2027-01-10', 2, false],
      ],
    ],
    [
      'a layout entry with the plan’s own dates is not re-planned',
      [strategic([{ phase: 'base', start: '2026-11-02', end: '2026-11-29' }])],
      [
        ['base', '2026-11-02', '2026-11-29', 4, false],
        ['build', '2026-11-30', '2026-12-27', 4, false],
        ['taper', '2026-12-28', '2027-01-10', 2, false],
      ],
    ],
  ])('%s', (_n, layers, expected) => {
    expect(effectivePhases(WINDOWS, layers).map((p) => [p.window.phase.id, p.from, p.to, p.weeks, p.repaired])).toEqual(expected);
  });
});
