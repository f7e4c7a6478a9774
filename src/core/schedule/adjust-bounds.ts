// The bounds of coach adjustments (SPEC §4 `adjust`), without zod, so the schedule
// code that applies adjustments can use them without loading the schema library.
export const MAX_ACTIONS = 10;
export const HORIZON_DAYS = 28;
export const MAX_SWAP_DAYS = 14;
export const LOAD_MIN_PCT = -50;
export const LOAD_MAX_PCT = 20;
