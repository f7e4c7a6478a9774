// What the load numbers describe, said once under them (SPEC §4 v1.1 plain words;
// the definitions are SPEC §6.2's).
export const LOAD_EXPLAINED =
  'Load is effort (RPE 0–10) × minutes. Acute: the last 7 days; chronic: the weekly average of the last 28 days; ' +
  'ACWR: acute ÷ chronic (near 1 is steady, well above 1 a sudden rise); monotony: how alike the days were; strain: acute × monotony.';
