// Bundles src/cli.ts into dist/. Run by `npm run build` and by `prepare` on install.
// Code splitting keeps each command in its own chunk, so `today` never loads what
// `check` needs. better-sqlite3 is a native addon and stays external.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Startup trims (SPEC §8 speed): modules a dependency loads eagerly but regimen never uses.
const startupShims = {
  name: 'startup-shims',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: fileURLToPath(new URL('./src/shims/supports-color.ts', import.meta.url)) }));
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`) ? { path: fileURLToPath(new URL('./src/shims/child-process.cjs', import.meta.url)) } : undefined,
    );
  },
};

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
await build({
  // The check worker is its own entry: a worker thread starts from a file.
  entryPoints: { cli: 'src/cli.ts', 'check-worker': 'src/io/check-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3'],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [startupShims],
  // Some dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
