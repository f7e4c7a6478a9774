// Open the journal for one command and always close it (STYLE habit 4).
import type { Context } from '../context.js';
import { journalPath } from './journal/location.js';
import { openJournal, type Db } from './journal/open.js';

export async function withJournal<T>(ctx: Context, options: { create: boolean }, fn: (db: Db, path: string) => T | Promise<T>): Promise<T> {
  const path = journalPath(ctx.options.journal, ctx.env);
  const db = openJournal(path, options);
  try {
    return await fn(db, path);
  } finally {
    db.close();
  }
}
