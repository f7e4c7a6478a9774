// Everything that needs zod, in one place. The build makes this a bundle of its own
// (dist/schema-tools.cjs) that dist/validators.cjs loads only on first use: checking
// a valid plan never needs zod (the generated quick parser answers), so zod's start-up
// cost (about 20 ms to build the schema) is paid only to explain a problem, to print
// the JSON Schema, or to read an adjustment file.
export { analyzePlan } from '../core/plan/analyze.js';
export { planJsonSchema } from '../core/plan/schema.js';
export { parseActions } from '../core/schedule/adjust-actions.js';
