// Files holding personal data (SPEC §4 detect --out, export): mode 0600 whatever the
// umask, written whole or not at all, an existing file kept when asked to.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePrivateFile } from '../../src/io/private-file.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-private-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writePrivateFile', () => {
  it('is 0600 under umask 000, and leaves no temporary file', () => {
    const previous = process.umask(0);
    try {
      const file = join(dir, 'a.yaml');
      writePrivateFile(file, 'health data\n');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8')).toBe('health data\n');
    } finally {
      process.umask(previous);
    }
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('replaces a file atomically, and makes the replacement 0600 too', () => {
    const file = join(dir, 'b.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    writePrivateFile(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('exclusive: an existing file is kept (EEXIST) and no temporary file is left', () => {
    const file = join(dir, 'c.yaml');
    writeFileSync(file, 'written by hand');
    expect(() => writePrivateFile(file, 'detected', { exclusive: true })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(file, 'utf8')).toBe('written by hand');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('a missing folder is the file system’s error for the caller to word', () => {
    expect(() => writePrivateFile(join(dir, 'nope', 'd.yaml'), 'x')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
