#!/usr/bin/env node
// The entry point: all the code lives in the bundled build (npm install runs `prepare`).
// CommonJS (see bin/package.json): it starts faster than an ES module entry.
'use strict';
require('../dist/cli.cjs');
