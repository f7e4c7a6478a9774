// An event in words, wherever events are shown (`event list`, `history`).

/** `injury:shin` → "injury (shin)", `treatment_change` → "treatment change". */
export function eventWords(e: { type: string; site: string | null }): string {
  const base = e.site ? 'injury' : e.type.replace(/_/g, ' ');
  return e.site ? `${base} (${e.site})` : base;
}
