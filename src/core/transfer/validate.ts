// Checking a `regimen-export/1` document before anything is written (SPEC §4 import):
// every row of every athlete against the declared columns (tables.ts). Problems are
// values naming the record and the field; the command names the file.
import { isIsoDate } from '../dates.js';
import { ATHLETE_TABLE, ATHLETE_TABLES, EXPORT_FORMAT, exportedName, type ColumnSpec, type TableSpec } from './tables.js';

export interface ImportProblem {
  /** e.g. `athlete "ann", sessions[12] (2026-11-03)` */
  record: string;
  /** the field's name in the export, or null for the record as a whole */
  field: string | null;
  message: string;
}

export type ExportRow = Record<string, unknown>;
export interface AthleteExport {
  id: string;
  [key: string]: unknown;
}
export interface ExportDocument {
  format: string;
  athletes: AthleteExport[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Why a value does not fit its column, or null when it does. */
export function columnProblem(column: ColumnSpec, value: unknown): string | null {
  if (value === null) return column.nullable ? null : 'is missing (null is not accepted here)';
  const k = column.kind;
  switch (k.type) {
    case 'text':
      return typeof value === 'string' ? null : 'must be text';
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? null : `${JSON.stringify(value)} is not a date (YYYY-MM-DD)`;
    case 'time':
      return typeof value === 'string' && ISO_TIME.test(value) ? null : `${JSON.stringify(value)} is not a time (ISO 8601)`;
    case 'json':
      if (typeof value !== 'string') return 'must be JSON text';
      try {
        JSON.parse(value);
        return null;
      } catch {
        return 'is not valid JSON text';
      }
    case 'enum':
      return typeof value === 'string' && k.values.includes(value) ? null : `${JSON.stringify(value)} is not accepted (one of ${k.values.join(', ')})`;
    case 'int': {
      const range = k.min !== undefined && k.max !== undefined ? ` from ${k.min} to ${k.max}` : k.min !== undefined ? ` of at least ${k.min}` : '';
      if (typeof value !== 'number' || !Number.isInteger(value)) return `${JSON.stringify(value)} is not accepted (a whole number${range})`;
      if ((k.min !== undefined && value < k.min) || (k.max !== undefined && value > k.max)) return `${value} is not accepted (a whole number${range})`;
      return null;
    }
  }
}

/** A row's label: its list and position, and its date when it has one. */
function rowLabel(athlete: string, key: string, index: number, row: ExportRow): string {
  const when = typeof row.date === 'string' ? ` (${row.date})` : typeof row.week === 'string' ? ` (${row.week})` : '';
  return `athlete "${athlete}", ${key}[${index}]${when}`;
}

function checkRow(spec: TableSpec, row: unknown, record: string, lists: Record<string, unknown[]>, problems: ImportProblem[]): void {
  if (!isObject(row)) {
    problems.push({ record, field: null, message: 'is not an object' });
    return;
  }
  for (const column of spec.columns) {
    const field = exportedName(spec, column.name);
    if (!(field in row)) {
      problems.push({ record, field, message: 'is missing' });
      continue;
    }
    const value = row[field];
    const ref = spec.refs?.[column.name];
    if (ref) {
      if (value === null && column.nullable) continue;
      const target = lists[ref.list] ?? [];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= target.length) {
        problems.push({ record, field, message: `${JSON.stringify(value)} is not a position in this athlete's ${ref.list} (0 to ${target.length - 1})` });
      }
      continue;
    }
    const problem = columnProblem(column, value);
    if (problem) problems.push({ record, field, message: problem });
  }
}

/**
 * What the journal's unique indexes and plan-version references would refuse, found
 * before writing (a refusal from SQLite would come after some rows and as a bare code).
 */
function checkKeys(spec: TableSpec, athlete: string, list: unknown[], lists: Record<string, unknown[]>, problems: ImportProblem[]): void {
  const hashes = new Set((lists.plan_versions ?? []).map((v) => (isObject(v) ? v.hash : undefined)));
  for (const u of spec.unique ?? []) {
    const seen = new Map<string, number>();
    list.forEach((row, j) => {
      if (!isObject(row)) return;
      if (u.where && Object.entries(u.where).some(([k, v]) => row[k] !== v)) return;
      const values = u.columns.map((c) => row[exportedName(spec, c)]);
      if (u.notNull && values.some((v) => v === null || v === undefined)) return;
      const key = JSON.stringify(values);
      const first = seen.get(key);
      if (first !== undefined) {
        const which = u.where
          ? ` with ${Object.entries(u.where)
              .map(([k, v]) => `${k} ${String(v)}`)
              .join(', ')}`
          : '';
        const what = u.columns.map((c, i) => `${c} ${JSON.stringify(values[i])}`).join(', ');
        problems.push({
          record: rowLabel(athlete, spec.key, j, row),
          field: u.columns.join(', '),
          message: `repeats ${spec.key}[${first}]: only one row${which} may have ${what}`,
        });
      } else seen.set(key, j);
    });
  }
  if (spec.planHash) {
    list.forEach((row, j) => {
      if (!isObject(row)) return;
      const hash = row[spec.planHash!];
      if (hash !== null && hash !== undefined && !hashes.has(hash))
        problems.push({ record: rowLabel(athlete, spec.key, j, row), field: spec.planHash!, message: "is not one of this athlete's plan_versions" });
    });
  }
}

/**
 * Every problem in a parsed export document, in document order (empty: it can be
 * imported). Athletes already in the journal are refused by the caller, which knows
 * the journal.
 */
export function validateExportDocument(doc: unknown): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (!isObject(doc)) return [{ record: 'the document', field: null, message: 'is not a JSON object' }];
  if (doc.format !== EXPORT_FORMAT)
    return [{ record: 'the document', field: 'format', message: `${JSON.stringify(doc.format)} is not accepted (${EXPORT_FORMAT})` }];
  if (!Array.isArray(doc.athletes)) return [{ record: 'the document', field: 'athletes', message: 'must be a list' }];
  const seen = new Set<string>();
  doc.athletes.forEach((athlete: unknown, i: number) => {
    const record = `athletes[${i}]`;
    if (!isObject(athlete)) {
      problems.push({ record, field: null, message: 'is not an object' });
      return;
    }
    checkRow(ATHLETE_TABLE, athlete, record, {}, problems);
    const id = typeof athlete.id === 'string' ? athlete.id : `#${i}`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) problems.push({ record, field: 'id', message: `"${id}" is not an athlete id (lower-case letters, digits, dashes)` });
    if (seen.has(id)) problems.push({ record, field: 'id', message: `"${id}" appears twice in this import` });
    seen.add(id);
    const lists: Record<string, unknown[]> = {};
    for (const spec of ATHLETE_TABLES) {
      const list = athlete[spec.key];
      if (!Array.isArray(list)) {
        problems.push({ record: `athlete "${id}"`, field: spec.key, message: 'must be a list' });
        continue;
      }
      lists[spec.key] = list;
      list.forEach((row: unknown, j: number) => checkRow(spec, row, rowLabel(id, spec.key, j, isObject(row) ? row : {}), lists, problems));
      checkKeys(spec, id, list, lists, problems);
    }
  });
  return problems;
}
