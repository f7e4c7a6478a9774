// Builds dist/ (run by `npm run build`, and by `prepare` on install). Three CommonJS
// bundles, because startup time is most of a CLI's time (SPEC §8):
//   dist/cli.cjs           commander, every command and the pure core: what `today` needs;
//   dist/validators.cjs    js-yaml and the plan loader: loaded only by commands that
//                          validate plan files or adjustment files;
//   dist/schema-tools.cjs  zod: loaded by the plan loader only when a plan has a problem
//                          to explain (valid plans pass the generated quick parser), and
//                          for `schema` and adjustment files;
// CommonJS starts faster than
// ES modules here (no module-graph loader), measured with `npm run bench`. Native and
// rarely used packages (better-sqlite3, yaml for error positions, prompts, tables,
// chalk) are loaded from node_modules when needed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Modules a dependency loads eagerly but regimen never uses, replaced by stand-ins. */
const startupShims = {
  name: 'startup-shims',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: here('./src/shims/supports-color.ts') }));
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`) ? { path: here('./src/shims/child-process.cjs') } : undefined,
    );
  },
};

/**
 * Imports of src/io/validators.ts become a plain require of the separate bundle. (An
 * external import() would go through the ES module loader, which lexes the whole
 * 250 KB bundle for its export names first: about 30 ms.)
 */
const validatorsApart = {
  name: 'validators-apart',
  setup(b) {
    b.onResolve({ filter: /\/validators\.js$/ }, () => ({ path: 'validators', namespace: 'validators-apart' }));
    // `load` is not `require` to the bundler, so the path stays for Node to resolve beside the bundle.
    b.onLoad({ filter: /.*/, namespace: 'validators-apart' }, () => ({ contents: "const load = require; module.exports = load('./validators.cjs');", loader: 'js' }));
  },
};

/**
 * Imports of src/io/schema-tools.ts (zod) become a module whose exports are getters
 * that load the separate bundle on first use, so that a run that never needs zod never
 * loads it. The names are read from the file's `export { … } from` lines.
 */
const schemaToolsOnDemand = {
  name: 'schema-tools-on-demand',
  setup(b) {
    b.onResolve({ filter: /\/schema-tools\.js$/ }, () => ({ path: 'schema-tools', namespace: 'schema-tools-on-demand' }));
    b.onLoad({ filter: /.*/, namespace: 'schema-tools-on-demand' }, () => {
      const source = readFileSync(here('./src/io/schema-tools.ts'), 'utf8');
      const names = [...source.matchAll(/^export \{([^}]+)\} from /gm)].flatMap((m) => m[1].split(',').map((n) => n.trim()));
      if (!names.length) throw new Error('src/io/schema-tools.ts: no `export { … } from` lines found');
      const getters = names.map((n) => `get ${n}() { return tools().${n}; }`).join(', ');
      return { contents: `const load = require; let loaded; const tools = () => (loaded ??= load('./schema-tools.cjs')); module.exports = { ${getters} };`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // The export/import libraries too (csv-*, ics, the FIT SDK): loaded from node_modules by
  // src/io/transfer/libraries.ts, only inside those commands.
  external: ['better-sqlite3', 'yaml', '@inquirer/prompts', 'cli-table3', 'chalk', 'csv-stringify', 'csv-parse', 'ics', '@garmin/fitsdk'],
  // import.meta.url in CommonJS: the bundle's own file URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

rmSync(here('./dist'), { recursive: true, force: true });
const [cli, validators] = await Promise.all([
  build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.cjs', plugins: [startupShims, validatorsApart] }),
  build({ ...common, entryPoints: ['src/io/validators.ts'], outfile: 'dist/validators.cjs', plugins: [schemaToolsOnDemand] }),
  build({ ...common, entryPoints: ['src/io/schema-tools.ts'], outfile: 'dist/schema-tools.cjs' }),
]);

// Guard the split: the daily path must never bundle the validation libraries, and
// checking a valid plan must never load zod.
const guards = [
  [cli, 'dist/cli.cjs', /node_modules[\\/](zod|js-yaml)[\\/]/, 'src/io/validators.ts'],
  [validators, 'dist/validators.cjs', /node_modules[\\/]zod[\\/]/, 'src/io/schema-tools.ts'],
];
for (const [result, bundle, forbidden, via] of guards) {
  const heavy = Object.keys(result.metafile.inputs).find((input) => forbidden.test(input));
  if (heavy) {
    console.error(`esbuild.config.mjs: ${bundle} must not contain ${heavy} (import it through ${via})`);
    process.exit(1);
  }
}

// V8 code caches for the bundles (see bin/regimen.js), written by warm-up runs of the
// fresh build, so that they hold the functions those runs compiled: `check` (a valid
// and an invalid plan: all three bundles), then the daily `today` on a scratch
// journal, whose cache of dist/cli.cjs is the one kept. A failed warm-up only means
// no cache: the CLI then compiles from source as usual.
const scratch = mkdtempSync(join(tmpdir(), 'regimen-build-'));
try {
  const run = (args, writeCaches) =>
    spawnSync(process.execPath, [here('./bin/regimen.js'), '--journal', join(scratch, 'journal.db'), '--no-input', ...args], {
      cwd: here('.'),
      stdio: 'ignore',
      env: { ...process.env, NO_COLOR: '1', REGIMEN_WRITE_CODE_CACHE: writeCaches ? '1' : '', REGIMEN_NOW: '2026-11-23' },
    });
  run(['check', 'plans', 'fixtures/plans/invalid/unknown-key.yaml'], true);
  run(['init', '--plan', 'plans/gentle-foundations.yaml'], false);
  run(['today'], true);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
