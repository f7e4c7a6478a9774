// Loading the ESM-only packages (chalk, @inquirer/prompts) with import() from the
// CommonJS bundle. One place, so that the bundler sees a specifier it leaves alone
// (a variable) and Node's own loader resolves the package at run time.
export function importEsm<T>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
