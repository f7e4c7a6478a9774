// A proposal as text (render/proposal.ts): the before/after table lines up under its
// header, and an adjustment is not titled with its own family twice.
import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '../../src/core/plan/resolve.js';
import { renderProposal } from '../../src/render/proposal.js';
import { PLAIN_THEME } from '../../src/render/theme.js';

const session = (type: PlannedSession['type'], minutes: number): PlannedSession =>
  ({ type, session: type === 'rest' ? null : type, variant: 'standard', minutes, optional: false, items: [] }) as unknown as PlannedSession;

describe('proposal text', () => {
  const text = renderProposal(
    {
      family: 'adjust',
      id: 6,
      status: 'proposed',
      kind: 'adjust',
      reasons: [],
      message: '1 change to 2 days for ana.',
      changes: [
        { date: '2026-12-07', before: session('strength', 16), after: session('rest', 0) },
        { date: '2026-12-08', before: session('rest', 0), after: session('strength', 16) },
      ],
    },
    PLAIN_THEME,
  );
  const lines = text.split('\n');

  it('is titled "Adjustment proposal #6"', () => expect(lines[0]).toBe('Adjustment proposal #6'));

  it('puts "before" and "after" over the cells they name', () => {
    const head = lines[1]!;
    for (const row of lines.slice(2, 4)) {
      expect(row.indexOf('→') + 2).toBe(head.indexOf('after'));
      expect(row.slice(head.indexOf('before'))).toMatch(/^(strength|rest)/);
    }
  });
});
