// A stand-in for src/io/output.ts that keeps what commands write (see in-process.ts).
export const captured = { stdout: '', stderr: '' };

export function writeFd(fd: 1 | 2, text: string): void {
  if (fd === 1) captured.stdout += text;
  else captured.stderr += text;
}

export function isTerminal(): boolean {
  return false;
}
