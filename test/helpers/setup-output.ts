// Every test file gets an output module that can be captured (vitest setupFiles): the
// real src/io/output.ts, except that writeFd and isTerminal answer to the in-process
// harness while one of its runs is active. Outside a run nothing changes.
import { vi } from 'vitest';

vi.mock('../../src/io/output.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/io/output.js')>();
  const { captured } = await import('./captured-output.js');
  return {
    ...real,
    writeFd(fd: 1 | 2, text: string, fileFormat = false): void {
      if (!captured.active) {
        real.writeFd(fd, text, fileFormat);
        return;
      }
      // The same escaping as the binary's writes (SPEC §4 safe output), into the buffer.
      const out = real.terminalText(text, fileFormat);
      if (fd === 1) captured.stdout += out;
      else captured.stderr += out;
    },
    isTerminal(fd: 0 | 1 | 2): boolean {
      return captured.active ? captured.terminal.includes(fd) : real.isTerminal(fd);
    },
  };
});
