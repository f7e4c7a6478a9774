// Matching an imported exercise name to the plan's (SPEC §4 import: "names are matched
// to the plan as in `log`"): case and runs of spaces do not matter. A small local
// matcher behind one function, so the core's own matcher for `log` can replace it.

const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The plan's spelling of `name`, or `name` as given when the plan has no such exercise. */
export function matchExerciseName(name: string, planNames: readonly string[]): string {
  const k = key(name);
  return planNames.find((p) => key(p) === k) ?? name.trim();
}
