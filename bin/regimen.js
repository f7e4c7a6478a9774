#!/usr/bin/env node
// A tiny shim: all the code lives in the bundled build (npm install runs `prepare`).
import '../dist/cli.js';
