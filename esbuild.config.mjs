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
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The bundles, declared here: each is built from its entry point, and an import of
 * another bundle's entry point (matched by resolved path, not by file name) becomes a
 * stand-in that loads that bundle beside this one at run time:
 *   'require'    a plain require on first import (the module is needed at once);
 *   'on-demand'  getters that require it on first use of an export, so a run that
 *                never touches one never loads it.
 * Built in this order, so that an on-demand bundle exists when its names are read.
 */
const bundles = [
  { entry: 'src/io/schema-tools.ts', out: 'dist/schema-tools.cjs', loaded: 'on-demand' },
  { entry: 'src/io/validators.ts', out: 'dist/validators.cjs', loaded: 'require' },
  { entry: 'src/cli.ts', out: 'dist/cli.cjs' },
];

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

/** The stand-in for an import of `other` (a bundle declared above) from inside another bundle. */
function standIn(other) {
  const file = `./${other.out.slice('dist/'.length)}`;
  // `load` is not `require` to the bundler, so the path stays for Node to resolve beside the bundle.
  // (An external import() would go through the ES module loader, which lexes the whole bundle for its export names first.)
  if (other.loaded === 'require') return `const load = require; module.exports = load('${file}');`;
  const names = Object.keys(createRequire(import.meta.url)(here(`./${other.out}`)));
  if (!names.length) throw new Error(`${other.out}: no exports found`);
  const getters = names.map((n) => `get ${n}() { return tools().${n}; }`).join(', ');
  return `const load = require; let loaded; const tools = () => (loaded ??= load('${file}')); module.exports = { ${getters} };`;
}

/** Imports of the other bundles' entry points become stand-ins (see `bundles`). */
function otherBundles(self) {
  const entries = new Map(bundles.filter((o) => o !== self && o.loaded).map((o) => [here(`./${o.entry}`), o]));
  return {
    name: 'other-bundles',
    setup(b) {
      b.onResolve({ filter: /^\.{1,2}\// }, (args) => {
        const other = entries.get(resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
        return other && { path: other.entry, namespace: 'other-bundle' };
      });
      b.onLoad({ filter: /.*/, namespace: 'other-bundle' }, (args) => ({ contents: standIn(bundles.find((o) => o.entry === args.path)), loader: 'js' }));
    },
  };
}

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
const results = {};
for (const bundle of bundles) {
  results[bundle.out] = await build({ ...common, entryPoints: [bundle.entry], outfile: bundle.out, plugins: [startupShims, otherBundles(bundle)] });
}
const cli = results['dist/cli.cjs'];
const validators = results['dist/validators.cjs'];

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
