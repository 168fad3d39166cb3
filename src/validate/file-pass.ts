/**
 * The one pass over a file that checks each row against the plan: ragged rows, empty
 * sex or id cells, invalid personnummer, counts, duplicate ids and dates are counted
 * as they occur; the values of tracked columns are counted for the checks made after
 * the pass. Rows are not kept.
 */
import type { Config } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { TotalLabels } from '../ingest/total-rows.js';
import { readExtract } from '../ingest/read-extract.js';
import type { ReadOptions } from '../ingest/read-options.js';
import { parsePersonnummer } from '../ingest/personnummer.js';
import { parseCount } from '../tally/count.js';
import { parseMeasure } from '../tally/measure-value.js';
import { implausibleCount } from '../tally/implausible-count.js';
import { ColumnResolver } from '../tally/columns.js';
import { CountCellReader } from '../tally/count.js';
import { compilePlan } from '../tally/plan.js';
import { parseSwedishDate } from '../ingest/dates.js';
import { planColumns, type ColumnPlan } from './column-plan.js';
import { missingColumns } from './missing-columns.js';
import { Occurrences } from './occurrences.js';
import { quoteCell, type Problem } from './problem.js';
import type { SeenIds } from './seen-ids.js';
import { ValueTally } from './value-tally.js';

/** What one pass over a file found. */
export interface FilePass {
  readonly header: readonly string[];
  /** The file as the reader names it in messages: its path, or for an .xlsx "path [sheet]". */
  readonly label: string;
  /** xlsx only: each header column's Excel letter; null for a text file. */
  readonly columnLetters: readonly string[] | null;
  /** Data rows read (blank lines are not rows). */
  readonly rows: number;
  readonly plan: ColumnPlan;
  /** `missing-column` problems: when there are any, the file cannot be analysed. */
  readonly missing: readonly Problem[];
  /** Per-row problems, counted. */
  readonly occurrences: Occurrences;
  /** The counted values of each tracked column, by column index. */
  readonly values: ReadonlyMap<number, ValueTally>;
}

/**
 * The columns where a total label makes a row a total row (the grouping and sex columns,
 * as the analysis decides it: tally/plan.ts). When the configuration does not compile
 * against the header (a missing column, reported apart), the sex column only.
 */
function totalLabelColumns(config: Config, header: readonly string[], file: string): number[] {
  try {
    const plan = compilePlan(config, new ColumnResolver(header, file, config.source), { file, line: 0 });
    return plan.totals.labelSlots.map((slot) => plan.usedColumns[slot]!);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const sex = config.sex.kind === 'column' ? header.indexOf(config.sex.column) : -1;
    return sex < 0 ? [] : [sex];
  }
}

/**
 * Checks a count cell: a marker is reported on its own line per marker (how the
 * published table is, nothing to correct); a number that is not whole is an error (a
 * rate or share in the count column); anything else that is no count is invalid.
 */
function checkCount(fields: readonly string[], line: number, count: NonNullable<ColumnPlan['count']>, reader: CountCellReader, found: Occurrences): void {
  const raw = fields[count.index]!;
  const cell = reader.read(raw);
  switch (cell.kind) {
    case 'count':
      if (cell.marker !== null) found.note('count-marker', count.name, line, { marker: cell.marker, meaning: 'zero' }, cell.marker);
      return;
    case 'hidden':
      found.note('hidden-in-source', count.name, line, { marker: cell.marker }, cell.marker);
      return;
    case 'not-applicable':
      found.note('count-marker', count.name, line, { marker: cell.marker, meaning: 'not-applicable' }, cell.marker);
      return;
    case 'invalid':
      if (cell.looksLike === 'share' || cell.looksLike === 'rate') found.note('count-not-whole', count.name, line, { value: quoteCell(raw), looksLike: cell.looksLike });
      else found.note('invalid-count', count.name, line, { value: quoteCell(raw) });
  }
}

/** Checks the cells of one (not ragged, not total) row. */
function checkRow(fields: readonly string[], line: number, plan: ColumnPlan, found: Occurrences, ids: SeenIds, counts: CountCellReader, maxCount: number): void {
  if (plan.sex) {
    const value = fields[plan.sex.index]!.trim();
    if (value === '') {
      found.note('missing-value', plan.sex.name, line, { role: plan.sex.personnummer ? 'personnummer' : 'sex' });
    } else if (plan.sex.personnummer) {
      const parsed = parsePersonnummer(value);
      if (!parsed.valid) found.note('invalid-personnummer', plan.sex.name, line, { problem: parsed.problem }, parsed.problem);
    }
  }
  // The count column, and the count columns of a funnel or a table wide by sex: each cell read as the analysis reads it.
  for (const column of plan.count ? [plan.count, ...plan.counts] : plan.counts) {
    const raw = fields[column.index]!;
    const implausible = implausibleCount(raw, parseCount(raw), maxCount);
    if (implausible === 'identity') found.note('count-is-personnummer', column.name, line, { value: quoteCell(raw) });
    else if (implausible === 'over-limit') found.note('count-over-limit', column.name, line, { value: quoteCell(raw), limit: maxCount });
    else checkCount(fields, line, column, counts, found);
  }
  const countIn = (raw: string): number | null => {
    const cell = counts.read(raw);
    return cell.kind === 'count' ? cell.value : null;
  };
  for (const { of, yes } of plan.funnels) {
    const ofValue = countIn(fields[of.index]!);
    const yesValue = countIn(fields[yes.index]!);
    if (ofValue !== null && yesValue !== null && yesValue > ofValue) {
      found.note('funnel-not-nested', yes.name, line, { yesValue: quoteCell(fields[yes.index]!), ofColumn: of.name, ofValue: quoteCell(fields[of.index]!) });
    }
  }
  if (plan.id) {
    const id = fields[plan.id.index]!.trim();
    if (id === '') found.note('missing-value', plan.id.name, line, { role: 'id' });
    else if (!ids.add(id)) found.note('duplicate-id', plan.id.name, line, { value: quoteCell(id) });
  }
  // A numeric step's cell, read as the tally reads it: blank is a missing outcome, anything else must be a number.
  for (const measure of plan.measures) {
    const value = fields[measure.index]!;
    if (value.trim() !== '' && parseMeasure(value) === null) found.note('invalid-measure', measure.name, line, { value: quoteCell(value), keyPath: measure.keyPath });
  }
  for (const date of plan.dates) {
    const value = fields[date.index]!;
    if (value.trim() === '' || parseSwedishDate(value) !== null) continue;
    if (date.keyPath === null) found.note('suspect-date', date.name, line, { value: quoteCell(value) });
    else found.note('invalid-date', date.name, line, { value: quoteCell(value), keyPath: date.keyPath });
  }
}

/**
 * Reads `file` once and checks every row. `ids` is shared between the files of a run,
 * so that an id repeated in a later file is found too. Errors that make the file
 * unreadable (InputError) are thrown as the analysis throws them.
 */
export async function checkFile(file: string, config: Config, read: ReadOptions, ids: SeenIds): Promise<FilePass> {
  let header: readonly string[] = [];
  let label = file;
  let plan: ColumnPlan | null = null;
  let missing: Problem[] = [];
  const values = new Map<number, ValueTally>();
  const occurrences = new Occurrences();
  const counts = new CountCellReader(config.markers);
  const totals = new TotalLabels(config.totals.labels);
  let labelColumns: number[] = [];
  const info = await readExtract(file, read, {
    header(columns, named) {
      header = columns;
      label = named;
      missing = missingColumns(config, columns, file);
      plan = planColumns(config, columns);
      labelColumns = missing.length > 0 ? [] : totalLabelColumns(config, columns, file);
      for (const column of plan.tracked) values.set(column.index, new ValueTally(column.allowed ?? undefined));
    },
    row(fields, line, ragged) {
      if (ragged) {
        occurrences.note('ragged-rows', null, line, { expected: header.length });
        return;
      }
      if (totals.isTotalRow(fields) || labelColumns.some((index) => totals.isLabel(fields[index]!))) return;
      checkRow(fields, line, plan!, occurrences, ids, counts, config.limits.maxCount);
      for (const [index, tally] of values) {
        const value = fields[index]!.trim();
        if (value !== '') tally.add(value, line);
      }
    },
  });
  return { header, label, columnLetters: info.columnLetters ?? null, rows: info.rows, plan: plan!, missing, occurrences, values };
}
