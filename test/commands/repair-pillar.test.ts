// `repair --injury SITE --pillar P` with a P the plan does not know: one clear line,
// and the accepted names listed once each (a session may share its type's name).
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GENTLE } from '../helpers/coach-journal.js';
import { regimen } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

vi.mock('../../src/io/output.js', async (original) => ({ ...(await original<object>()), ...(await import('../helpers/captured-output.js')) }));

describe('repair --pillar', () => {
  it('an unknown pillar is refused, naming each accepted one once', async () => {
    const j = ['--journal', join(tempDir('regimen-pillar-'), 'journal.db')];
    expect((await regimen([...j, 'init', '--plan', GENTLE, '--start', '2026-11-02'], '2026-11-02')).exitCode).toBe(0);
    const r = await regimen([...j, 'repair', '--injury', 'knee', '--pillar', 'resistance'], '2026-11-03');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--pillar "resistance" is not a type or a session/);
    const listed = /use one of (.*)$/m.exec(r.stderr)![1]!.split(', ');
    expect(listed).toEqual([...new Set(listed)]);
    expect(listed).toContain('strength');
  });
});
