// Preloaded into a spawned `node bin/regimen.js` (node --require): when the process
// exits, its own CPU time (user + system, in ms) is written to $TEST_CPU_REPORT, so a
// test can bound the work a command did without depending on the machine's load.
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.TEST_CPU_REPORT;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, String((user + system) / 1000));
  });
}
