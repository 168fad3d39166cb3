/**
 * A Word document as text for golden files: its core properties, then the body in order:
 * each paragraph's style and text, each table's header row (marked when it repeats on
 * every page) and rows as cells joined by " | ", each picture's size and alternative
 * text, each section's orientation, and the page headers. So a diff shows what changed
 * in the words and the structure, not in the bytes of the zip.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]!);
const attribute = (attributes: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

/** The entries of a docx file, by name. */
export async function loadDocx(path: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(path));
}

/** The body (or a header part) as lines: one per paragraph, table row, picture and section. */
export function dumpDocumentXml(xml: string): string[] {
  const lines: string[] = [];
  let paragraphText = '';
  let paragraphStyle = '';
  let paragraphMarks: string[] = [];
  let bold = false;
  let tableDepth = 0;
  let cells: string[] = [];
  let cellText: string[] = [];
  let rowIsHeader = false;
  let rowShaded = false;
  let pictures: string[] = [];
  let insideText = false;
  let sections: string[] = [];
  const tag = /<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    const [, closing, name, attributes = '', selfClosing, content] = match;
    if (content !== undefined) {
      if (insideText) paragraphText += decode(content);
      continue;
    }
    if (name === 'w:t') {
      insideText = !closing && !selfClosing;
      continue;
    }
    if (closing) {
      if (name === 'w:p') {
        if (tableDepth > 0) cellText.push(paragraphText);
        else {
          const marks = [...paragraphMarks, ...(bold && paragraphText ? ['bold'] : [])];
          if (paragraphText) lines.push(`${paragraphStyle ? `[${paragraphStyle}] ` : ''}${marks.length ? `{${marks.join(',')}} ` : ''}${paragraphText}`.trimEnd());
          for (const picture of pictures) lines.push(picture);
        }
        // A section's properties sit in its last paragraph: said after that paragraph's text.
        lines.push(...sections);
        pictures = [];
        sections = [];
      } else if (name === 'w:tc') {
        cells.push(cellText.join(' / '));
        cellText = [];
      } else if (name === 'w:tr') {
        lines.push(`${rowIsHeader ? 'head' : 'row'}${rowShaded ? '*' : ''}: ${cells.join(' | ')}`);
        cells = [];
      } else if (name === 'w:tbl') {
        tableDepth--;
        lines.push('end table');
      }
      continue;
    }
    switch (name) {
      case 'w:p':
        paragraphText = '';
        paragraphStyle = '';
        paragraphMarks = [];
        bold = false;
        break;
      case 'w:pStyle':
        paragraphStyle = attribute(attributes, 'w:val') ?? '';
        break;
      case 'w:numPr':
        paragraphMarks.push('bullet');
        break;
      case 'w:pageBreakBefore':
        paragraphMarks.push('new page');
        break;
      case 'w:b':
        if (attribute(attributes, 'w:val') !== 'false') bold = true;
        break;
      case 'w:br':
        paragraphText += ' // ';
        break;
      case 'w:tbl':
        tableDepth++;
        lines.push('table');
        break;
      case 'w:gridCol':
        lines.push(`  column ${attribute(attributes, 'w:w')}`);
        break;
      case 'w:tr':
        rowIsHeader = false;
        rowShaded = false;
        break;
      case 'w:tblHeader':
        rowIsHeader = true;
        break;
      case 'w:shd':
        if (attribute(attributes, 'w:fill') === 'FFE8A3') rowShaded = true;
        break;
      case 'wp:extent':
        pictures.push(`picture ${Math.round(Number(attribute(attributes, 'cx')) / 9525)}x${Math.round(Number(attribute(attributes, 'cy')) / 9525)}`);
        break;
      case 'wp:docPr':
        pictures[pictures.length - 1] += ` id=${attribute(attributes, 'id')} alt="${decode(attribute(attributes, 'descr') ?? '')}"`;
        break;
      case 'w:pgSz':
        sections.push(`section ${attribute(attributes, 'w:orient') ?? 'portrait'} ${attribute(attributes, 'w:w')}x${attribute(attributes, 'w:h')}`);
        break;
      case 'w:headerReference':
        sections.push(`  page header ${attribute(attributes, 'r:id')}`);
        break;
    }
  }
  return lines;
}

/** Dumps a docx file: core properties, page headers and the body, one line per paragraph or table row. */
export async function dumpDocx(path: string): Promise<string> {
  const zip = await loadDocx(path);
  const core = (await zip.file('docProps/core.xml')!.async('string')).replace(/<\?xml[^>]*>/, '');
  const properties = [...core.matchAll(/<(dc:title|dc:creator|cp:lastModifiedBy|cp:revision|dcterms:created|dcterms:modified)\b[^>]*>([^<]*)</g)].map(([, name, value]) => `${name} ${decode(value!)}`);
  const headers: string[] = [];
  for (const name of Object.keys(zip.files).filter((entry) => /^word\/header\d+\.xml$/.test(entry)).sort()) {
    headers.push(`${name}: ${dumpDocumentXml(await zip.file(name)!.async('string')).join(' ')}`);
  }
  const media = Object.keys(zip.files).filter((entry) => entry.startsWith('word/media/')).sort();
  const body = dumpDocumentXml(await zip.file('word/document.xml')!.async('string'));
  return `${[...properties, ...headers, `media ${media.map((entry) => entry.slice('word/media/'.length)).join(' ')}`, ...body].join('\n')}\n`;
}
