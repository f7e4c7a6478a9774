// Temporary directories for tests, all inside one directory per test run that the
// global setup removes at the end, so the suite leaves nothing in the temp folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(process.env.REGIMEN_TEST_TMP ?? tmpdir(), prefix));
}
