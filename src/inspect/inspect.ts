/**
 * `inspect`: describes an extract without a configuration — how it is written, its
 * rows, and per column the distinct values, the most common ones, empties and a guessed
 * role. Personnummer-shaped values are never kept, only counted as valid or invalid.
 */
import { readExtract } from '../ingest/read-extract.js';
import { fileFormat, type FileFormat } from '../ingest/file-info.js';
import type { ReadOptions } from '../ingest/read-options.js';
import { containsIdentityNumber, looksLikePersonnummer, maskIdentityText, parsePersonnummer } from '../ingest/personnummer.js';
import { IDENTITY_VALUES_REFUSED } from '../tally/identity-groups.js';
import { DEFAULT_MARKERS, DEFAULT_SEX_VALUES } from '../config/defaults.js';
import { parseCount } from '../tally/count.js';
import { compareGroupValues } from '../ingest/collation.js';
import { FillDownDetector } from './fill-down.js';

export type ColumnRole = 'sex' | 'personnummer' | 'date' | 'number' | 'id' | 'category' | 'empty';

export interface ColumnProfile {
  readonly name: string;
  /** Distinct non-empty values (personnummer excluded), at most DISTINCT_CAP. */
  readonly distinct: number;
  /** True when there were more distinct values than were counted. */
  readonly distinctCapped: boolean;
  readonly empty: number;
  readonly top: readonly { readonly value: string; readonly count: number }[];
  readonly role: ColumnRole;
  /** Counts of personnummer-shaped values; the values themselves are never shown. */
  readonly personnummer: { readonly valid: number; readonly invalid: number } | null;
  /**
   * Distinct values holding personnummer-shaped text anywhere (free text such as "Anmälan
   * gäller 20XXXXXX-XXXX"); each cell that is a personnummer counts as one.
   */
  readonly identityValues: number;
  /**
   * True when the column cannot split tables: at least IDENTITY_VALUES_REFUSED identityValues
   * (analyze refuses it in by, explain and period), or a name holding such text. init never proposes it.
   */
  readonly sensitive: boolean;
}

export interface InspectReport extends FileFormat {
  readonly file: string;
  readonly rows: number;
  readonly raggedRows: number;
  /** Notes below the table (Källa:, Anm. …): not rows; personnummer masked. */
  readonly notes: readonly string[];
  /** Columns whose blank cells look like merged cells continuing the value above: `fill:` them. */
  readonly fillDown: readonly string[];
  readonly columns: readonly ColumnProfile[];
}

/** Distinct values tracked per column; beyond it, only values already seen are counted. */
export const DISTINCT_CAP = 10_000;
const TOP = 10;
const ROLE_SHARE = 0.9;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
/** The default markers (config/defaults.ts), lower case. */
const MARKERS: ReadonlySet<string> = new Set([...DEFAULT_MARKERS.hidden, ...DEFAULT_MARKERS.zero, ...DEFAULT_MARKERS.notApplicable].map((marker) => marker.toLowerCase()));

class ColumnCounter {
  readonly values = new Map<string, number>();
  capped = false;
  empty = 0;
  nonEmpty = 0;
  dates = 0;
  numbers = 0;
  /** Cells that are a marker of official statistics (`..`, `-`, `.`, `x`): they stand where a number would. */
  markers = 0;
  sexCodes = 0;
  personnummerValid = 0;
  personnummerInvalid = 0;

  add(raw: string): void {
    const value = raw.trim();
    if (value === '') {
      this.empty++;
      return;
    }
    this.nonEmpty++;
    if (looksLikePersonnummer(value)) {
      if (parsePersonnummer(value).valid) this.personnummerValid++;
      else this.personnummerInvalid++;
      return;
    }
    if (ISO_DATE.test(value)) this.dates++;
    else if (NUMBER.test(value.replace(/\s/g, '')) || parseCount(value) !== null) this.numbers++;
    else if (MARKERS.has(value.toLowerCase())) this.markers++;
    if (DEFAULT_SEX_VALUES.has(value.toLowerCase())) this.sexCodes++;
    const count = this.values.get(value);
    if (count !== undefined) this.values.set(value, count + 1);
    else if (this.values.size < DISTINCT_CAP) this.values.set(value, 1);
    else this.capped = true;
  }

  role(): ColumnRole {
    const filled = this.nonEmpty;
    if (filled === 0) return 'empty';
    if ((this.personnummerValid + this.personnummerInvalid) / filled >= ROLE_SHARE) return 'personnummer';
    if (this.sexCodes / filled >= ROLE_SHARE && this.values.size <= 6) return 'sex';
    if (this.dates / filled >= ROLE_SHARE) return 'date';
    if (this.numbers / filled >= ROLE_SHARE) return this.values.size === filled && filled > 50 ? 'id' : 'number';
    // A column of counts written with markers (`-` for zero, `..` hidden) is still numbers.
    if (this.numbers > 0 && (this.numbers + this.markers) / filled >= ROLE_SHARE) return 'number';
    if (this.values.size === filled && filled > 50) return 'id';
    return 'category';
  }

  profile(name: string): ColumnProfile {
    const top = [...this.values]
      .sort((a, b) => b[1] - a[1] || compareGroupValues(a[0], b[0]))
      .slice(0, TOP)
      .map(([value, count]) => ({ value, count }));
    const shaped = this.personnummerValid + this.personnummerInvalid;
    let identityValues = shaped;
    for (const value of this.values.keys()) if (containsIdentityNumber(value)) identityValues++;
    return {
      name,
      distinct: this.values.size,
      distinctCapped: this.capped,
      empty: this.empty,
      top,
      role: this.role(),
      personnummer: shaped > 0 ? { valid: this.personnummerValid, invalid: this.personnummerInvalid } : null,
      identityValues,
      sensitive: identityValues >= IDENTITY_VALUES_REFUSED || containsIdentityNumber(name),
    };
  }
}

/** An inspect report with the first data rows as text: what `init` reads to find funnels. */
export interface InspectedExtract {
  readonly report: InspectReport;
  /** The first data rows (ragged rows and notes left out), each as many cells as the header; personnummer masked. Never printed. */
  readonly sample: readonly (readonly string[])[];
}

/** Rows kept for `init`'s sample: published tables seldom have more, and a bound keeps memory flat. */
export const SAMPLE_ROWS = 1000;
/** Cells kept at most, so that a very wide table keeps fewer rows. */
const SAMPLE_CELLS = 200_000;

/** Profiles one extract in a single pass; names, values and the file name are masked for personnummer (maskIdentityText). */
export async function inspect(file: string, read: ReadOptions = {}): Promise<InspectReport> {
  return (await inspectWithSample(file, read, 0)).report;
}

/**
 * `inspect`, keeping also the first `sampleRows` data rows as text (bounded by cells too),
 * for `init` to check which count columns nest in every row. The report is the same.
 */
export async function inspectWithSample(file: string, read: ReadOptions = {}, sampleRows = SAMPLE_ROWS): Promise<InspectedExtract> {
  const sample: string[][] = [];
  let header: readonly string[] = [];
  let counters: ColumnCounter[] = [];
  let fillDown: FillDownDetector | null = null;
  const info = await readExtract(file, read, {
    header(columns) {
      header = columns;
      counters = columns.map(() => new ColumnCounter());
      fillDown = new FillDownDetector(columns);
    },
    row(fields, _line, ragged) {
      if (ragged) return;
      for (let index = 0; index < counters.length; index++) counters[index]!.add(fields[index]!);
      fillDown!.add(fields);
      if (sample.length < sampleRows && (sample.length + 1) * fields.length <= SAMPLE_CELLS) sample.push(fields.slice(0, counters.length));
    },
  });
  const report = maskIdentityText<InspectReport>({
    file,
    ...fileFormat(info),
    rows: info.rows,
    raggedRows: info.raggedRows,
    notes: info.notes,
    fillDown: (fillDown as FillDownDetector | null)?.columns() ?? [],
    columns: header.map((name, index) => counters[index]!.profile(name)),
  });
  return { report, sample: maskIdentityText(sample) };
}
