// Preloaded (node --import) by lazy-libraries.test.ts: at exit, writes to $LOADED_OUT
// which of the export/import libraries the run loaded — CommonJS ones from require's
// cache, ES modules from the URLs the module hooks (loaded-modules-hooks.mjs) resolved.
import { writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';

const HEAVY = /node_modules[\\/](csv-stringify|csv-parse|ics|@garmin[\\/]fitsdk)[\\/]/;
const { port1, port2 } = new MessageChannel();
port1.unref();
register(new URL('./loaded-modules-hooks.mjs', import.meta.url), { data: { port: port2 }, transferList: [port2] });

process.on('exit', () => {
  const seen = Object.keys(createRequire(import.meta.url).cache);
  for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) seen.push(decodeURIComponent(m.message));
  const heavy = seen.filter((k) => HEAVY.test(k)).map((k) => HEAVY.exec(k)[1].replace('\\', '/'));
  writeFileSync(process.env.LOADED_OUT, JSON.stringify([...new Set(heavy)].sort()));
});
