// Replaces chalk's own colour detection in the bundle: regimen decides colour itself
// (render/theme.ts honours NO_COLOR, which chalk does not) and passes chalk a level.
// Detecting it twice would also load node:tty and node:net on every start.
export default { stdout: false, stderr: false };
