// Sessions from watch activities (SPEC §4 import, FIT): the sport decides the session
// type, and the activities of one date in one import become one session.
import type { IsoDate } from '../dates.js';
import type { SessionType } from '../plan/vocabulary.js';

/** One decoded activity, in plain values (the FIT SDK's names, camelCase as it gives them). */
export interface Activity {
  /** The file's identity: serial number and creation time, else the start time. */
  key: string;
  /** The local calendar date it started on. */
  date: IsoDate;
  sport: string;
  subSport: string | null;
  /** Total timer time, seconds. */
  timerSeconds: number;
  distanceMeters: number | null;
  avgHeartRate: number | null;
}

// Profile.types.sport / subSport names of @garmin/fitsdk. Sub-sports are looked at first:
// a `training` activity may be strength training, yoga or cardio.
const SUB_SPORT_TYPES: Record<string, SessionType> = {
  strengthTraining: 'strength',
  yoga: 'mind_body',
  pilates: 'mind_body',
  breathing: 'mind_body',
  flexibilityTraining: 'mind_body',
  cardioTraining: 'aerobic',
  elliptical: 'aerobic',
  stairClimbing: 'aerobic',
  indoorRowing: 'aerobic',
  indoorCycling: 'aerobic',
  indoorRunning: 'aerobic',
  indoorWalking: 'aerobic',
  treadmill: 'aerobic',
  lapSwimming: 'aerobic',
  openWater: 'aerobic',
};

const SPORT_TYPES: Record<string, SessionType> = {
  running: 'aerobic',
  walking: 'aerobic',
  hiking: 'aerobic',
  cycling: 'aerobic',
  eBiking: 'aerobic',
  swimming: 'aerobic',
  rowing: 'aerobic',
  paddling: 'aerobic',
  kayaking: 'aerobic',
  canoeing: 'aerobic',
  crossCountrySkiing: 'aerobic',
  snowshoeing: 'aerobic',
  inlineSkating: 'aerobic',
  iceSkating: 'aerobic',
  standUpPaddleboarding: 'aerobic',
  wheelchairPushWalk: 'aerobic',
  wheelchairPushRun: 'aerobic',
  jumpRope: 'aerobic',
  rucking: 'aerobic',
  meditation: 'mind_body',
  mobility: 'mind_body',
};

/** The session type of an activity (SPEC §4: endurance → aerobic, strength training → strength, yoga and the like → mind_body, else mixed). */
export function sessionTypeOf(sport: string, subSport: string | null): SessionType {
  return (subSport ? SUB_SPORT_TYPES[subSport] : undefined) ?? SPORT_TYPES[sport] ?? 'mixed';
}

export interface ImportedDay {
  date: IsoDate;
  type: SessionType;
  minutes: number;
  keys: string[];
  activities: Activity[];
}

/**
 * One session per date: minutes added, the type of the longest activity (the first of
 * equals, in the order given). Minutes are whole, rounded from the summed timer time.
 */
export function mergeActivitiesByDate(activities: Activity[]): ImportedDay[] {
  const byDate = new Map<IsoDate, Activity[]>();
  for (const a of activities) byDate.set(a.date, [...(byDate.get(a.date) ?? []), a]);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, list]) => {
      const longest = list.reduce((best, a) => (a.timerSeconds > best.timerSeconds ? a : best));
      const seconds = list.reduce((s, a) => s + a.timerSeconds, 0);
      return { date, type: sessionTypeOf(longest.sport, longest.subSport), minutes: Math.round(seconds / 60), keys: list.map((a) => a.key), activities: list };
    });
}

/** The SDK's camelCase names in words: `strengthTraining` → `strength training`. */
const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
/** Sports that say nothing by themselves: the sub-sport is the activity (`training`, `yoga` → `yoga`). */
const VAGUE_SPORTS = new Set(['generic', 'training', 'fitnessEquipment', 'all']);

/** The activity as a person names it: `running`, `running (trail)`, `yoga`, `strength training`. */
export function activityName(sport: string, subSport: string | null): string {
  if (!subSport || subSport === 'generic' || subSport === 'all') return words(sport);
  return VAGUE_SPORTS.has(sport) ? words(subSport) : `${words(sport)} (${words(subSport)})`;
}

/** What an activity's record keeps beside the minutes (SPEC §4: distance and average heart rate). */
export function activityActual(a: Activity): {
  exercise: string;
  sets: number;
  reps: number[];
  minutes: number;
  distance?: string;
  avg_hr?: number;
  source: string;
} {
  return {
    exercise: activityName(a.sport, a.subSport),
    sets: 0,
    reps: [],
    minutes: Math.round(a.timerSeconds / 60),
    ...(a.distanceMeters !== null ? { distance: `${(a.distanceMeters / 1000).toFixed(2)}km` } : {}),
    ...(a.avgHeartRate !== null ? { avg_hr: a.avgHeartRate } : {}),
    source: 'fit',
  };
}

/** The local date of a UTC instant, given the offset (seconds) the device recorded. */
export function localDateOf(utcMs: number, offsetSeconds: number): IsoDate {
  return new Date(utcMs + offsetSeconds * 1000).toISOString().slice(0, 10);
}
