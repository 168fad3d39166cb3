/**
 * src/report/vega-modules.ts for the one-file CommonJS build: code run from a vm.Script
 * cannot use import() in Node 20 (and a script compiled from a code cache loses its
 * import() callback), so the loader, bin/cached-bundle.cjs, passes a function that
 * imports from a real module: __jamstatImportModule.
 */
/* global __jamstatImportModule */
export function loadVega() {
  return Promise.all([__jamstatImportModule('vega-lite'), __jamstatImportModule('vega')]);
}
