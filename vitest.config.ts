import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Commands run in-process write through the captured output (test/helpers/in-process.ts).
    setupFiles: ['test/helpers/setup-output.ts'],
    // SPEC §8: no test has a timeout a slow machine can reach in normal work. These only
    // catch a hang; nothing measures speed through them (a 2-core machine with two
    // CPU-bound processes beside the suite must pass), so tests set no tighter ones.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
