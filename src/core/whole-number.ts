// Strict whole numbers on the command line (SPEC §4 strict values): decimal digits
// only, with a leading `-` only where negatives are allowed. `Number()` alone would
// take `0x4`, `1e1`, `+5`, `5.0` and ` 5`, so a typo could become a different value.

/** The number, or null when the text is not a whole number written in digits. */
export function parseWholeNumber(text: string, allowNegative: boolean): number | null {
  const pattern = allowNegative ? /^-?\d{1,15}$/ : /^\d{1,15}$/;
  if (!pattern.test(text)) return null;
  const n = Number(text);
  return Object.is(n, -0) ? 0 : n;
}
