// Coach adjustments (SPEC §4 `adjust`): the catalog of actions as one zod schema, with
// the bounds that do not depend on the day. Dates, rest days and sessions are checked
// against the athlete's schedule in core/adjust/propose.ts.
import { array, enum as zEnum, iso, literal, number, strictObject, string, tuple, union, type infer as Infer } from 'zod';

import { VARIANTS } from '../plan/vocabulary.js';
import { LOAD_MAX_PCT, LOAD_MIN_PCT, MAX_ACTIONS } from './adjust-bounds.js';

export * from './adjust-bounds.js';

const date = iso.date();
/** The actions' names, as the schema below spells them (for the message about an unknown one). */
const ACTIONS = ['swap', 'load', 'replace', 'skip', 'restore'] as const;

export const actionSchema = union([
  strictObject({ action: literal('swap'), dates: tuple([date, date]) }),
  strictObject({ action: literal('load'), date, by: number().int().min(LOAD_MIN_PCT).max(LOAD_MAX_PCT) }),
  strictObject({ action: literal('replace'), date, session: string().min(1), variant: zEnum(VARIANTS).optional() }),
  strictObject({ action: literal('skip'), date }),
  strictObject({ action: literal('restore'), date }),
]);

export const actionsSchema = array(actionSchema).min(1).max(MAX_ACTIONS);

export type AdjustAction = Infer<typeof actionSchema>;

/** The first problem with a list of actions, as one line naming the action, field and bound. */
export function parseActions(data: unknown): { ok: true; actions: AdjustAction[] } | { ok: false; message: string } {
  const parsed = actionsSchema.safeParse(data);
  if (parsed.success) return { ok: true, actions: parsed.data };
  const issue = parsed.error.issues[0]!;
  if (issue.path.length === 0) {
    const count = Array.isArray(data) ? data.length : 0;
    if (issue.code === 'too_big') return { ok: false, message: `${count} actions: at most ${MAX_ACTIONS} are allowed in one file` };
    if (issue.code === 'too_small') return { ok: false, message: 'the file has no actions: give at least one' };
    return { ok: false, message: 'the actions file must hold a JSON list of actions, e.g. [{"action":"skip","date":"2026-11-25"}]' };
  }
  const index = Number(issue.path[0]);
  const item = Array.isArray(data) ? (data[index] as { action?: unknown } | undefined) : undefined;
  const name = typeof item?.action === 'string' ? item.action : 'unknown';
  let field = issue.path.slice(1).join('.') || 'action';
  let detail = issue.message;
  if (issue.code === 'invalid_union') {
    if (!(ACTIONS as readonly string[]).includes(name))
      return { ok: false, message: `action ${index + 1}: "${name}" is not an action; use one of ${ACTIONS.join(', ')}` };
    const branch = issue.errors.find((errs) => !errs.some((e) => e.path[0] === 'action')) ?? issue.errors[0]!;
    const inner = branch[0]!;
    field = inner.path.join('.') || field;
    detail = describe(inner);
  } else detail = describe(issue);
  return { ok: false, message: `action ${index + 1} (${name}): ${field} ${detail}` };
}

function describe(issue: { code: string; message: string; minimum?: unknown; maximum?: unknown; keys?: string[] }): string {
  switch (issue.code) {
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return 'must be a date YYYY-MM-DD';
    case 'unrecognized_keys':
      return `has unknown key${issue.keys!.length > 1 ? 's' : ''} ${issue.keys!.join(', ')}`;
    case 'invalid_value':
      // The only enum among the actions' fields is the variant.
      return `must be ${VARIANTS.slice(0, -1).join(', ')} or ${VARIANTS.at(-1)}`;
    case 'invalid_type':
      return issue.message.includes('received undefined') ? 'is required' : `must be ${issue.message.match(/expected (\w+)/)?.[1] ?? 'of another type'}`;
    default:
      return issue.message.replace(/^Invalid input: /, 'must be ');
  }
}
