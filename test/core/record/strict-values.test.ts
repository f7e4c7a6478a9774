// SPEC §4 strict values: whole numbers in digits, dates from 1900 to 2999.
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/core/dates.js';
import { parseWholeNumber } from '../../../src/core/whole-number.js';

describe('whole numbers', () => {
  it.each(['0', '5', '10', '007', '1440'])('%j is accepted', (t) => expect(parseWholeNumber(t, false)).toBe(Number(t)));
  it.each(['4.5', '0x4', '1e1', '+5', '5.0', ' 5', '5 ', '', '-1', '５', '1_000', 'Infinity', 'NaN', '0b1', '0o7'])('%j is refused', (t) =>
    expect(parseWholeNumber(t, false)).toBeNull(),
  );
  it('takes a leading - only where negatives are allowed', () => {
    expect(parseWholeNumber('-20', true)).toBe(-20);
    expect(parseWholeNumber('-0', true)).toBe(0);
    expect(parseWholeNumber('--2', true)).toBeNull();
    expect(parseWholeNumber('-20', false)).toBeNull();
  });
});

describe('calendar dates', () => {
  it.each(['1900-01-01', '2026-11-23', '2028-02-29', '2999-12-31'])('%s is a date', (d) => expect(isIsoDate(d)).toBe(true));
  it.each([
    '1899-12-31',
    '3000-01-01',
    '9999-12-31',
    '0000-01-01',
    '2026-02-29',
    '2026-13-01',
    '2026-11-31',
    '2026-1-5',
    '20261123',
    ' 2026-11-23',
    '2026-11-23T00:00',
    '+02026-11-23',
  ])('%s is refused', (d) => expect(isIsoDate(d)).toBe(false));
});
