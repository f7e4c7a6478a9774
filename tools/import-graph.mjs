#!/usr/bin/env node
// Prints the folder → folder import arrows of src/ (relative imports only), one per
// line with the number of importing files, so the layering (core points nowhere
// outward; io and render do not import each other both ways) can be read at a glance.
// Usage: node tools/import-graph.mjs [--depth N] (N folder levels below src/, default 2)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', 'src');
const depthArg = process.argv.indexOf('--depth');
const depth = depthArg > 0 ? Number(process.argv[depthArg + 1]) : 2;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|mts|cts|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

// Files directly in src/ (cli, program, errors, context, help) are nodes of their own:
// lumped together they would hide which of them a folder leans on.
function folderOf(file) {
  const parts = relative(root, file).split(sep);
  if (parts.length === 1) return `src/${parts[0].replace(/\.(ts|mts|cts|js|mjs|cjs)$/, '')}`;
  parts.pop();
  return ['src', ...parts.slice(0, depth)].join('/');
}

const importRe = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]\s*\)|^\s*import\s*['"](\.[^'"]+)['"]/gm;
const edges = new Map();
for (const file of walk(root)) {
  const from = folderOf(file);
  const seen = new Set();
  for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const to = folderOf(resolve(dirname(file), spec));
    if (to === from || seen.has(to)) continue;
    seen.add(to);
    const key = `${from} -> ${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
}
const lines = [...edges].sort(([a], [b]) => a.localeCompare(b));
for (const [edge, files] of lines) console.log(`${edge}  (${files})`);

// Arrows that break the layering: core pointing outside core, and pairs of folders
// that import each other.
const problems = [];
for (const [edge] of lines) {
  const [from, to] = edge.split(' -> ');
  if ((from === 'src/core' || from.startsWith('src/core/')) && !(to === 'src/core' || to.startsWith('src/core/')))
    problems.push(`core points outward: ${edge}`);
  if (from < to && edges.has(`${to} -> ${from}`)) problems.push(`cycle: ${from} <-> ${to}`);
}
if (problems.length) console.log(`\n${problems.join('\n')}`);
