/**
 * Loads dist/jamstat.cjs, the whole command line in one CommonJS file, with the V8 code
 * cache that `npm run build` wrote beside it (dist/jamstat.cjs.cache): the functions an
 * analysis runs are then not compiled again on every run (about 50 ms of a 20,000-row
 * analysis on 2 cores).
 *
 * Hand-written because nothing made for the job fits: Node 20 has no compile cache for
 * modules (module.enableCompileCache came with Node 22.1), and v8-compile-cache writes
 * its cache into a temporary folder while it runs and knows CommonJS only. This is the
 * same technique (vm.Script with cachedData), with the cache made once at build time.
 *
 * A cache that this Node's V8 does not accept (another Node version, other V8 flags) is
 * ignored by V8 and the bundle compiles as usual; results never depend on it.
 */
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'jamstat.cjs');
const CACHE = `${BUNDLE}.cache`;

/**
 * Node's wrapper for a CommonJS module's source (as Module.wrap), with one more argument:
 * import() does not work from a vm.Script in Node 20 without an experimental option, and
 * not at all from one compiled from a code cache, so the bundle imports ES modules (vega)
 * through __jamstatImportModule, which imports from this file.
 */
const wrap = (source) => `(function (exports, require, module, __filename, __dirname, __jamstatImportModule) { ${source}\n});`;
const importModule = (specifier) => import(specifier);

/**
 * The bundle's exports ({ main, … }) and its vm.Script (to write a cache from), or null
 * when there is no bundle: the caller then loads dist/cli.js.
 * @param {{ useCache?: boolean, bundle?: string, cache?: string }} [options] other files for tests
 */
function loadCachedBundle({ useCache = true, bundle = BUNDLE, cache = CACHE } = {}) {
  if (!existsSync(bundle)) return null;
  const cachedData = useCache && existsSync(cache) ? readFileSync(cache) : undefined;
  const script = new vm.Script(wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), importModule);
  return { exports: module.exports, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}

module.exports = { loadCachedBundle, BUNDLE, CACHE };
