/** How an input file is written, in words: the same line for inspect and the report's list of files. */
import type { FileFormat } from '../ingest/file-info.js';
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';

/**
 * An Excel workbook's format: `xlsx; blad "Tabell 1" (blad i arbetsboken: "Tabell 1", "Källa")`;
 * null for a text file, whose encoding and delimiter the callers describe.
 */
export function workbookFormatText(file: FileFormat, language: Language): string | null {
  if (file.format !== 'xlsx') return null;
  const sheets = (file.sheets ?? []).map((name) => `"${name}"`).join(', ');
  const title = file.titleLines ? `; ${say(language, 'label', 'titleLines')} ${file.titleLines}` : '';
  return `xlsx; ${say(language, 'label', 'sheet')} "${file.sheet ?? ''}" (${say(language, 'label', 'sheets')}: ${sheets})${title}`;
}
