// `adjust`'s (and the proposal verbs') raw commander values → typed options, or the exact usage line.
import { describe, expect, it } from 'vitest';
import { adjustFileOptions, adjustLoadOptions, adjustOptions, adjustReplaceOptions } from '../../../src/commands/adjust.js';
import { rejectOptions } from '../../../src/commands/proposals.js';
import { outcome } from './usage.js';

const BY_HINT = 'a whole number from -50 to 20, e.g. --by -20';

describe('adjust options', () => {
  it.each([
    ['swap', adjustOptions, {}, { yes: false }],
    ['skip --yes', adjustOptions, { yes: true }, { yes: true }],
    ['--file', adjustFileOptions, { file: 'a.json', yes: true }, { file: 'a.json', yes: true }],
    [
      'no action',
      adjustFileOptions,
      {},
      { usage: 'adjust needs an action', hint: 'swap, load, replace, skip, restore, apply, reject, list, or --file ACTIONS.json' },
    ],
    ['load --by -20', adjustLoadOptions, { by: '-20' }, { by: -20, yes: false }],
    ['load --by 10%', adjustLoadOptions, { by: '10%' }, { by: 10, yes: false }],
    ['load', adjustLoadOptions, {}, { usage: 'adjust load needs --by PCT', hint: BY_HINT }],
    ['load --by 1.5', adjustLoadOptions, { by: '1.5' }, { usage: '--by "1.5" is not accepted', hint: BY_HINT }],
    ['replace', adjustReplaceOptions, { session: 'walk' }, { session: 'walk', yes: false }],
    ['replace with variant', adjustReplaceOptions, { session: 'walk', variant: 'easy', yes: true }, { session: 'walk', variant: 'easy', yes: true }],
    ['replace without --session', adjustReplaceOptions, {}, { usage: 'adjust replace needs --session NAME', hint: "a session of the plan's library" }],
    ['reject --reason', rejectOptions, { reason: 'too soon' }, { reason: 'too soon' }],
    ['reject', rejectOptions, {}, { reason: undefined }],
  ] as const)('%s', (_name, parse, raw, expected) => {
    expect(outcome(() => (parse as (r: Record<string, unknown>) => unknown)(raw))).toEqual(expected);
  });
});
