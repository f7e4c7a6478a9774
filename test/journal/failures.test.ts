// SPEC §3 v1.1: journal failures in words with the path, never a bare SQLite code.
// One row per SQLite failure: the code → what the person reads.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JournalError } from '../../src/errors.js';
import { journalFailure } from '../../src/io/journal/failures.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-failures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sqliteFile = join(dir, 'journal.db');
writeFileSync(sqliteFile, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84)]));
const textFile = join(dir, 'notes.txt');
writeFileSync(textFile, 'not a database');

describe('journalFailure', () => {
  const rows: [string, string, RegExp][] = [
    ['SQLITE_BUSY', sqliteFile, /stayed locked by another process; nothing was written/],
    ['SQLITE_BUSY_SNAPSHOT', sqliteFile, /stayed locked/],
    ['SQLITE_FULL', sqliteFile, /disk holding .* is full; nothing was written/],
    ['SQLITE_IOERR_SHMSIZE', sqliteFile, /disk holding .* is full/],
    ['SQLITE_READONLY', sqliteFile, /cannot write to the journal .*: the file is read-only/],
    ['SQLITE_READONLY_ROLLBACK', sqliteFile, /write that was interrupted/],
    ['SQLITE_CORRUPT', sqliteFile, /is damaged/],
    ['SQLITE_NOTADB', sqliteFile, /is damaged/],
    ['SQLITE_NOTADB', textFile, /is not a regimen journal/],
    ['SQLITE_CANTOPEN', join(dir, 'missing', 'journal.db'), /cannot open the journal/],
    ['SQLITE_IOERR_WRITE', sqliteFile, /disk or file system failed/],
  ];
  it.each(rows)('%s on %s', (code, path, words) => {
    const e = journalFailure(Object.assign(new Error('raw sqlite text'), { code }), path);
    expect(e).toBeInstanceOf(JournalError);
    expect(e!.exitCode).toBe(3);
    expect(e!.message).toMatch(words);
    expect(e!.message).toContain(path);
    expect(`${e!.message} ${e!.hint ?? ''}`).not.toMatch(/SQLITE_|raw sqlite text/);
  });

  it('leaves other errors alone (constraint conflicts are decided in the transaction, bugs stay bugs)', () => {
    expect(journalFailure(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }), sqliteFile)).toBeUndefined();
    expect(journalFailure(new TypeError('x'), sqliteFile)).toBeUndefined();
  });
});
