#!/usr/bin/env node
// Writes the FIT test fixtures (fixtures/fit/*.fit) with Garmin's own encoder
// (@garmin/fitsdk), so the import is tested against files the official SDK produces.
// Run `node tools/make-fit-fixtures.mjs` after changing it; the files are committed.
import { Encoder, Profile } from '@garmin/fitsdk';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../fixtures/fit/', import.meta.url));
const FIT_EPOCH_S = 631065600;

/**
 * One activity file: `start` in UTC, the device's offset from UTC in hours (the local
 * date comes from it), the sport, and minutes of timer time.
 */
function activityFile({ serial, start, offsetHours, sport, subSport = 'generic', minutes, distance, avgHeartRate }) {
  const encoder = new Encoder();
  const startDate = new Date(start);
  const end = new Date(startDate.getTime() + minutes * 60_000);
  encoder.onMesg(Profile.MesgNum.FILE_ID, { type: 'activity', manufacturer: 'development', product: 1, serialNumber: serial, timeCreated: startDate });
  encoder.onMesg(Profile.MesgNum.SESSION, {
    timestamp: end,
    startTime: startDate,
    totalElapsedTime: minutes * 60,
    totalTimerTime: minutes * 60,
    sport,
    subSport,
    ...(distance !== undefined ? { totalDistance: distance } : {}),
    ...(avgHeartRate !== undefined ? { avgHeartRate } : {}),
    messageIndex: 0,
  });
  encoder.onMesg(Profile.MesgNum.ACTIVITY, {
    timestamp: end,
    localTimestamp: Math.round(end.getTime() / 1000) - FIT_EPOCH_S + offsetHours * 3600,
    numSessions: 1,
    type: 'manual',
    totalTimerTime: minutes * 60,
  });
  return encoder.close();
}

const files = {
  // 23:30 UTC on 3 November is 01:30 on 4 November where the watch was (UTC+2): the
  // session belongs to 4 November.
  'run-30min.fit': activityFile({
    serial: 3001,
    start: '2026-11-03T23:30:00Z',
    offsetHours: 2,
    sport: 'running',
    minutes: 30,
    distance: 5020,
    avgHeartRate: 142,
  }),
  // Two activities on 10 November (UTC−5): a 20-minute walk and a 40-minute strength session.
  'walk-20min.fit': activityFile({ serial: 3002, start: '2026-11-10T12:00:00Z', offsetHours: -5, sport: 'walking', minutes: 20, distance: 1800 }),
  'strength-40min.fit': activityFile({
    serial: 3003,
    start: '2026-11-10T22:00:00Z',
    offsetHours: -5,
    sport: 'training',
    subSport: 'strengthTraining',
    minutes: 40,
    avgHeartRate: 110,
  }),
  'yoga-25min.fit': activityFile({ serial: 3004, start: '2026-11-12T07:00:00Z', offsetHours: 0, sport: 'training', subSport: 'yoga', minutes: 25 }),
};

mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(OUT, name), bytes);
// A damaged copy: the run with its last bytes cut off (a transfer that stopped early).
const run = files['run-30min.fit'];
writeFileSync(join(OUT, 'corrupt.fit'), run.subarray(0, run.length - 9));
console.log(`wrote ${Object.keys(files).length + 1} files to ${OUT}`);
