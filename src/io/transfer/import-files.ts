// Reading the files of `regimen import` (SPEC §4): what kind each is (told by content
// or --from), and its records, checked. The first problem refuses the whole import,
// naming the file, the record and the field; nothing has been written then.
import type { Activity } from '../../core/transfer/activities.js';
import { readWorkouts, type StrengthApp, type Workout } from '../../core/transfer/strength-apps.js';
import { validateExportDocument, type AthleteExport, type ImportProblem } from '../../core/transfer/validate.js';
import { UsageError } from '../../errors.js';
import { hashText } from '../athlete-state.js';
import { readFitActivities } from './fit-read.js';
import { loadLibrary } from './libraries.js';
import { NotRegularFileError, readRegularFile } from '../regular-file.js';

export type Kind = 'json' | 'fit' | StrengthApp;

export const KINDS: readonly Kind[] = ['json', 'fit', 'strong', 'hevy'];

export interface Parsed {
  athletes: { file: string; index: number; athlete: AthleteExport }[];
  activities: (Activity & { file: string })[];
  workouts: (Workout & { file: string })[];
  kinds: Record<string, Kind>;
}

export class ImportRefused extends Error {
  constructor(
    readonly file: string,
    readonly problem: ImportProblem,
    /** How many more problems the file has (only the first is shown). */
    readonly more = 0,
  ) {
    // A problem of the whole file reads as a sentence about it: "run.fit is damaged …".
    super(
      problem.record === 'the file' && !problem.field
        ? `${file} ${problem.message}`
        : `${file}: ${problem.record}${problem.field ? `, ${problem.field}` : ''}: ${problem.message}`,
    );
  }
}

function kindOf(file: string, bytes: Buffer, from: Kind | undefined): Kind {
  if (from) return from;
  if (bytes.length >= 12 && bytes.toString('latin1', 8, 12) === '.FIT') return 'fit';
  // Named .fit but without the FIT header: the FIT reader says what is wrong with it.
  if (/\.fit$/i.test(file)) return 'fit';
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(head)) return 'json';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/exercise_title/.test(firstLine)) return 'hevy';
  if (/Exercise Name/.test(firstLine)) return 'strong';
  if (/\.csv$/i.test(file) || firstLine.includes(',') || firstLine.includes(';')) {
    throw new ImportRefused(file, {
      record: 'the header',
      field: null,
      message: 'is neither a Strong nor a Hevy export header (say which it is with --from strong or --from hevy)',
    });
  }
  throw new ImportRefused(file, { record: 'the file', field: null, message: 'is not a regimen export, a FIT activity file or a Strong or Hevy CSV export' });
}

async function readCsv(bytes: Buffer): Promise<{ header: string[]; records: Record<string, string>[] }> {
  const { parse } = await loadLibrary('csv-parse');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // Older Strong exports are separated by semicolons.
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const header = (rows[0] ?? []).map((h) => h.trim());
  return { header, records: rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

/** A stored plan version is named by the SHA-256 of its text: a text that does not match was changed. */
function planTextProblem(doc: { athletes: AthleteExport[] }): ImportProblem | undefined {
  for (const a of doc.athletes) {
    const versions = a.plan_versions as { hash: string; text: string }[];
    const j = versions.findIndex((v) => hashText(v.text) !== v.hash);
    if (j >= 0)
      return { record: `athlete "${a.id}", plan_versions[${j}]`, field: 'text', message: 'does not match its hash (the plan text was changed after export)' };
  }
  return undefined;
}

/** Read and check every file; the first problem refuses the whole import. */
export async function parseFiles(files: string[], from: Kind | undefined): Promise<Parsed> {
  const parsed: Parsed = { athletes: [], activities: [], workouts: [], kinds: {} };
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readRegularFile(file); // a FIFO or device is refused at once, never read
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = e instanceof NotRegularFileError ? e.message : code === 'ENOENT' ? 'no such file' : 'cannot be read';
      throw new UsageError(`${file}: ${why}; nothing was imported`);
    }
    const kind = kindOf(file, bytes, from);
    parsed.kinds[file] = kind;
    if (kind === 'json') {
      let doc: unknown;
      try {
        doc = JSON.parse(bytes.toString('utf8'));
      } catch (e) {
        throw new ImportRefused(file, {
          record: 'the document',
          field: null,
          message: `is not complete JSON (${(e as Error).message}); is the file cut short?`,
        });
      }
      const problems = validateExportDocument(doc);
      const problem = problems[0] ?? planTextProblem(doc as { athletes: AthleteExport[] });
      if (problem) throw new ImportRefused(file, problem, Math.max(0, problems.length - 1));
      parsed.athletes.push(...(doc as { athletes: AthleteExport[] }).athletes.map((athlete, index) => ({ file, index, athlete })));
    } else if (kind === 'fit') {
      const { activities, problems } = await readFitActivities(bytes);
      if (problems[0]) throw new ImportRefused(file, problems[0]);
      parsed.activities.push(...activities.map((a) => ({ ...a, file })));
    } else {
      const { header, records } = await readCsv(bytes);
      const { workouts, problems } = readWorkouts(kind, header, records);
      if (problems[0]) throw new ImportRefused(file, problems[0], problems.length - 1);
      parsed.workouts.push(...workouts.map((w) => ({ ...w, file })));
    }
  }
  return parsed;
}
