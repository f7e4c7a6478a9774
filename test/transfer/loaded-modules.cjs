// Preloaded (node -r) by lazy-libraries.test.ts: at exit, writes to $LOADED_OUT which of
// the export/import libraries the run loaded — CommonJS ones from require's cache, ES
// modules from the import() that bin/regimen.js lends the bundles.
'use strict';
const fs = require('node:fs');
const HEAVY = /node_modules[\\/](csv-stringify|csv-parse|ics|@garmin[\\/]fitsdk)[\\/]/;
const imported = [];
const key = Symbol.for('regimen.import');
let lent;
Object.defineProperty(globalThis, key, {
  configurable: true,
  get: () => (lent ? (specifier) => (imported.push(specifier), lent(specifier)) : undefined),
  set: (fn) => {
    lent = fn;
  },
});
process.on('exit', () => {
  const required = Object.keys(require.cache).filter((k) => HEAVY.test(k)).map((k) => HEAVY.exec(k)[1].replace('\\', '/'));
  fs.writeFileSync(process.env.LOADED_OUT, JSON.stringify([...new Set([...required, ...imported])].sort()));
});
