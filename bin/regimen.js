#!/usr/bin/env node
// A tiny shim: all the code lives in the bundled build (npm install runs `prepare`).
// CommonJS (see bin/package.json): it starts faster than an ES module entry.
require('../dist/cli.cjs');
