/**
 * Makes a zip file (an xlsx) the same bytes for the same content: every entry gets one
 * fixed date, the entries keep their order, and the archive is compressed again with
 * fixed options. exceljs stamps each entry with the time of writing.
 */
import JSZip from 'jszip';

/** The date every entry gets: the earliest a zip file can hold. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/** The same archive with fixed entry dates. */
export async function withFixedDates(archive: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(archive);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
