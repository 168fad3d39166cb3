/**
 * Loads dist/jamstat.cjs, the whole command line in one CommonJS file, with the V8 code
 * cache that `npm run build` wrote beside it (dist/jamstat.cjs.cache), so that the code an
 * analysis runs is not compiled again on every run. Why, and how it is made safe:
 * docs/build.md.
 *
 * The cache file starts with the SHA-256 of the bundle it was made from; a cache for
 * another bundle, one this Node's V8 refuses, or one that cannot be read is left aside.
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
 *
 * With `debug`, the same bundle is loaded by Node's own require instead, without the
 * cache: Node applies source maps (process.setSourceMapsEnabled) only to code it loads
 * itself, not to a vm.Script, and --debug's stack traces must name src/*.ts lines. The
 * two arguments the wrapper passes are then globals.
 * @param {{ useCache?: boolean, bundle?: string, cache?: string, debug?: boolean }} [options] other files for tests
 */
function loadCachedBundle({ useCache = true, bundle = BUNDLE, cache = CACHE, debug = false } = {}) {
  if (!existsSync(bundle)) return null;
  if (debug) {
    globalThis.__jamstatModuleUrl = pathToFileURL(bundle).href;
    globalThis.__jamstatImportModule = importModule;
    return { exports: createRequire(__filename)(bundle), script: null, cacheRejected: false, cacheUsed: false };
  }
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
