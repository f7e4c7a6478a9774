// Loading the ESM-only packages (chalk, @inquirer/prompts) with import().
//
// bin/regimen.js compiles the bundles with vm.Script (to use V8's code cache), and code
// compiled that way has no module loader behind its own import() (Node refuses the
// call). So bin/regimen.js, which Node loads normally, lends its import() through a
// registry symbol; without it (tests run the sources directly) this module's own
// import() is used.
type Importer = (specifier: string) => Promise<unknown>;

const lent = (globalThis as Record<symbol, unknown>)[Symbol.for('regimen.import')] as Importer | undefined;
const importer: Importer = lent ?? ((specifier) => import(specifier));

export function importEsm<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}
