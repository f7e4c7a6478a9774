// The shape of a `regimen-export/1` document (SPEC §4 export), declared once per
// journal table: which columns travel, what each may hold, and how rows refer to each
// other. Export and import are generic copies driven by this list, so a column added
// by a migration travels with a one-line change here (test/transfer/tables.test.ts
// fails until every column of the schema is either listed or set aside with a reason).
//
// Row ids do not travel: they would collide in a journal that already has rows. A
// reference to another row is written as that row's position in its list in the same
// athlete's export (`assignment`: 0 is the first assignment), and rows are exported in
// id order and inserted in that order, so importing into an empty journal and exporting
// again gives the same bytes.

export const EXPORT_FORMAT = 'regimen-export/1';

/** What a column may hold. `null` is allowed only where `nullable` says so. */
export type ColumnKind =
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'time' }
  | { type: 'json' }
  | { type: 'int'; min?: number; max?: number }
  | { type: 'enum'; values: readonly string[] };

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  nullable?: boolean;
}

export interface TableSpec {
  /** The table in the journal. */
  table: string;
  /** The key of this table's list in an athlete's export. */
  key: string;
  /** The column holding the athlete's id (filled in on import, not exported). */
  owner?: string;
  /** Foreign keys written as positions: column → the list (key) they point into, and the exported name. */
  refs?: Record<string, { list: string; as: string }>;
  columns: ColumnSpec[];
  /** Columns deliberately left out, with why (checked against the schema by a test). */
  omitted: Record<string, string>;
  /** The journal's unique indexes within one athlete, checked before writing: columns, and the rows the index covers. */
  unique?: { columns: string[]; where?: Record<string, unknown>; notNull?: boolean }[];
  /** Columns holding a plan version hash, which must be one of the athlete's plan_versions. */
  planHash?: string;
}

const text = (name: string, nullable = false): ColumnSpec => ({ name, kind: { type: 'text' }, nullable });
const date = (name: string, nullable = false): ColumnSpec => ({ name, kind: { type: 'date' }, nullable });
const time = (name: string, nullable = false): ColumnSpec => ({ name, kind: { type: 'time' }, nullable });
const json = (name: string, nullable = false): ColumnSpec => ({ name, kind: { type: 'json' }, nullable });
const int = (name: string, nullable = false, min?: number, max?: number): ColumnSpec => ({ name, kind: { type: 'int', min, max }, nullable });
const oneOf = (name: string, values: readonly string[], nullable = false): ColumnSpec => ({ name, kind: { type: 'enum', values }, nullable });
const signal = (name: string) => int(name, false, 0, 10);

const ROW_ID = 'a row id (ids are renumbered on import; references travel as positions)';
const OWNER = 'the athlete (implied by where the row sits in the export)';

export const ATHLETE_TABLE: TableSpec = {
  table: 'athletes',
  key: 'athlete',
  columns: [text('id'), text('name'), oneOf('status', ['prospect', 'active', 'inactive', 'archived']), time('created_at')],
  omitted: {},
};

/** The athlete's tables, in the order they are inserted (a table comes after those it refers to). */
export const ATHLETE_TABLES: TableSpec[] = [
  {
    table: 'plan_versions',
    key: 'plan_versions',
    columns: [text('hash'), text('plan_id'), text('text'), time('created_at')],
    unique: [{ columns: ['hash'] }],
    omitted: {
      normalized: 'a cache of the validated plan, rebuilt from the text when needed',
      model_version: 'belongs to the normalized cache',
    },
  },
  {
    table: 'assignments',
    key: 'assignments',
    owner: 'athlete_id',
    columns: [
      text('plan_id'),
      text('plan_path'),
      text('plan_hash'),
      oneOf('status', ['draft', 'active', 'inactive']),
      date('start_date'),
      date('seq_anchor_date', true),
      int('seq_anchor_index', true),
      time('created_at'),
    ],
    omitted: { id: ROW_ID, athlete_id: OWNER, plan_stat: "a cache of the plan file's size and time on this machine" },
    unique: [{ columns: ['plan_id'] }, { columns: ['status'], where: { status: 'active' } }],
    planHash: 'plan_hash',
  },
  {
    // SPEC §3: the date from which each plan version applied (migration v3).
    table: 'assignment_plan_versions',
    key: 'plan_version_dates',
    refs: { assignment_id: { list: 'assignments', as: 'assignment' } },
    columns: [int('assignment_id'), text('plan_hash'), date('from_date'), time('created_at')],
    omitted: { id: ROW_ID },
    planHash: 'plan_hash',
  },
  {
    table: 'stage_changes',
    key: 'stage_changes',
    refs: { assignment_id: { list: 'assignments', as: 'assignment' } },
    columns: [int('assignment_id'), text('stage'), date('effective_date'), text('reason'), time('created_at')],
    omitted: { id: ROW_ID },
  },
  {
    table: 'checkins',
    key: 'checkins',
    owner: 'athlete_id',
    columns: [
      date('date'),
      signal('fatigue'),
      signal('pain'),
      signal('anxiety'),
      signal('low_mood'),
      signal('qol'),
      json('flags'),
      text('note', true),
      text('status'),
      int('superseded', false, 0, 1),
      time('created_at'),
    ],
    omitted: { id: ROW_ID, athlete_id: OWNER },
    unique: [{ columns: ['date'], where: { superseded: 0 } }],
  },
  {
    table: 'sessions',
    key: 'sessions',
    owner: 'athlete_id',
    refs: { assignment_id: { list: 'assignments', as: 'assignment' } },
    columns: [
      date('date'),
      int('assignment_id', true),
      text('plan_hash', true),
      json('planned', true),
      text('planned_type', true),
      int('planned_minutes', true, 0),
      text('planned_stage', true),
      text('current_stage', true),
      text('actual_type'),
      int('actual_minutes', false, 0),
      oneOf('status', ['completed', 'adapted', 'skipped', 'rest']),
      int('rpe', true, 0, 10),
      int('energy', true, 1, 10),
      json('exercises'),
      text('note', true),
      json('symptoms', true),
      int('adapted_for_symptoms', false, 0, 1),
      text('adaptation', true),
      int('seq_index', true),
      text('idempotency_key', true),
      int('replaced', false, 0, 1),
      time('created_at'),
    ],
    omitted: { id: ROW_ID, athlete_id: OWNER },
    unique: [
      { columns: ['date'], where: { replaced: 0 } },
      { columns: ['idempotency_key'], notNull: true },
    ],
    planHash: 'plan_hash',
  },
  {
    table: 'events',
    key: 'events',
    owner: 'athlete_id',
    columns: [date('date'), text('type'), text('site', true), text('note', true), time('created_at')],
    omitted: { id: ROW_ID, athlete_id: OWNER },
  },
  {
    table: 'reviews',
    key: 'reviews',
    owner: 'athlete_id',
    refs: { assignment_id: { list: 'assignments', as: 'assignment' } },
    columns: [int('assignment_id', true), text('week'), date('date'), oneOf('decision', ['progress', 'hold', 'step_down']), json('result'), time('created_at')],
    omitted: { id: ROW_ID, athlete_id: OWNER },
    unique: [{ columns: ['week'] }],
  },
  {
    table: 'exercise_targets',
    key: 'targets',
    owner: 'athlete_id',
    refs: { review_id: { list: 'reviews', as: 'review' } },
    columns: [text('exercise'), text('load'), date('effective_date'), int('review_id', true), time('created_at')],
    omitted: { id: ROW_ID, athlete_id: OWNER },
  },
  {
    table: 'proposals',
    key: 'proposals',
    owner: 'athlete_id',
    columns: [
      text('kind'),
      oneOf('status', ['proposed', 'applied', 'rejected']),
      json('body'),
      text('reason', true),
      time('created_at'),
      time('decided_at', true),
    ],
    omitted: { id: ROW_ID, athlete_id: OWNER },
  },
  {
    // Copied as stored (details text and hashes untouched), so the chain still verifies.
    table: 'audit',
    key: 'audit',
    owner: 'athlete_id',
    columns: [time('at'), text('action'), text('actor'), json('details'), text('hash')],
    omitted: { id: ROW_ID, athlete_id: OWNER },
  },
];

/** The name a column has in the export: a reference's `as`, else the column's own. */
export function exportedName(spec: TableSpec, column: string): string {
  return spec.refs?.[column]?.as ?? column;
}
