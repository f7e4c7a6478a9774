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
      where: 'hash IN (SELECT plan_hash FROM assignments WHERE athlete_id = ? UNION SELECT plan_hash FROM sessions WHERE athlete_id = ?)',
      params: 2,
      order: 'created_at, hash',
    };
  }
  if (spec.table === 'stage_changes') return { where: 'assignment_id IN (SELECT id FROM assignments WHERE athlete_id = ?)', params: 1, order: 'id' };
  return { where: `${spec.owner} = ?`, params: 1, order: 'id' };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Everything the journal holds about one athlete, as an export record. */
export function readAthleteExport(db: Db, athleteId: string): AthleteExport {
  const athlete = stmt(db, `SELECT ${ATHLETE_TABLE.columns.map((c) => quote(c.name)).join(', ')} FROM athletes WHERE id = ?`).get(athleteId) as AthleteExport;
  const out: AthleteExport = { ...athlete };
  // Row id → position in its list, for the tables other rows refer to.
  const positions: Record<string, Map<number, number>> = {};
  for (const spec of ATHLETE_TABLES) {
    const scope = scopeOf(spec);
    const hasId = spec.table !== 'plan_versions';
    const columns = spec.columns.map((c) => quote(c.name)).join(', ');
    const rows = stmt(db, `SELECT ${hasId ? 'id AS "$id", ' : ''}${columns} FROM ${spec.table} WHERE ${scope.where} ORDER BY ${scope.order}`).all(
      ...Array<string>(scope.params).fill(athleteId),
    ) as Record<string, unknown>[];
    const ids = new Map<number, number>();
    out[spec.key] = rows.map((row, index) => {
      if (hasId) ids.set(row.$id as number, index);
      const copy: ExportRow = {};
      for (const c of spec.columns) {
        const ref = spec.refs?.[c.name];
        const value = row[c.name];
        copy[exportedName(spec, c.name)] = ref && value !== null ? (positions[ref.list]!.get(value as number) ?? null) : value;
      }
      return copy;
    });
    positions[spec.key] = ids;
  }
  return out;
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
