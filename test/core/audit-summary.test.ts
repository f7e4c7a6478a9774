// SPEC §4 `audit` (v1.1): each event has a one-line human summary of what changed —
// the `import.applied` event too (it said "athlete me, refused 0", nothing of what
// was added).
import { describe, expect, it } from 'vitest';
import { auditSummary } from '../../src/render/audit.js';

const imported = (over: Record<string, unknown>) => ({
  files: [{ file: '/home/ana/run.fit', kind: 'fit' }],
  athlete: 'me',
  added: { athletes: [], sessions: [] },
  already_present: [],
  skipped: [],
  replaced: [],
  refused: 0,
  ...over,
});

describe('import.applied in words', () => {
  it.each([
    ['sessions added', imported({ added: { athletes: [], sessions: ['2026-11-04', '2026-11-05'] } }), '2 sessions added for me (run.fit)'],
    ['one replaced', imported({ added: { athletes: [], sessions: ['2026-11-10'] }, replaced: ['2026-11-10'] }), '1 session added for me, 1 replaced (run.fit)'],
    ['the same file again', imported({ already_present: ['2026-11-04'] }), '1 day already logged, left as it was (run.fit)'],
    [
      'an export',
      imported({ files: [{ file: 'x.json', kind: 'json' }], athlete: null, added: { athletes: ['ana', 'ben'], sessions: [] } }),
      '2 athletes added: ana, ben (x.json)',
    ],
    ['nothing at all', imported({}), 'nothing added (run.fit)'],
  ])('%s', (_name, details, text) => expect(auditSummary('import.applied', details)).toBe(text));
});
