/**
 * Recognising the layouts whose counts are in columns, from a header and a sample of
 * rows: wide by sex (one count column per sex, the sex word alone or beside a measure:
 * `Flickor;Pojkar;Totalt`, `antal_kvinnor;antal_man`, `Aktualiseringar flickor`), and a
 * funnel (count columns, in header order, each at most the one before in every row:
 * `Aktualiseringar;Inledda utredningar;Beviljade insatser`). Pure: `init` and `inspect`
 * call these with what they read, and write the configuration from what they return.
 * The names found are the ones the tally resolves (tally/wide-columns.ts).
 */
import type { SexColumnRole } from '../config/types.js';
import { DEFAULT_MARKERS } from '../config/defaults.js';
import { CountCellReader } from '../tally/count.js';

/** Count cells read as the analysis reads them with the default markers (`..` hidden, `-` zero). */
const COUNT_CELLS = new CountCellReader(DEFAULT_MARKERS);

/** The count a cell holds, or null when it holds none (a marker, words, a rate). */
function readCountCell(raw: string): number | null {
  const cell = COUNT_CELLS.read(raw);
  return cell.kind === 'count' ? cell.value : null;
}

/** Words naming one sex (or the total) in a column name, lower case. */
const SEX_WORDS: ReadonlyMap<string, SexColumnRole> = new Map([
  ...['flickor', 'flicka', 'kvinnor', 'kvinna', 'women', 'woman', 'female', 'females', 'girls'].map((word) => [word, 'female'] as const),
  ...['pojkar', 'pojke', 'män', 'man', 'men', 'male', 'males', 'boys'].map((word) => [word, 'male'] as const),
  ...['totalt', 'total', 'summa', 'samtliga', 'alla', 'båda könen', 'all', 'both sexes'].map((word) => [word, 'total'] as const),
]);

/** One measure of a wide table: its name (null for the sex words alone) and its column per role. */
export interface WideMeasure {
  readonly measure: string | null;
  readonly columns: Readonly<Partial<Record<SexColumnRole, string>>>;
}

/** A table wide by sex: `sex.columns` as a configuration states it (the sex words and their roles), and the measures found. */
export interface WideSexLayout {
  readonly sexColumns: readonly { readonly name: string; readonly role: SexColumnRole }[];
  readonly measures: readonly WideMeasure[];
  /**
   * A total column that names no measure (`Båda könen`) beside sex columns that do
   * (`Aktualiseringar flickor`): the total of a table with one measure. Absent otherwise.
   */
  readonly total?: string;
}

/** A column name split into a measure and a sex word, or null when it carries no sex word. */
function splitSexWord(name: string): { measure: string | null; word: string; role: SexColumnRole } | null {
  const text = name.trim().replace(/\s+/g, ' ');
  const lower = text.toLocaleLowerCase('sv');
  const whole = SEX_WORDS.get(lower);
  if (whole) return { measure: null, word: text, role: whole };
  for (const [word, role] of SEX_WORDS) {
    // "M (S)", "M S", "M_S", then "S M", "S_M": the ways wide-columns.ts reads a measure and a sex word.
    if (lower.endsWith(` (${word})`) && lower.length > word.length + 3) {
      const at = lower.length - word.length - 3;
      return { measure: text.slice(0, at), word: text.slice(at + 2, -1), role };
    }
    for (const separator of [' ', '_']) {
      if (lower.endsWith(`${separator}${word}`) && lower.length > word.length + 1) {
        const at = lower.length - word.length;
        return { measure: text.slice(0, at - 1), word: text.slice(at), role };
      }
      if (lower.startsWith(`${word}${separator}`) && lower.length > word.length + 1) {
        return { measure: text.slice(word.length + 1), word: text.slice(0, word.length), role };
      }
    }
  }
  return null;
}

/**
 * The table's sex columns when it is wide by sex: columns whose names are sex words, or
 * a measure and a sex word, with a female and a male column for at least one measure.
 * Null when the header holds no such pair. The sex words kept are the first spelling
 * of each role (`Flickor`, `kvinnor`), as `sex.columns` keys.
 */
export function detectWideSex(header: readonly string[]): WideSexLayout | null {
  const measures = new Map<string, { measure: string | null; columns: Partial<Record<SexColumnRole, string>> }>();
  const words = new Map<SexColumnRole, string>();
  for (const name of header) {
    const found = splitSexWord(name);
    if (found === null) continue;
    const key = found.measure === null ? '' : found.measure.toLocaleLowerCase('sv');
    const entry = measures.get(key) ?? { measure: found.measure, columns: {} };
    if (entry.columns[found.role] !== undefined) continue;
    entry.columns[found.role] = name;
    measures.set(key, entry);
    if (!words.has(found.role)) words.set(found.role, found.word);
  }
  const complete = [...measures.values()].filter((entry) => entry.columns.female !== undefined && entry.columns.male !== undefined);
  if (complete.length === 0) return null;
  const roles = (['female', 'male', 'other', 'total'] as const).filter((role) => complete.some((entry) => entry.columns[role] !== undefined));
  const layout = { sexColumns: roles.map((role) => ({ name: words.get(role)!, role })), measures: complete };
  const alone = measures.get('');
  // "Aktualiseringar flickor;Aktualiseringar pojkar;Båda könen": the total stands alone.
  if (alone !== undefined && !complete.includes(alone) && alone.columns.total !== undefined && alone.columns.female === undefined && alone.columns.male === undefined) {
    return { ...layout, total: alone.columns.total };
  }
  return layout;
}

/** A funnel step as a configuration states it. */
export interface FunnelStepGuess {
  readonly of: string;
  readonly yes: string;
}

/**
 * The funnel among the measures, each one or more count columns (one per sex when
 * wide): the longest run of measures, in the order given, in which each is at most the
 * one before in every sampled row, column by column, and below it in at least one (a
 * copy of a column is no step). Null when there is no such pair.
 */
function funnelOf(measures: readonly { name: string; columns: readonly number[] }[], rows: readonly (readonly string[])[]): FunnelStepGuess[] | null {
  const values = measures.map((measure) => rows.map((row) => measure.columns.map((column) => readCountCell(row[column] ?? ''))));
  const nests = (of: number, yes: number): boolean => {
    let below = false;
    for (let row = 0; row < rows.length; row++) {
      const ofRow = values[of]![row]!;
      const yesRow = values[yes]![row]!;
      for (let column = 0; column < ofRow.length; column++) {
        const ofValue = ofRow[column];
        const yesValue = yesRow[column];
        if (ofValue === null || yesValue === null) continue;
        if (yesValue! > ofValue!) return false;
        if (yesValue! < ofValue!) below = true;
      }
    }
    return below;
  };
  let best: number[] = [];
  for (let start = 0; start < measures.length; start++) {
    const run = [start];
    for (let next = start + 1; next < measures.length && nests(run[run.length - 1]!, next); next++) run.push(next);
    if (run.length > best.length) best = run;
  }
  if (best.length < 2) return null;
  return best.slice(1).map((yes, index) => ({ of: measures[best[index]!]!.name, yes: measures[yes]!.name }));
}

/** True when every non-empty sampled cell of the column is a count, and one is. */
function isCountColumn(column: number, rows: readonly (readonly string[])[]): boolean {
  let seen = false;
  for (const row of rows) {
    const cell = (row[column] ?? '').trim();
    if (cell === '') continue;
    if (readCountCell(cell) === null) return false;
    seen = true;
  }
  return seen;
}

/**
 * A funnel of count columns in a table with one count per row (not wide): adjacent count
 * columns, in header order, that nest in every sampled row (`yes` ≤ `of`). `exclude`
 * leaves columns out (a total, an id). Null when none nest.
 */
export function detectFunnel(header: readonly string[], sampleRows: readonly (readonly string[])[], exclude: readonly string[] = []): FunnelStepGuess[] | null {
  const measures = header.flatMap((name, column) => (!exclude.includes(name) && isCountColumn(column, sampleRows) ? [{ name, columns: [column] }] : []));
  return funnelOf(measures, sampleRows);
}

/**
 * A funnel in a table wide by sex: the measures of `wide` (with a sex word beside a
 * name) that nest for each sex in every sampled row, in header order. The steps name
 * the measures, as `of:` and `yes:` do with `sex.columns`.
 */
export function detectWideFunnel(header: readonly string[], sampleRows: readonly (readonly string[])[], wide: WideSexLayout): FunnelStepGuess[] | null {
  const measures = wide.measures.flatMap((entry) => {
    if (entry.measure === null) return [];
    const columns = [entry.columns.female!, entry.columns.male!].map((name) => header.indexOf(name));
    return columns.every((column) => isCountColumn(column, sampleRows)) ? [{ name: entry.measure, columns }] : [];
  });
  measures.sort((a, b) => a.columns[0]! - b.columns[0]!);
  return funnelOf(measures, sampleRows);
}
