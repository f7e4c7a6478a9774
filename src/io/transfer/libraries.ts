// The heavy libraries of export and import, loaded only by those commands (SPEC §8:
// `today`, `log` and `review` never load them). They are external to the bundle
// (esbuild.config.mjs) and required from node_modules on first use; the FIT SDK is an
// ES module only, so it comes through importEsm.
import { createRequire } from 'node:module';
import { importEsm } from '../esm-import.js';

type Libraries = {
  'csv-stringify': typeof import('csv-stringify/sync');
  'csv-parse': typeof import('csv-parse/sync');
  ics: typeof import('ics');
  '@garmin/fitsdk': typeof import('@garmin/fitsdk');
};

const requireHere = createRequire(import.meta.url);

export async function loadLibrary<K extends keyof Libraries>(name: K): Promise<Libraries[K]> {
  switch (name) {
    case 'csv-stringify':
      return requireHere('csv-stringify/sync') as Libraries[K];
    case 'csv-parse':
      return requireHere('csv-parse/sync') as Libraries[K];
    case 'ics':
      return requireHere('ics') as Libraries[K];
    default:
      return importEsm<Libraries[K]>(name);
  }
}
