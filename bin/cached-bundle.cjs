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
 * The cache file starts with the SHA-256 of the bundle it was made from: V8 checks only
 * the source's length, so a bundle edited after the build (same length, other code) would
 * otherwise run the old code. A cache for another bundle, one this Node's V8 does not
 * accept (another Node version, other V8 flags) or one that cannot be read is left
 * aside and the bundle compiles as usual; results never depend on it.
 */
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'jamstat.cjs');
const CACHE = `${BUNDLE}.cache`;

/** Bytes of the SHA-256 at the start of the cache file. */
const DIGEST_BYTES = 32;

/** The SHA-256 of a bundle's bytes, which its cache file starts with. */
const digestOf = (bytes) => createHash('sha256').update(bytes).digest();

/**
 * Node's wrapper for a CommonJS module's source (as Module.wrap), with two more arguments:
 * the bundle's URL (for import.meta.url, which CommonJS lacks: the worker is found next to
 * the bundle), and __jamstatImportModule, because import() does not work from a vm.Script
 * in Node 20 without an experimental option, and not at all from one compiled from a code
 * cache, so the bundle imports ES modules (vega) through it, from this file.
 */
const wrap = (source) =>
  `(function (exports, require, module, __filename, __dirname, __jamstatModuleUrl, __jamstatImportModule) { ${source}\n});`;
const importModule = (specifier) => import(specifier);

/** The V8 data of the cache file when it was made from `bundleBytes`, else undefined. */
function cacheFor(bundleBytes, cache) {
  let file;
  try {
    file = readFileSync(cache);
  } catch {
    return undefined;
  }
  if (file.length <= DIGEST_BYTES || !file.subarray(0, DIGEST_BYTES).equals(digestOf(bundleBytes))) return undefined;
  return file.subarray(DIGEST_BYTES);
}

/**
 * The bundle's exports ({ main, … }) and its vm.Script (to write a cache from), or null
 * when there is no bundle: the caller then loads dist/cli.js.
 * @param {{ useCache?: boolean, bundle?: string, cache?: string }} [options] other files for tests
 */
function loadCachedBundle({ useCache = true, bundle = BUNDLE, cache = CACHE } = {}) {
  if (!existsSync(bundle)) return null;
  const bytes = readFileSync(bundle);
  const cachedData = useCache ? cacheFor(bytes, cache) : undefined;
  const script = new vm.Script(wrap(bytes.toString('utf8')), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), pathToFileURL(bundle).href, importModule);
  return {
    exports: module.exports,
    script,
    /** Whether a cache was found for this bundle and V8 refused it. */
    cacheRejected: cachedData !== undefined && script.cachedDataRejected === true,
    /** Whether the bundle ran from its cache. */
    cacheUsed: cachedData !== undefined && script.cachedDataRejected !== true,
  };
}

/** The cache file's bytes for a bundle and the V8 data made from it. */
function cacheFile(bundleBytes, v8Data) {
  return Buffer.concat([digestOf(bundleBytes), v8Data]);
}

module.exports = { loadCachedBundle, cacheFile, BUNDLE, CACHE };
