// Cross-field rules of SPEC §2.2 that a schema cannot express. Each finding's code
// is the rule's name; the loader turns paths into file:line:col.
import type { Finding } from '../diagnostics.js';
import { FIRST_DATE, isIsoDate, LAST_DATE, WEEKDAYS } from '../dates.js';
import { DEFAULT_RULES } from '../rules.js';
import { isTrainingType } from './vocabulary.js';
import type { DayInput, PlanInput, WeekTemplateInput } from './schema.js';

type Path = (string | number)[];

function error(code: string, path: Path, message: string, hint?: string): Finding {
  return { code, severity: 'error', message, path, ...(hint ? { hint } : {}) };
}

/** Every day entry of the plan with its path: plan, stage and phase templates, sequence days. */
export function eachDayEntry(plan: PlanInput): { path: Path; day: DayInput }[] {
  const out: { path: Path; day: DayInput }[] = [];
  const fromTemplate = (template: WeekTemplateInput | undefined, base: Path) => {
    if (!template) return;
    for (const wd of WEEKDAYS) {
      const day = template[wd];
      if (day !== undefined) out.push({ path: [...base, wd], day });
    }
  };
  fromTemplate(plan.week_template, ['week_template']);
  plan.stages.forEach((s, i) => fromTemplate(s.week_template, ['stages', i, 'week_template']));
  (plan.phases ?? []).forEach((p, i) => fromTemplate(p.week_template, ['phases', i, 'week_template']));
  (plan.days ?? []).forEach((d, i) => out.push({ path: ['days', i], day: d }));
  return out;
}

function checkSessionReferences(plan: PlanInput, findings: Finding[]): void {
  const sessions = plan.sessions ?? {};
  const names = Object.keys(sessions);
  for (const { path, day } of eachDayEntry(plan)) {
    if (typeof day === 'string' || day.session === undefined) continue;
    const target = sessions[day.session];
    if (!target) {
      findings.push(
        error(
          'unknown-session',
          [...path, 'session'],
          `session "${day.session}" is not in the session library`,
          names.length ? `defined sessions: ${names.join(', ')}` : 'add it under sessions:',
        ),
      );
      continue;
    }
    const sessionType = target.type ?? (isTrainingType(day.session) ? day.session : undefined);
    if (day.type === 'rest') {
      findings.push(
        error('session-type-mismatch', [...path, 'session'], `a rest day has no session, but "${day.session}" is given`, 'remove session: or change the type'),
      );
    } else if (sessionType !== undefined && sessionType !== day.type) {
      findings.push(
        error(
          'session-type-mismatch',
          [...path, 'session'],
          `day type is ${day.type} but session "${day.session}" is ${sessionType}`,
          `use a session of type ${day.type} here, or change the day's type to ${sessionType}`,
        ),
      );
    }
  }
  for (const [name, s] of Object.entries(sessions)) {
    if (s.type === undefined && !isTrainingType(name)) {
      findings.push(
        error(
          'session-missing-type',
          ['sessions', name],
          `session "${name}" needs a type (its name is not a session type)`,
          'add type: strength | aerobic | mixed | mind_body',
        ),
      );
    } else if (s.type !== undefined && isTrainingType(name) && s.type !== name) {
      findings.push(error('session-type-mismatch', ['sessions', name, 'type'], `session "${name}" is named like a type but declares type ${s.type}`));
    }
  }
}

function checkUniqueIds(plan: PlanInput, findings: Finding[]): void {
  const seen = new Map<string, number>();
  plan.stages.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined)
      findings.push(error('duplicate-stage-id', ['stages', i, 'id'], `stage id ${s.id} is already used by stages[${first}]`, 'stage ids must be unique'));
    else seen.set(s.id, i);
  });
  const phases = new Map<string, number>();
  (plan.phases ?? []).forEach((p, i) => {
    const first = phases.get(p.id);
    if (first !== undefined)
      findings.push(error('duplicate-phase-id', ['phases', i, 'id'], `phase id ${p.id} is already used by phases[${first}]`, 'phase ids must be unique'));
    else phases.set(p.id, i);
  });
}

function checkScheduleShape(plan: PlanInput, findings: Finding[]): void {
  const schedule = plan.schedule ?? 'weekly';
  if (schedule === 'sequence') {
    if (plan.phases) findings.push(error('sequence-with-phases', ['phases'], 'a sequence plan cannot have phases', 'use schedule: weekly for calendar phases'));
    if (!plan.days) findings.push(error('sequence-without-days', ['schedule'], 'schedule: sequence needs a days: list', 'add days: [{ name, type, session }]'));
    if (plan.week_template)
      findings.push(
        error('template-in-sequence', ['week_template'], 'a sequence plan uses days:, not week_template', 'remove week_template or use schedule: weekly'),
      );
    plan.stages.forEach((s, i) => {
      if (s.week_template)
        findings.push(
          error(
            'template-in-sequence',
            ['stages', i, 'week_template'],
            'a sequence plan uses days:, not week_template',
            'remove week_template or use schedule: weekly',
          ),
        );
    });
    return;
  }
  if (plan.days)
    findings.push(error('days-without-sequence', ['days'], 'days: is only for schedule: sequence', 'set schedule: sequence, or use week_template'));
  const everyStageHasOne = plan.stages.every((s) => s.week_template);
  const everyPhaseHasOne = plan.phases !== undefined && plan.phases.every((p) => p.week_template);
  if (!plan.week_template && !everyStageHasOne && !everyPhaseHasOne) {
    const i = plan.stages.findIndex((s) => !s.week_template);
    findings.push(
      error(
        'missing-week-template',
        ['stages', i],
        `stage ${plan.stages[i]!.id} has no week_template and the plan has none`,
        'add week_template: at the top level (stages and phases may override it)',
      ),
    );
  }
}

function checkGoal(plan: PlanInput, findings: Finding[]): void {
  if (plan.goal?.kind === 'event' && plan.goal.date === undefined) {
    findings.push(error('event-goal-without-date', ['goal'], 'an event goal needs a date', 'add date: YYYY-MM-DD (the race or deadline)'));
  }
  // SPEC §4 strict values: plan dates obey the same range as every other date.
  const date = plan.goal?.date;
  if (date !== undefined && !isIsoDate(date)) {
    findings.push(
      error(
        'date-out-of-range',
        ['goal', 'date'],
        `goal date ${date} is outside ${FIRST_DATE} to ${LAST_DATE}`,
        `use a calendar date YYYY-MM-DD from ${FIRST_DATE} to ${LAST_DATE}`,
      ),
    );
  }
}

function checkPhases(plan: PlanInput, findings: Finding[]): void {
  (plan.phases ?? []).forEach((p, i) => {
    if (Array.isArray(p.weekly_minutes) && p.weekly_minutes.length !== p.weeks) {
      findings.push(
        error(
          'weekly-minutes-length',
          ['phases', i, 'weekly_minutes'],
          `weekly_minutes has ${p.weekly_minutes.length} values but the phase has ${p.weeks} weeks`,
          'give one value per week, or a single number',
        ),
      );
    }
    if (p.blocks && p.blocks.length !== p.weeks) {
      findings.push(
        error('blocks-length', ['phases', i, 'blocks'], `blocks has ${p.blocks.length} values but the phase has ${p.weeks} weeks`, 'give one intent per week'),
      );
    }
    if (p.min_weeks !== undefined && p.min_weeks > p.weeks) {
      findings.push(
        error(
          'min-weeks-exceeds-weeks',
          ['phases', i, 'min_weeks'],
          `min_weeks ${p.min_weeks} is more than the phase's ${p.weeks} weeks`,
          `use a value from 1 to ${p.weeks}`,
        ),
      );
    }
  });
}

function checkRules(plan: PlanInput, findings: Finding[]): void {
  const s = plan.rules?.symptoms;
  const defaults = DEFAULT_RULES.symptoms;
  const amber = s?.amber ?? defaults.amber;
  const red = s?.red ?? defaults.red;
  if (amber >= red) {
    findings.push(
      error(
        'symptom-thresholds-order',
        ['rules', 'symptoms', s?.amber !== undefined ? 'amber' : 'red'],
        `amber (${amber}) must be below red (${red})`,
        `defaults: amber ${defaults.amber}, red ${defaults.red}`,
      ),
    );
  }
}

/** SPEC §2.2 errors beyond the schema. Runs only on schema-valid input. */
export function validatePlan(plan: PlanInput): Finding[] {
  const findings: Finding[] = [];
  checkScheduleShape(plan, findings);
  checkGoal(plan, findings);
  checkUniqueIds(plan, findings);
  checkSessionReferences(plan, findings);
  checkPhases(plan, findings);
  checkRules(plan, findings);
  return findings;
}
