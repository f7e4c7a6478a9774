// Prepared statements cached per connection (`review --all` runs the same queries for
// every athlete). Its own module so that open.ts and the migrations' audit chain share it
// without importing each other.
import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

const statements = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement, cached per connection. */
export function stmt(db: Db, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
