/** The JSON renderer: the report model as it is, two-space indented, with a final newline. */
import type { PublishedReport } from '../model/report.js';
import { jsonChunks } from './json-chunks.js';
import { escapeJsonControls } from './visible-text.js';

/**
 * Renders the published report as JSON (schemaVersion 1): hidden values are null. Numbers
 * are not rounded. DEL and C1 control characters, which JSON.stringify leaves raw, are
 * written as \u escapes (the parsed value is the same), so that a report printed to a
 * terminal cannot drive it.
 */
export function renderJson(report: PublishedReport): string {
  return [...renderJsonChunks(report)].join('');
}

/**
 * The text of renderJson in chunks, made as they are written: the command line writes a
 * large report without holding its whole text (json-chunks.ts says why). Escaping is
 * per chunk: a chunk never splits a character.
 */
export function* renderJsonChunks(report: PublishedReport): Generator<string> {
  for (const chunk of jsonChunks(report)) yield escapeJsonControls(chunk);
  yield '\n';
}
