// SPEC §4 "Safe output", the pure part: which characters are escaped and how.
import { describe, expect, it } from 'vitest';
import { escapeControls, escapeJsonControls, hasControls } from '../../src/core/safe-text.js';
import { styleEscape, terminalText, withoutStyles } from '../../src/io/output.js';

describe('escapeControls', () => {
  it.each([
    ['plain text', 'Brisk walk: 20 min', 'Brisk walk: 20 min'],
    ['a newline stays', 'line one\nline two', 'line one\nline two'],
    ['ESC (terminal title)', '\u001b]0;pwned\u0007X', '\\x1b]0;pwned\\x07X'],
    ['ESC (clear screen)', '\u001b[2J', '\\x1b[2J'],
    ['a one-byte CSI (C1)', 'a\u009b2Jb', 'a\\x9b2Jb'],
    ['DEL', 'a\u007fb', 'a\\x7fb'],
    ['NUL, tab and carriage return', '\u0000\t\r', '\\x00\\x09\\x0d'],
    ['text beyond the controls is left alone', 'é → … \u00a0', 'é → … \u00a0'],
  ])('%s', (_, input, shown) => {
    expect(escapeControls(input)).toBe(shown);
    expect(hasControls(escapeControls(input))).toBe(false);
  });
});

describe('escapeJsonControls', () => {
  it('writes DEL and C1 as \\u escapes, keeping the same values', () => {
    const doc = { name: 'a\u007fb\u009bc\u001bd' };
    const json = escapeJsonControls(JSON.stringify(doc));
    expect(hasControls(json)).toBe(false);
    expect(JSON.parse(json)).toEqual(doc);
  });
});

describe('terminalText', () => {
  it('escapes data and turns only the theme marker into ESC', () => {
    const marker = styleEscape();
    const themed = `${marker}[31mred${marker}[39m \u001b[2J`;
    expect(terminalText(themed)).toBe('\u001b[31mred\u001b[39m \\x1b[2J');
    expect(withoutStyles(themed)).toBe('red \u001b[2J');
  });
});
