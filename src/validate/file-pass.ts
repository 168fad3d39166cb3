/**
 * The one pass over a file that checks each row against the plan: ragged rows, empty
 * sex or id cells, invalid personnummer, counts, duplicate ids and dates are counted
 * as they occur; the values of tracked columns are counted for the checks made after
 * the pass. Rows are not kept.
 */
import type { Config } from '../config/types.js';
import { isTotalRow } from '../ingest/total-rows.js';
import { readExtract } from '../ingest/read-extract.js';
import type { ReadOptions } from '../ingest/read-options.js';
import { parsePersonnummer } from '../ingest/personnummer.js';
import { parseCount } from '../tally/count.js';
import { implausibleCount } from '../tally/implausible-count.js';
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

/** Checks the cells of one (not ragged, not total) row. */
function checkRow(fields: readonly string[], line: number, plan: ColumnPlan, found: Occurrences, ids: SeenIds, maxCount: number): void {
  if (plan.sex) {
    const value = fields[plan.sex.index]!.trim();
    if (value === '') {
      found.note('missing-value', plan.sex.name, line, { role: plan.sex.personnummer ? 'personnummer' : 'sex' });
    } else if (plan.sex.personnummer) {
      const parsed = parsePersonnummer(value);
      if (!parsed.valid) found.note('invalid-personnummer', plan.sex.name, line, { problem: parsed.problem }, parsed.problem);
    }
  }
  if (plan.count) {
    const raw = fields[plan.count.index]!;
    const count = parseCount(raw);
    const implausible = implausibleCount(raw, count, maxCount);
    if (implausible === 'identity') found.note('count-is-personnummer', plan.count.name, line, { value: quoteCell(raw) });
    else if (implausible === 'over-limit') found.note('count-over-limit', plan.count.name, line, { value: quoteCell(raw), limit: maxCount });
    else if (count === null) found.note('invalid-count', plan.count.name, line, { value: quoteCell(raw) });
  }
  if (plan.id) {
    const id = fields[plan.id.index]!.trim();
    if (id === '') found.note('missing-value', plan.id.name, line, { role: 'id' });
    else if (!ids.add(id)) found.note('duplicate-id', plan.id.name, line, { value: quoteCell(id) });
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
  let plan: ColumnPlan | null = null;
  let missing: Problem[] = [];
  const values = new Map<number, ValueTally>();
  const occurrences = new Occurrences();
  const info = await readExtract(file, read, {
    header(columns) {
      header = columns;
      missing = missingColumns(config, columns, file);
      plan = planColumns(config, columns);
      for (const column of plan.tracked) values.set(column.index, new ValueTally(column.allowed ?? undefined));
    },
    row(fields, line, ragged) {
      if (ragged) {
        occurrences.note('ragged-rows', null, line, { expected: header.length });
        return;
      }
      if (isTotalRow(fields)) return;
      checkRow(fields, line, plan!, occurrences, ids, config.limits.maxCount);
      for (const [index, tally] of values) {
        const value = fields[index]!.trim();
        if (value !== '') tally.add(value, line);
      }
    },
  });
  return { header, rows: info.rows, plan: plan!, missing, occurrences, values };
}
