// Everything that needs zod or the YAML parsers, in one place. The build makes this a
// bundle of its own (dist/validators.cjs) that the CLI loads only when a command
// validates something, so the daily commands never parse those libraries (SPEC §8).
export { checkFiles } from './check-files.js';
export { loadPlanFile, loadPlanText } from './plan-file.js';
export { planJsonSchema } from '../core/plan/schema.js';
export { parseActions } from '../core/adjust/actions.js';
