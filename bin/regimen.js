#!/usr/bin/env node
// The entry point: all the code lives in the bundled build (npm install runs `prepare`).
// CommonJS (see bin/package.json): it starts faster than an ES module entry.
//
// The bundles in dist/ are compiled through V8's code cache when the build wrote one
// (dist/NAME.cjs.cache, made by esbuild.config.mjs from a warm-up run): compiling half
// a megabyte of JavaScript is a noticeable part of every run (SPEC §8). A cache is used
// only for the exact file it was made from (size and modification time are checked,
// V8 checks its own version and flags); anything else falls back to a normal compile.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const dist = path.join(__dirname, '..', 'dist');
const compileNormally = Module._extensions['.cjs'] ?? Module._extensions['.js'];

// Set only by the build's warm-up run: write the caches of the bundles this run used.
const writeCaches = process.env.REGIMEN_WRITE_CODE_CACHE === '1';
const scripts = [];

/** The cache's header: the bundle it was made from. */
const stamp = (stat) => `${stat.size}:${stat.mtimeMs}\n`;

function cachedData(filename, stat) {
  let bytes;
  try {
    bytes = fs.readFileSync(`${filename}.cache`);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  return end > 0 && bytes.toString('latin1', 0, end + 1) === stamp(stat) ? bytes.subarray(end + 1) : undefined;
}

Module._extensions['.cjs'] = function compileWithCache(module, filename) {
  if (path.dirname(filename) !== dist) return compileNormally(module, filename);
  const stat = fs.statSync(filename);
  const source = fs.readFileSync(filename, 'utf8');
  const script = new vm.Script(Module.wrap(source), {
    filename,
    cachedData: writeCaches ? undefined : cachedData(filename, stat),
  });
  if (writeCaches) scripts.push({ filename, stat, script });
  const wrapper = script.runInThisContext();
  wrapper.call(module.exports, module.exports, Module.createRequire(filename), module, filename, dist);
};

// Code compiled by vm.Script has no module loader behind its import() (Node refuses the
// call); the bundles use this one for the ESM-only packages they load (src/io/esm-import.ts).
globalThis[Symbol.for('regimen.import')] = (specifier) => import(specifier);

if (writeCaches) {
  process.on('exit', () => {
    for (const { filename, stat, script } of scripts) fs.writeFileSync(`${filename}.cache`, Buffer.concat([Buffer.from(stamp(stat), 'latin1'), script.createCachedData()]));
  });
}

require('../dist/cli.cjs');
