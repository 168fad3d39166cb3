/**
 * Makes a docx the same bytes for the same report: the docx library writes the time of
 * writing into docProps/core.xml (created and modified) and into every zip entry. The
 * document's dates become one fixed date (the xlsx report's), then the entries' dates are
 * fixed as for the xlsx (deterministic-zip.ts).
 */
import JSZip from 'jszip';
import { withFixedDates } from './deterministic-zip.js';

/** The document date written into core.xml: the same as the xlsx report's. */
const DOCUMENT_DATE = '2000-01-01T00:00:00Z';

/** The same document with fixed created and modified dates and fixed zip entry dates. */
export async function withFixedDocxDates(archive: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(archive);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = await core.async('string');
    zip.file('docProps/core.xml', xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${DOCUMENT_DATE}$2`));
  }
  return withFixedDates(await zip.generateAsync({ type: 'uint8array' }));
}
