/**
 * vega-lite and vega, loaded when a chart is drawn. Both are ES modules only; the
 * one-file CommonJS build (scripts/build.mjs) puts scripts/vega-modules-commonjs.js in
 * this module's place, which asks its host to load them.
 */
export function loadVega(): Promise<[typeof import('vega-lite'), typeof import('vega')]> {
  return Promise.all([import('vega-lite'), import('vega')]);
}
