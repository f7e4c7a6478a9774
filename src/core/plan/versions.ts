// Plan versions in force by date (SPEC §3): "Plan edits apply to the future only …
// a past day is resolved with the version in force on it." Each stored version of an
// assignment's plan records the date from which it applied; the schedule of a day is
// resolved with the version in force on that day.
import type { IsoDate } from '../dates.js';
import type { Plan } from './model.js';
import type { PhasePosition } from './phases.js';
import type { ScheduleDay, ScheduleResolver } from './resolve.js';

export interface PlanVersionSpan {
  /** The plan version's content hash. */
  hash: string;
  /** The first day it applied (a writing command's clock date when it first saw the file). */
  from: IsoDate;
}

/**
 * The index of the version in force on `date`, given versions in the order they were
 * recorded: the latest recorded one whose `from` is on or before the date. Recording
 * order, not date order, decides between them, so a clock that was set back (or a
 * restart from an earlier date) never lets an older version win over a newer one.
 * A day before every `from` (before the start) takes the first version. -1 when empty.
 */
export function versionInForce(versions: readonly { from: IsoDate }[], date: IsoDate): number {
  for (let i = versions.length - 1; i >= 0; i--) if (versions[i]!.from <= date) return i;
  return versions.length ? 0 : -1;
}

/**
 * The versions to resolve with: those stored, plus the plan file as it is now when it
 * differs from the latest stored one. An edit not yet stored (seen by a reading
 * command, SPEC §3 "reading never writes") applies from today, as it would once a
 * writing command stored it today.
 */
export function versionsWithCurrent(stored: readonly PlanVersionSpan[], current: string, today: IsoDate): PlanVersionSpan[] {
  if (stored.length && stored[stored.length - 1]!.hash === current) return [...stored];
  return [...stored, { hash: current, from: stored.length ? today : '0000-01-01' }];
}

/** What LayeredSchedule reads of a backbone: one plan's resolver, or one per version by date. */
export type Backbone = Pick<ScheduleResolver, 'plan' | 'ctx' | 'windows' | 'startMonday' | 'end' | 'inPlan' | 'day'>;

/**
 * The backbone of an assignment whose plan was edited: each day is resolved by the
 * resolver of the version in force on it. Plan-wide facts (phases, end, the plan
 * itself) are the current version's: they describe the plan as it is from today on.
 */
export class VersionedBackbone implements Backbone {
  constructor(
    /** One resolver per version, in recorded order, with its span; the last is the current file's. */
    readonly versions: readonly { span: PlanVersionSpan; resolver: ScheduleResolver }[],
  ) {
    if (!versions.length) throw new Error('VersionedBackbone needs at least one version');
  }

  private get current(): ScheduleResolver {
    return this.versions[this.versions.length - 1]!.resolver;
  }
  get plan(): Plan {
    return this.current.plan;
  }
  get ctx(): ScheduleResolver['ctx'] {
    return this.current.ctx;
  }
  get windows(): ScheduleResolver['windows'] {
    return this.current.windows;
  }
  get startMonday(): IsoDate {
    return this.current.startMonday;
  }
  get end(): IsoDate | null {
    return this.current.end;
  }

  resolverOn(date: IsoDate): ScheduleResolver {
    return this.versions[
      versionInForce(
        this.versions.map((v) => v.span),
        date,
      )
    ]!.resolver;
  }

  hashOn(date: IsoDate): string {
    return this.versions[
      versionInForce(
        this.versions.map((v) => v.span),
        date,
      )
    ]!.span.hash;
  }

  inPlan(date: IsoDate): boolean {
    return this.resolverOn(date).inPlan(date);
  }

  day(date: IsoDate, positionOverride?: PhasePosition | null): ScheduleDay {
    return this.resolverOn(date).day(date, positionOverride);
  }
}
