// Builds dist/ (run by `npm run build`, and by `prepare` on install). Two CommonJS
// bundles, because startup time is most of a CLI's time (SPEC §8):
//   dist/cli.cjs         commander, every command and the pure core: what `today` needs;
//   dist/validators.cjs  zod, js-yaml and the plan loader: loaded only by commands that
//                        validate plan files or adjustment files;
// CommonJS starts faster than
// ES modules here (no module-graph loader), measured with `npm run bench`. Native and
// rarely used packages (better-sqlite3, yaml for error positions, prompts, tables,
// chalk) are loaded from node_modules when needed.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { sep } from 'node:path';
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
  external: ['better-sqlite3', 'yaml', '@inquirer/prompts', 'cli-table3', 'chalk'],
  // import.meta.url in CommonJS: the bundle's own file URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

rmSync(here('./dist'), { recursive: true, force: true });
const [cli] = await Promise.all([
  build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.cjs', plugins: [startupShims, validatorsApart] }),
  build({ ...common, entryPoints: ['src/io/validators.ts'], outfile: 'dist/validators.cjs' }),
]);

// Guard the split: the daily path must never bundle the validation libraries.
const heavy = Object.keys(cli.metafile.inputs).filter((input) => /node_modules[\\/](zod|js-yaml)[\\/]/.test(input));
if (heavy.length) {
  console.error(`esbuild.config.mjs: dist/cli.cjs must not contain ${heavy[0]} (import it through src/io/validators.ts)`);
  process.exit(1);
}
