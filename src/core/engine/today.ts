// Today: the backbone first, symptoms modify it (SPEC §6.1). Pure: the planned
// session and the day's assessment come in; the adapted session and its receipts
// (reasons with the numbers they came from) go out.
import type { Item, Plan, SessionDef, Stage } from '../plan/model.js';
import { roundMinutes, scaleItems, type PlannedSession } from '../plan/resolve.js';
import type { SessionType, TrainingType, Variant } from '../plan/vocabulary.js';
import { itemMinutes, variantItems } from '../plan/variants.js';
import { flagNoun } from './flags.js';
import { FOCUS_TYPE, SIGNALS, TYPE_FOCUS, severity, type Assessment, type DayStatus, type FocusFlag } from './status.js';
import { describeSignals, describeVeryHigh, describeWorst, focusWord, label, todayMessage, typeLabel, withArticle } from './today-wording.js';

export type Adaptation = 'as_planned' | 'gentler_variant' | 'mixed_finisher' | 'scaled_down' | 'rest';

export interface AdaptedSession {
  type: SessionType;
  session: string | null;
  variant: Variant;
  minutes: number;
  items: Item[];
  rest_ok: boolean;
}

export interface TodayDecision {
  status: DayStatus;
  focus: FocusFlag[];
  adaptation: Adaptation;
  adapted: AdaptedSession;
  reasons: string[];
  suggestCheckin: boolean;
  contactCareTeam: boolean;
  /** On a symptom rest day: something small and optional the person may do instead. */
  offer?: string;
}

// SPEC §6.1 fixes these shares; they are not plan-tunable rules.
const GENTLER_SHARE = 0.8;
const SCALED_DOWN_SHARE = 0.4;
const FINISHER_SHARE = 0.25;
const FINISHER_MIN_MINUTES = 3;
/** A signal this severe rests the day even when it is the only red one. */
const VERY_HIGH_SEVERITY = 9;

const REST_OFFER = 'If you would like, a few minutes of slow breathing or gentle stretching; resting is completely fine too.';

/** Short blocks for a finisher when the plan's library has no session of that type. */
const GENERIC_FINISHER: Record<TrainingType, string> = {
  aerobic: 'Easy walk',
  mind_body: 'Slow breathing',
  strength: 'Sit to stand, easy pace',
  mixed: 'Easy walk and gentle stretches',
};

export function adaptSession(input: { plan: Plan; planned: PlannedSession; stage: Stage; assessment: Assessment | null }): TodayDecision {
  const { plan, planned, stage, assessment } = input;
  const status: DayStatus = assessment?.status ?? 'unknown';
  const focus = assessment?.focus ?? [];
  const restOk = status === 'amber' || status === 'red' || status === 'stop';
  const base = {
    status,
    focus,
    suggestCheckin: assessment === null,
    contactCareTeam: status === 'stop',
  };
  const signalReasons = assessment ? describeSignals(assessment) : [];
  // Plain words, as the check-in showed them: "chest pain was reported", not the flag's spelling.
  const stopReasons = assessment ? assessment.stopFlags.map((f) => `${flagNoun(f)} was reported`) : [];

  if (planned.type === 'rest') {
    return {
      ...base,
      adaptation: 'as_planned',
      adapted: { type: 'rest', session: null, variant: planned.variant, minutes: 0, items: [], rest_ok: restOk },
      reasons: ['today is a rest day in the plan', ...stopReasons, ...signalReasons, ...(assessment ? [] : ['no check-in yet for today'])],
    };
  }

  if (!assessment || status === 'green') {
    const why = assessment ? `every signal is green (highest: ${describeWorst(assessment)})` : 'no check-in yet for today, so the plan stands as written';
    return {
      ...base,
      adaptation: 'as_planned',
      adapted: { type: planned.type, session: planned.session, variant: planned.variant, minutes: planned.minutes, items: planned.items, rest_ok: restOk },
      reasons: [why],
    };
  }

  if (status === 'stop') {
    return { ...base, adaptation: 'rest', adapted: restSession(), reasons: [...stopReasons, ...signalReasons, 'a safety sign means no exercise today'] };
  }

  const session = planned.session ? plan.sessions[planned.session] : undefined;
  const factor = session ? plannedFactor(planned, session, stage) : stage.volume;

  if (status === 'amber') {
    const plannedFocus = TYPE_FOCUS[planned.type];
    if (focus.length === 0 || focus.includes(plannedFocus)) {
      const minutes = roundMinutes(planned.minutes * GENTLER_SHARE);
      const items = session ? fitItems(scaleItems(variantItems(session, 'gentle', stage), factor), minutes) : [];
      return {
        ...base,
        adaptation: 'gentler_variant',
        adapted: { type: planned.type, session: planned.session, variant: 'gentle', minutes, items, rest_ok: true },
        reasons: [
          ...signalReasons,
          focus.length
            ? `${focusWord(plannedFocus)} is among what today calls for (${focus.map(focusWord).join(', ')})`
            : 'nothing in particular is called for today',
          `the gentle variant at 80% of the planned minutes (${planned.minutes} → ${minutes})`,
        ],
      };
    }
    const mixed = mixedFinisher(plan, planned, stage, session, factor, focus);
    return { ...base, ...mixed, reasons: [...signalReasons, ...mixed.reasons] };
  }

  // red
  const red = assessment.redSignals;
  const veryHigh = SIGNALS.filter((s) => severity(s, assessment.signals[s]) >= VERY_HIGH_SEVERITY);
  if (red.length >= 2 || veryHigh.length > 0) {
    const why =
      red.length >= 2
        ? `${red.length} signals are red (${red.map(label).join(', ')})`
        : veryHigh.map((s) => describeVeryHigh(s, assessment.signals[s])).join(', ');
    return { ...base, adaptation: 'rest', adapted: restSession(), reasons: [...signalReasons, `${why}: today is a rest day`], offer: REST_OFFER };
  }
  const scaled = scaledDown(plan, planned, stage, session, factor, assessment);
  return { ...base, ...scaled, reasons: [...signalReasons, ...scaled.reasons] };
}

type Shaped = Pick<TodayDecision, 'adaptation' | 'adapted' | 'reasons'>;

/**
 * SPEC §6.1 (v1.1): the finisher is a short aerobic or mind-body block — the first
 * focus flag that is one of those; when none is (only resistance or multi_component),
 * mind-body, the gentlest.
 */
export function finisherTypeFor(focus: FocusFlag[]): 'aerobic' | 'mind_body' {
  const first = focus.find((f) => f === 'aerobic' || f === 'mind_body');
  return first ? (FOCUS_TYPE[first] as 'aerobic' | 'mind_body') : 'mind_body';
}

/** Amber, and the planned type is not what today's symptoms call for (SPEC §6.1). */
function mixedFinisher(plan: Plan, planned: PlannedSession, stage: Stage, session: SessionDef | undefined, factor: number, focus: FocusFlag[]): Shaped {
  const plannedType = planned.type as TrainingType;
  const finisherType = finisherTypeFor(focus);
  // The finisher is short and comes out of the planned minutes, never on top of them.
  const finisherMinutes = Math.min(planned.minutes, Math.max(FINISHER_MIN_MINUTES, Math.round(planned.minutes * FINISHER_SHARE)));
  const lead = session ? scaleItems(variantItems(session, 'gentle', stage), factor).slice(0, 2) : [];
  const items = [...fitItems(lead, planned.minutes - finisherMinutes), finisherItem(plan, finisherType, stage, finisherMinutes)];
  const finisher = `a ${finisherMinutes > 0 ? `${finisherMinutes}-minute ` : ''}${typeLabel(finisherType)} finisher`;
  return {
    adaptation: 'mixed_finisher',
    adapted: { type: 'mixed', session: planned.session, variant: 'gentle', minutes: planned.minutes, items, rest_ok: true },
    reasons: [
      `${focusWord(TYPE_FOCUS[plannedType])} (the planned ${typeLabel(plannedType)} session) is not what today calls for (${focus.map(focusWord).join(', ')})`,
      lead.length
        ? `${lead.length === 1 ? 'the first gentle' : `the first ${lead.length} gentle`} ${typeLabel(plannedType)} item${lead.length === 1 ? '' : 's'} plus ${finisher}, within the planned ${planned.minutes} minutes`
        : `${finisher}, within the planned ${planned.minutes} minutes`,
    ],
  };
}

/** Red on one signal, none at 9–10: the minimal variant, at most 40% of the minutes. */
function scaledDown(plan: Plan, planned: PlannedSession, stage: Stage, session: SessionDef | undefined, factor: number, assessment: Assessment): Shaped {
  const minutes = planned.minutes > 0 ? Math.max(1, Math.floor(planned.minutes * SCALED_DOWN_SHARE)) : 0;
  const reasons: string[] = [];
  let type = planned.type as TrainingType;
  let source = session;
  let sessionName = planned.session;
  let sourceFactor = factor;
  const focusType = assessment.focus[0] ? FOCUS_TYPE[assessment.focus[0]] : undefined;
  // Loading a painful body: pain that is red on a strength or aerobic day moves the
  // minimal session to the first focus type (usually mind-body).
  if (assessment.redSignals[0] === 'pain' && (type === 'strength' || type === 'aerobic') && focusType && focusType !== type) {
    const other = sessionOfType(plan, focusType);
    if (other) {
      reasons.push(`pain is red on ${withArticle(typeLabel(type))} day: a minimal ${typeLabel(focusType)} session instead`);
      type = focusType;
      source = other;
      sessionName = other.name;
      // Another session's items were never scaled by this day's weekly target; only volume applies.
      sourceFactor = stage.volume;
    } else {
      reasons.push(`pain is red on ${withArticle(typeLabel(type))} day; the plan has no ${typeLabel(focusType)} session, so the planned one is kept`);
    }
  }
  reasons.push(`one signal is red: the minimal variant at no more than 40% of the planned minutes (${planned.minutes} → ${minutes})`);
  const items = source ? fitItems(scaleItems(variantItems(source, 'minimal', stage), sourceFactor), minutes) : [];
  return {
    adaptation: 'scaled_down',
    adapted: { type, session: sessionName, variant: 'minimal', minutes, items, rest_ok: true },
    reasons,
  };
}

function restSession(): AdaptedSession {
  return { type: 'rest', session: null, variant: 'minimal', minutes: 0, items: [], rest_ok: true };
}

/** The session "named like the type", else the first in the library with that type. */
function sessionOfType(plan: Plan, type: TrainingType): SessionDef | undefined {
  const named = plan.sessions[type];
  if (named?.type === type) return named;
  return Object.values(plan.sessions).find((s) => s.type === type);
}

function finisherItem(plan: Plan, type: TrainingType, stage: Stage, minutes: number): Item {
  const source = sessionOfType(plan, type);
  const first = source ? variantItems(source, 'gentle', stage)[0] : undefined;
  const item: Item = first ? { ...first } : { exercise: GENERIC_FINISHER[type] };
  if (minutes > 0) item.minutes = minutes;
  else delete item.minutes;
  return item;
}

/**
 * The factor resolve.ts scaled the planned items by (weekly target × stage volume).
 * PlannedSession does not carry it, so it is recovered: the stage volume when that
 * reproduces the planned item minutes exactly (every plan without weekly targets),
 * else the ratio of planned to written item minutes.
 */
function plannedFactor(planned: PlannedSession, session: SessionDef, stage: Stage): number {
  const written = variantItems(session, planned.variant, stage);
  const writtenTotal = itemMinutes(written);
  const plannedTotal = itemMinutes(planned.items);
  if (writtenTotal === undefined || plannedTotal === undefined || written.length !== planned.items.length) return stage.volume;
  const reproduces = (f: number) => written.every((item, i) => item.minutes === undefined || roundMinutes(item.minutes * f) === planned.items[i]!.minutes);
  return reproduces(stage.volume) ? stage.volume : plannedTotal / writtenTotal;
}

/** Shrink item minutes (never grow them) to fit the adapted minutes; an item left with none is dropped. */
function fitItems(items: Item[], budget: number): Item[] {
  const total = itemMinutes(items);
  if (total === undefined || total <= budget) return items;
  const share = Math.max(0, budget) / total;
  return items.flatMap((item) => {
    if (item.minutes === undefined) return [item];
    const minutes = Math.floor(item.minutes * share);
    return minutes > 0 ? [{ ...item, minutes }] : [];
  });
}

export { todayMessage };
