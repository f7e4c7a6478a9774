// Everything that needs the YAML parsers or zod, in one place. The build makes this a
// bundle of its own (dist/validators.cjs) that the CLI loads only when a command
// validates something, so the daily commands never parse those libraries (SPEC §8).
// zod itself sits one step further away, in schema-tools.ts.
export { checkFiles } from './check-files.js';
export { loadPlanFile, loadPlanText } from './plan-file.js';
export { planJsonSchema, parseActions } from './schema-tools.js';
