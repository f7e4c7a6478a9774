// SPEC §4 (v1.1): text wraps at word boundaries to the width; no word is cut.
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/render/wrap.js';

describe('wrapText', () => {
  it.each([
    ['a short line stays', 'green today', 20, ['green today']],
    ['breaks between words, never inside one', 'one two three four five six', 20, ['one two three four', 'five six']],
    ['keeps the indent on continuation lines', '  alpha beta gamma delta epsilon', 20, ['  alpha beta gamma', '  delta epsilon']],
    ['hangs under a bullet', '  • alpha beta gamma delta epsilon', 20, ['  • alpha beta gamma', '    delta epsilon']],
    ['keeps a word longer than the line whole', 'a supercalifragilisticexpialidocious b', 20, ['a', 'supercalifragilisticexpialidocious', 'b']],
    ['keeps runs of spaces that align columns', 'mon  strength  20 min', 80, ['mon  strength  20 min']],
    [
      'hangs under the last column of an aligned row',
      'ana  stage.changed  stage FOUNDATIONS → BUILD_1 (review 2026-W48)',
      50,
      ['ana  stage.changed  stage FOUNDATIONS → BUILD_1', '                    (review 2026-W48)'],
    ],
    ['colour codes take no width', '\u001b[32mgreen\u001b[39m alpha beta gamma delta', 22, ['\u001b[32mgreen\u001b[39m alpha beta gamma', 'delta']],
  ])('%s', (_name, input, width, lines) => {
    expect(wrapText(input, width).split('\n')).toEqual(lines);
  });

  it('wraps every line of a text on its own', () => {
    expect(wrapText('aaa bbb ccc ddd eee fff ggg\n\nhhh', 20)).toBe('aaa bbb ccc ddd eee\nfff ggg\n\nhhh');
  });
});
