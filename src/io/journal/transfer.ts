// Generic copies of an athlete's rows out of and into the journal, driven by the
// declared columns of src/core/transfer/tables.ts (SPEC §4 export/import json).
import { ATHLETE_TABLE, ATHLETE_TABLES, exportedName, type TableSpec } from '../../core/transfer/tables.js';
import type { AthleteExport, ExportRow } from '../../core/transfer/validate.js';
import { stmt, type Db } from './open.js';

/** Which rows of a table belong to an athlete (one `?` for the athlete id, or two). */
function scopeOf(spec: TableSpec): { where: string; params: number; order: string } {
  if (spec.table === 'plan_versions') {
    // Plan versions are shared by hash: an athlete's are those their assignments and sessions used.
    return {
      where:
        'hash IN (SELECT plan_hash FROM assignments WHERE athlete_id = ? UNION SELECT plan_hash FROM sessions WHERE athlete_id = ? ' +
        'UNION SELECT v.plan_hash FROM assignment_plan_versions v JOIN assignments a ON a.id = v.assignment_id WHERE a.athlete_id = ?)',
      params: 3,
      order: 'created_at, hash',
    };
  }
  if (spec.table === 'stage_changes' || spec.table === 'assignment_plan_versions')
    return { where: 'assignment_id IN (SELECT id FROM assignments WHERE athlete_id = ?)', params: 1, order: 'id' };
  return { where: `${spec.owner} = ?`, params: 1, order: 'id' };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Everything the journal holds about one athlete, as the JSON text of its export
 * record: one row a line (readable, and diffable between two exports). Written
 * directly from raw rows rather than through objects and JSON.stringify of the whole:
 * a ten-year journal is some 7,000 rows (SPEC §8: export ≤ 4× `node -e 0`).
 */
export function athleteExportText(db: Db, athleteId: string, indent = '    '): string {
  const athlete = stmt(db, `SELECT ${ATHLETE_TABLE.columns.map((c) => quote(c.name)).join(', ')} FROM athletes WHERE id = ?`).get(athleteId) as Record<
    string,
    unknown
  >;
  const inner = `${indent}  `;
  const parts = ATHLETE_TABLE.columns.map((c) => `${inner}${JSON.stringify(c.name)}: ${JSON.stringify(athlete[c.name])}`);
  // Row id → position in its list, for the tables other rows refer to.
  const positions: Record<string, Map<number, number>> = {};
  for (const spec of ATHLETE_TABLES) {
    const scope = scopeOf(spec);
    const hasId = spec.table !== 'plan_versions';
    const columns = spec.columns.map((c) => quote(c.name)).join(', ');
    const rows = stmt(db, `SELECT ${hasId ? 'id, ' : ''}${columns} FROM ${spec.table} WHERE ${scope.where} ORDER BY ${scope.order}`)
      .raw(true)
      .all(...Array<string>(scope.params).fill(athleteId)) as unknown[][];
    const keys = spec.columns.map((c) => `${JSON.stringify(exportedName(spec, c.name))}:`);
    const refs = spec.columns.map((c) => (spec.refs?.[c.name] ? positions[spec.refs[c.name]!.list]! : null));
    const offset = hasId ? 1 : 0;
    const ids = new Map<number, number>();
    const lines = rows.map((row, index) => {
      if (hasId) ids.set(row[0] as number, index);
      let line = '{';
      for (let i = 0; i < keys.length; i++) {
        const value = row[i + offset];
        const ref = refs[i];
        line += `${i ? ',' : ''}${keys[i]}${JSON.stringify(ref && value !== null ? (ref.get(value as number) ?? null) : value)}`;
      }
      return `${inner}  ${line}}`;
    });
    positions[spec.key] = ids;
    parts.push(`${inner}${JSON.stringify(spec.key)}: ${lines.length ? `[\n${lines.join(',\n')}\n${inner}]` : '[]'}`);
  }
  return `${indent}{\n${parts.join(',\n')}\n${indent}}`;
}

/** Insert one validated athlete export whole; the caller holds the write transaction. */
export function writeAthleteExport(db: Db, athlete: AthleteExport): number {
  let rows = 0;
  const head = ATHLETE_TABLE.columns.map((c) => c.name);
  stmt(db, `INSERT INTO athletes (${head.map(quote).join(', ')}) VALUES (${head.map(() => '?').join(', ')})`).run(...head.map((c) => athlete[c]));
  const newIds: Record<string, number[]> = {};
  for (const spec of ATHLETE_TABLES) {
    const names = [...(spec.owner ? [spec.owner] : []), ...spec.columns.map((c) => c.name)];
    // Plan versions are shared: a hash already stored is the same text.
    const verb = spec.table === 'plan_versions' ? 'INSERT OR IGNORE' : 'INSERT';
    const insert = stmt(db, `${verb} INTO ${spec.table} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
    const ids: number[] = [];
    for (const row of athlete[spec.key] as ExportRow[]) {
      const values = spec.columns.map((c) => {
        const ref = spec.refs?.[c.name];
        const value = row[exportedName(spec, c.name)];
        return ref && value !== null ? newIds[ref.list]![value as number] : value;
      });
      const result = insert.run(...(spec.owner ? [athlete.id] : []), ...values);
      ids.push(Number(result.lastInsertRowid));
      rows++;
    }
    newIds[spec.key] = ids;
  }
  return rows;
}

/** The first date with a current logged session, if any (where a CSV export starts for an athlete without a plan). */
export function firstSessionDate(db: Db, athlete: string): string | null {
  return (stmt(db, 'SELECT min(date) AS d FROM sessions WHERE athlete_id = ? AND replaced = 0').get(athlete) as { d: string | null }).d;
}

/**
 * Every import key this athlete's sessions hold (FIT files, strength-app workouts); a
 * day merged from several activities holds them joined by " + ".
 */
export function importedKeys(db: Db, athlete: string): Set<string> {
  const rows = stmt(
    db,
    "SELECT idempotency_key AS k FROM sessions WHERE athlete_id = ? AND (idempotency_key LIKE 'fit:%' OR idempotency_key LIKE 'strong:%' OR idempotency_key LIKE 'hevy:%')",
  ).all(athlete) as { k: string }[];
  return new Set(rows.flatMap((r) => r.k.split(' + ')));
}
