// Open the journal for one command and always close it (STYLE habit 4). A SQLite
// failure while the command runs is named in words with the path (SPEC §3 v1.1).
import type { Context } from '../context.js';
import { inWords } from './journal/failures.js';
import { journalPath } from './journal/location.js';
import { openJournal, type Db, type OpenOptions } from './journal/open.js';

/**
 * `readOnly` for commands that only read (SPEC §3 v1.1: they never create, initialise,
 * migrate or change a file); `create` for the commands that may start a journal.
 */
export async function withJournal<T>(
  ctx: Context,
  options: Pick<OpenOptions, 'create' | 'readOnly'>,
  fn: (db: Db, path: string) => T | Promise<T>,
): Promise<T> {
  const path = journalPath(ctx.options.journal, ctx.env);
  const db = openJournal(path, options);
  try {
    return await fn(db, path);
  } catch (e) {
    inWords(e, path);
  } finally {
    db.close();
  }
}
