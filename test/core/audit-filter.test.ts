// SPEC §4 `audit --action PREFIX --from --to`: `--action repair` keeps repair.*.
import { describe, expect, it } from 'vitest';
import { keepEvent } from '../../src/core/audit-filter.js';

const at = (action: string, time = '2026-11-20T10:00:00.000Z') => ({ action, time });

describe('keepEvent', () => {
  it.each([
    ['a family keeps its events', at('repair.applied'), { action: 'repair' }, true],
    ['a trailing dot means the same', at('repair.applied'), { action: 'repair.' }, true],
    ['a full action keeps only itself', at('repair.proposed'), { action: 'repair.applied' }, false],
    ['parts match whole, not by letters', at('repair.applied'), { action: 'rep' }, false],
    ['another family is left out', at('adjust.applied'), { action: 'repair' }, false],
    ['--from is inclusive', at('x', '2026-11-20T23:59:00Z'), { from: '2026-11-20' }, true],
    ['before --from is left out', at('x', '2026-11-19T23:59:00Z'), { from: '2026-11-20' }, false],
    ['--to is inclusive', at('x', '2026-11-20T23:59:00Z'), { to: '2026-11-20' }, true],
    ['after --to is left out', at('x', '2026-11-21T00:00:00Z'), { to: '2026-11-20' }, false],
    ['no filter keeps everything', at('stage.changed'), {}, true],
  ])('%s', (_name, event, filter, kept) => {
    expect(keepEvent(event, filter)).toBe(kept);
  });
});
