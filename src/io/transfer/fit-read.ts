// Reading FIT activity files with Garmin's FIT SDK (@garmin/fitsdk, loaded only here):
// each session message is one activity, in plain values for the core.
import type { Activity } from '../../core/transfer/activities.js';
import { localDateOf } from '../../core/transfer/activities.js';
import type { ImportProblem } from '../../core/transfer/validate.js';
import { loadLibrary } from './libraries.js';

type Mesg = Record<string, unknown>;

const FIT_EPOCH_MS = 631065600000;

/** The activities of one FIT file, or the problem that makes it unreadable. */
export async function readFitActivities(bytes: Buffer): Promise<{ activities: Activity[]; problems: ImportProblem[] }> {
  const { Decoder, Stream } = await loadLibrary('@garmin/fitsdk');
  const fail = (record: string, field: string | null, message: string) => ({ activities: [], problems: [{ record, field, message }] });
  const stream = Stream.fromBuffer(bytes);
  if (!Decoder.isFIT(stream)) return fail('the file', null, 'is not a FIT activity file (it has no FIT header)');
  const decoder = new Decoder(stream);
  if (!decoder.checkIntegrity()) return fail('the file', null, 'is damaged or incomplete (its size or check sum does not match)');
  const { messages, errors } = decoder.read({ convertDateTimesToDates: true, convertTypesToStrings: true });
  if (errors.length) return fail('the file', null, `cannot be decoded (${String((errors[0] as Error).message ?? errors[0])})`);
  const m = messages as Record<string, Mesg[] | undefined>;
  const fileId = m.fileIdMesgs?.[0];
  const activity = m.activityMesgs?.[0];
  const sessions = m.sessionMesgs ?? [];
  if (!sessions.length) return fail('the file', 'session', 'holds no activity session (is it an activity file?)');
  // The device's offset from UTC: the activity's local timestamp minus its UTC one.
  let offsetSeconds: number | null = null;
  if (activity && typeof activity.localTimestamp === 'number' && activity.timestamp instanceof Date) {
    offsetSeconds = Math.round(activity.localTimestamp - (activity.timestamp.getTime() - FIT_EPOCH_MS) / 1000);
  }
  const activities: Activity[] = [];
  for (const [i, s] of sessions.entries()) {
    const record = `session ${i + 1}`;
    const start = s.startTime instanceof Date ? s.startTime : null;
    if (!start) return fail(record, 'startTime', 'is missing');
    const timer = typeof s.totalTimerTime === 'number' ? s.totalTimerTime : null;
    if (timer === null || !(timer >= 0)) return fail(record, 'totalTimerTime', 'is missing');
    // Without a recorded offset, the local date is the one on this machine's clock.
    const date = offsetSeconds !== null ? localDateOf(start.getTime(), offsetSeconds) : localDateOf(start.getTime(), -start.getTimezoneOffset() * 60);
    const serial = fileId?.serialNumber;
    const created = fileId?.timeCreated instanceof Date ? fileId.timeCreated.toISOString() : null;
    const identity = serial !== undefined && created ? `${serial}:${created}` : `start:${start.toISOString()}`;
    activities.push({
      key: `fit:${identity}${sessions.length > 1 ? `#${i + 1}` : ''}`,
      date,
      sport: typeof s.sport === 'string' ? s.sport : 'generic',
      subSport: typeof s.subSport === 'string' ? s.subSport : null,
      timerSeconds: timer,
      distanceMeters: typeof s.totalDistance === 'number' ? s.totalDistance : null,
      avgHeartRate: typeof s.avgHeartRate === 'number' ? s.avgHeartRate : null,
    });
  }
  return { activities, problems: [] };
}
