// What commands run in-process write (see in-process.ts and setup-output.ts). While a
// run is active, src/io/output.ts's writeFd appends here (after the same escaping the
// binary applies) and isTerminal answers from `terminal`; otherwise both pass through.
export const captured = {
  active: false,
  stdout: '',
  stderr: '',
  /** The file descriptors that count as terminals during the run (none by default: a pipe). */
  terminal: [] as number[],
};

// Kept for test files that still mock output.js themselves with this module.
export function writeFd(fd: 1 | 2, text: string): void {
  if (fd === 1) captured.stdout += text;
  else captured.stderr += text;
}

export function isTerminal(fd: 0 | 1 | 2): boolean {
  return captured.terminal.includes(fd);
}
