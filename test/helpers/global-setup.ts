// One temporary directory for the whole test run (see temp.ts), removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'regimen-tests-'));
  process.env.REGIMEN_TEST_TMP = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
