/**
 * A starter configuration proposed from an inspected extract: where sex is read, the
 * count column of an aggregated extract, the outcome columns that make steps, the
 * category columns to cross with sex, the columns that may serve as criteria, and the
 * date and age columns. Pure: it reads the inspect report and decides nothing else.
 */
import type { ColumnProfile, InspectReport } from '../inspect/inspect.js';
import type { Criterion } from '../model/report.js';
import type { SexColumnRole } from '../config/types.js';
import { DEFAULT_MARKERS } from '../config/defaults.js';
import { TotalLabels } from '../ingest/total-rows.js';
import { detectFunnel, detectWideFunnel, type FunnelStepGuess, type WideSexLayout } from '../inspect/layouts.js';
import { proposeSex, type ProposedSex } from './sex-proposal.js';

/** A step whose outcome is a value of a column. */
export interface ProposedOutcomeStep {
  readonly kind: 'outcome';
  readonly name: string;
  readonly column: string;
  readonly value: string;
  /** The column's other value, when it has exactly two: named in the step's comment. */
  readonly other: string | null;
  /** True when the column is empty in some rows: the step then takes only rows where it is filled. */
  readonly onlyFilled: boolean;
  /** Values of the column that are totals (Totalt): the step then takes only rows with one of its two values. */
  readonly totals: readonly string[];
}

/** A funnel step: the share of the count in `yes` among the count in `of`. */
export interface ProposedFunnelStep extends FunnelStepGuess {
  readonly kind: 'funnel';
  readonly name: string;
}

export type ProposedStep = ProposedOutcomeStep | ProposedFunnelStep;

/**
 * A step comparing how the cases spread over a column's values (`categories:`). `active`
 * when the column's name reads as a reason, need, risk or intervention; otherwise it is
 * written commented out, for a person to decide.
 */
export interface ProposedCategoriesStep {
  readonly kind: 'categories';
  readonly name: string;
  readonly column: string;
  /** The values in their order when they read as a scale (Låg, Medel, Hög): `ordered:`. */
  readonly ordered: readonly string[] | null;
  readonly distinct: number;
  readonly onlyFilled: boolean;
  readonly active: boolean;
}

/**
 * A step comparing a number per case (`measure:`): `active` when the column's name reads
 * as a duration, an extent or an amount; otherwise written commented out.
 */
export interface ProposedMeasureStep {
  readonly kind: 'measure';
  readonly name: string;
  readonly column: string;
  /** The unit read from the column's name ("(dagar)", "timmar"), or null. */
  readonly unit: string | null;
  readonly onlyFilled: boolean;
  readonly active: boolean;
}

/** The `sex.columns` of a table wide by sex: column names (or, in a wide funnel, sex words) and their roles. */
export interface ProposedWide {
  readonly columns: readonly { readonly name: string; readonly role: SexColumnRole }[];
  /** True when the keys are the sex words of a wide funnel (its steps name the measures). */
  readonly funnel: boolean;
  /** Other measures with a column per sex, not proposed (they do not nest): named in a comment. */
  readonly otherMeasures: readonly string[];
}

export interface Proposal {
  readonly sex: ProposedSex;
  readonly count: string | null;
  /** Whole-number columns that may be the count of an aggregated table, when no count column was recognised by name. */
  readonly maybeCounts: readonly string[];
  /** Number columns holding non-whole numbers (rates, shares, per 100 000): not counts. */
  readonly rates: readonly string[];
  readonly steps: readonly ProposedStep[];
  /** Categorical steps (columns with MIN_CATEGORIES to MAX_CATEGORIES values), after the yes/no steps. */
  readonly categorySteps: readonly ProposedCategoriesStep[];
  /** Measure steps (number columns that are no count, age, id, year or date), last. */
  readonly measureSteps: readonly ProposedMeasureStep[];
  readonly by: readonly string[];
  /** Further category columns, proposed in a comment. */
  readonly moreBy: readonly string[];
  readonly criteria: readonly { readonly criterion: Criterion; readonly column: string }[];
  readonly dates: readonly string[];
  readonly ages: readonly string[];
  /** Grouping columns whose blank cells continue the value above (inspect's fill-down detection). */
  readonly fill: readonly string[];
  /** The mapping of a table wide by sex, when sex stands in column names. */
  readonly wide: ProposedWide | null;
  /** Total values seen in the sex, grouping and outcome columns (Totalt, Hela staden), in order. */
  readonly totalsSeen: readonly string[];
  /** Total values seen that the default `totals.labels` lack (SCB's "totalt, samtliga män och kvinnor", Kolada's T): written under `totals:`. */
  readonly extraTotals: readonly string[];
  /** Markers seen in the count columns (`..`, `-`, `.`), in the order of DEFAULT_MARKERS. */
  readonly markersSeen: readonly string[];
}

/** Values a column needs to be proposed as a categorical step: two make a yes/no step instead. */
export const MIN_CATEGORIES = 3;
/** Most values a column is proposed with as a categorical step; more make tables too long to read. */
export const MAX_CATEGORIES = 15;
/** Names of columns whose spread over values is an outcome: reasons, needs, risk, interventions, decisions. */
const CATEGORY_OUTCOME_NAME = /orsak|anledning|behov|problem|risk|insats|åtgärd|beslut|bedömning|placering|reason|need|intervention|decision|assessment/iu;
/** Names of number columns that measure something per case: a duration, an extent, an amount. */
const MEASURE_NAME = /tid\b|tid\s*\(|dagar|dygn|timmar|veckor|månader|minuter|omfattning|kostnad|belopp|kronor|\bkr\b|ersättning|poäng|längd|vikt|days|hours|weeks|months|minutes|duration|time|cost|amount|score/iu;
/** Free text (comments, notes): its values are no categories even when few. */
const FREE_TEXT_NAME = /kommentar|anteckning|notering|fritext|beskrivning|comment|note|remark/iu;
/** An id column that says each row is a case or a person (Ärende-id, Personnr, Löpnummer): numbers beside it are per case. */
const CASE_ID_NAME = /ärende|akt|case|person|löpn|(^|[\s_-])(id|nr)$/iu;
/** A unit in parentheses at the end of a column name: "Handläggningstid (dagar)". */
const UNIT_IN_NAME = /\s*\(([^()]+)\)\s*$/u;
/** Units named as a word of a column name, when there is none in parentheses. */
const UNIT_WORD = /\b(dagar|dygn|timmar|veckor|månader|minuter|kronor|kr|days|hours|weeks|months|minutes)\b/iu;
/**
 * Words that place a value on a scale, by the value's first word: the rank of Låg/Medel/Hög,
 * Låg risk/Förhöjd risk/Hög risk, Ingen/Liten/Stor. A value without one (Inte känt) leaves
 * the column unordered.
 */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['ingen', 0], ['inget', 0], ['none', 0],
  ['mycket låg', 1], ['låg', 1], ['lägre', 1], ['liten', 1], ['ringa', 1], ['low', 1], ['small', 1],
  ['medel', 2], ['måttlig', 2], ['förhöjd', 2], ['mellan', 2], ['medelhög', 2], ['medium', 2], ['moderate', 2],
  ['hög', 3], ['högre', 3], ['stor', 3], ['allvarlig', 3], ['high', 3], ['large', 3], ['severe', 3],
  ['mycket hög', 4], ['mycket stor', 4], ['mycket allvarlig', 4], ['akut', 4], ['very high', 4],
]);

/** The rank of a value on a scale (SCALE_WORDS), by its first one or two words, or null. */
function scaleRank(value: string): number | null {
  const words = value.toLowerCase().split(/\s+/u);
  return SCALE_WORDS.get(words.slice(0, 2).join(' ')) ?? SCALE_WORDS.get(words[0]!) ?? null;
}

/** The values of a column in scale order when every one has its own rank, else null. */
export function scaleOrder(values: readonly string[]): string[] | null {
  const ranked = values.map((value) => ({ value, rank: scaleRank(value) }));
  if (ranked.some((entry) => entry.rank === null)) return null;
  const ranks = new Set(ranked.map((entry) => entry.rank));
  if (ranks.size !== ranked.length) return null;
  return ranked.sort((a, b) => a.rank! - b.rank!).map((entry) => entry.value);
}

/** The unit a column's name gives its numbers: in parentheses ("(dagar)"), else a unit word, else null. */
export function unitOf(name: string): string | null {
  return UNIT_IN_NAME.exec(name)?.[1]!.trim() ?? UNIT_WORD.exec(name)?.[1]!.toLowerCase() ?? null;
}

/** Most groups a `by` variable is proposed with; more make tables too long to read. */
const MAX_GROUPS = 30;
/** How many `by` variables are switched on; the rest are proposed in a comment. */
const MAX_BY = 3;
const YES = /^(ja|yes|j|y|1|true|sant)$/i;
/** Whole values that read as the positive outcome of a decision, whatever the wording. */
const POSITIVE = /^(beviljad|beviljat|beviljade|beviljas|bifall|bifallen|bifallet|godkänd|godkänt|godkända|antagen|antagna|inledd|inleds|accepterad|admitted|accepted|approved|granted|survived|positive|positiv)$/iu;
const NEGATION = /(^|\s)(ej|inte|ingen|inget|nej|no|not|avslag)(\s|$)/i;
/** Whole values that read as the negative outcome of a decision. */
const NEGATIVE = /^(avslag|avslagen|avslaget|avslogs|avvisad|avvisat|nekad|nekat|rejected|denied|refused|declined|n|0|false|falskt)$/iu;
/** Names of the count column of an aggregated table ("Antal", "Antal döda 2015", "Freq", "Värde"). */
const COUNT_NAME = /^(antal(\s.*)?|count|n|freq|frequency|värde|varde|value)$/iu;
/** A whole count as published: digits, maybe with thousands separated by spaces, or a marker (.., -). */
const WHOLE_COUNT = /^(\d+|\d{1,3}([ \u00a0\u202f]\d{3})+)$/u;
/** A hidden or missing cell as published: .., ..., -, an en or em dash (\u2013, \u2014: escaped as docs/build.md says), x or a dot. */
const MARKER = /^(\.\.|\.\.\.|-|\u2013|\u2014|x|\.)$/u;
const DECIMAL = /^-?\d[\d \u00a0\u202f]*[.,]\d+$/u;
const YEAR_NAME = /^(år|ar|year|period|tid|rownames)$/iu;
const AGE_NAME = /^(ålder|alder|age)$/i;
const CRITERION_NAMES: ReadonlyArray<readonly [Criterion, RegExp]> = [
  ['need', /riskbedömning|behov|^risk/i],
  ['otherSupport', /annan huvudman|annat stöd|nätverk/i],
  ['consent', /samtycke|inställning/i],
  ['participation', /tolk|funktionsneds|språk/i],
];

const values = (column: ColumnProfile): string[] => column.top.map((entry) => entry.value);

/** Labels that are totals by default, and other values that read as one ("Totalt, samtliga", "Summa 2023"). */
const DEFAULT_TOTALS = new TotalLabels();
const TOTAL_PREFIX = /^(båda könen|totalt|total|samtliga|summa|both sexes)\b/iu;
const isTotalValue = (value: string): boolean => DEFAULT_TOTALS.isLabel(value) || TOTAL_PREFIX.test(value.trim());
/** Words of a column name that mark a code or key rather than a count ("Kommun-id", "Län kod"). */
const CODE_NAME = /(^|[\s_-])(id|nr|kod|code|kommunkod|lkf)$/iu;

/**
 * The "yes" of a two-valued outcome column, or null: Ja (or another yes), else the value
 * that reads as a positive decision (Beviljad, Bifall, Admitted…), else the value that is
 * not a negation (Ingen utredning, Avslag, Rejected…). Other two-valued columns (Vuxen/Barn)
 * are groups, not outcomes. Values in `totals` (Totalt beside Beviljad and Avslag) are
 * left out: they are no outcome.
 */
export function positiveValue(column: ColumnProfile, totals: readonly string[] = []): string | null {
  const seen = values(column).filter((value) => !totals.includes(value));
  const distinct = column.distinct - (column.top.length - seen.length);
  if (column.role !== 'category' || column.distinctCapped || distinct < 1 || distinct > 2) return null;
  if (totals.length > 0 && distinct !== 2) return null;
  const yes = seen.find((value) => YES.test(value));
  if (yes !== undefined) return yes;
  if (seen.length === 2) {
    const positive = seen.filter((value) => POSITIVE.test(value));
    if (positive.length === 1) return positive[0]!;
    const negated = seen.filter((value) => NEGATION.test(value) || NEGATIVE.test(value));
    if (negated.length === 1) return seen.find((value) => !negated.includes(value))!;
  }
  return null;
}

/** True when every value shown for the column is a whole count or a marker (`..`, `-`), and some are counts. */
function holdsCounts(column: ColumnProfile): boolean {
  const shown = values(column);
  return shown.some((value) => WHOLE_COUNT.test(value)) && shown.every((value) => WHOLE_COUNT.test(value) || MARKER.test(value));
}

/** True when the column holds numbers and some are not whole: a rate, share or mean, not a count. */
function holdsRates(column: ColumnProfile): boolean {
  const shown = values(column);
  return shown.some((value) => DECIMAL.test(value) && !/[.,]0+$/.test(value)) && shown.every((value) => DECIMAL.test(value) || WHOLE_COUNT.test(value) || MARKER.test(value));
}

function criterionOf(column: ColumnProfile): Criterion | null {
  return CRITERION_NAMES.find(([, pattern]) => pattern.test(column.name))?.[0] ?? null;
}

/** The `sex.columns` of a wide table and, when its measures nest, the funnel among them. */
function wideProposal(layout: WideSexLayout, header: readonly string[], sample: readonly (readonly string[])[]): { wide: ProposedWide; funnel: FunnelStepGuess[] | null } {
  const funnel = layout.measures.length >= 2 ? detectWideFunnel(header, sample, layout) : null;
  if (funnel !== null) {
    const used = new Set(funnel.flatMap((step) => [step.of, step.yes]));
    const measures = layout.measures.filter((entry) => entry.measure !== null && used.has(entry.measure));
    // The tally checks a total for every measure a step reads: only when each has one.
    const columns = layout.sexColumns.filter((column) => measures.every((entry) => entry.columns[column.role] !== undefined));
    const otherMeasures = layout.measures.flatMap((entry) => (entry.measure !== null && !used.has(entry.measure) ? [entry.measure] : []));
    return { wide: { columns, funnel: true, otherMeasures }, funnel };
  }
  // One count per sex: the sex words alone (Flickor;Pojkar), else the first measure (antal_kvinnor;antal_man).
  const measure = layout.measures.find((entry) => entry.measure === null) ?? layout.measures[0]!;
  const total = measure.columns.total ?? (layout.measures.length === 1 ? layout.total : undefined);
  const roles = { ...measure.columns, ...(total === undefined ? {} : { total }) };
  const columns = (['female', 'male', 'other', 'total'] as const).flatMap((role) => (roles[role] === undefined ? [] : [{ name: roles[role]!, role }]));
  const otherMeasures = layout.measures.flatMap((entry) => (entry !== measure && entry.measure !== null ? [entry.measure] : []));
  return { wide: { columns, funnel: false, otherMeasures }, funnel: null };
}

/** The cells of `column` as seen: its most common values and its cells in the sample rows. */
function cellsOf(column: ColumnProfile, index: number, sample: readonly (readonly string[])[]): Set<string> {
  const cells = new Set(values(column));
  for (const row of sample) {
    const cell = (row[index] ?? '').trim();
    if (cell !== '') cells.add(cell);
  }
  return cells;
}

/** The markers among `cells`, in the order of DEFAULT_MARKERS. */
function markersAmong(cells: ReadonlySet<string>): string[] {
  return [...DEFAULT_MARKERS.hidden, ...DEFAULT_MARKERS.zero, ...DEFAULT_MARKERS.notApplicable].filter((marker) => cells.has(marker));
}

/**
 * Proposes a configuration for the extract described by `report`, with its first data
 * rows `sample` (inspectWithSample) to find count columns that nest (a funnel). A
 * sensitive column (personnummer-shaped text in its values or name, inspect.ts) is
 * proposed only as the personnummer that sex is read from: never as a group, criterion,
 * step, count, date or age.
 */
export function proposeConfig(report: InspectReport, sample: readonly (readonly string[])[] = []): Proposal {
  const sex = proposeSex(report.columns);
  const header = report.columns.map((column) => column.name);
  const indexOf = (column: ColumnProfile): number => report.columns.indexOf(column);
  const wideFound = sex?.kind === 'wide' ? wideProposal(sex.layout, header, sample) : null;
  const wide = wideFound?.wide ?? null;
  const columns = report.columns.filter((column) => !column.sensitive);
  const sexColumns = new Set(
    sex === null ? [] : sex.kind === 'wide' ? [...sex.layout.measures.flatMap((entry) => Object.values(entry.columns)), ...(sex.layout.total ? [sex.layout.total] : [])] : [sex.column],
  );
  const isSex = (column: ColumnProfile): boolean => sexColumns.has(column.name);
  // Counts in the sex columns are the counts of a wide table: a count column as well would count twice.
  const count = wide !== null ? null : (columns.find((column) => !isSex(column) && COUNT_NAME.test(column.name) && holdsCounts(column))?.name ?? null);
  // A number column named as a duration or amount (Handläggningstid (dagar)) is a measure per case: not a count, a funnel's count or a rate.
  const measureNamed = (column: ColumnProfile): boolean => MEASURE_NAME.test(column.name) && !COUNT_NAME.test(column.name);
  const numbers = columns.filter((column) => !isSex(column) && column.role !== 'id' && !YEAR_NAME.test(column.name) && !AGE_NAME.test(column.name));
  // A funnel: count columns named with words (not an age band "1-4", a total, a code) that nest in every sampled row.
  const funnelCandidates = columns.filter(
    (column) => !isSex(column) && holdsCounts(column) && !measureNamed(column) && /\p{L}/u.test(column.name) && !YEAR_NAME.test(column.name) && !AGE_NAME.test(column.name) && !CODE_NAME.test(column.name) && !isTotalValue(column.name) && !values(column).some((value) => /^0\d/.test(value)),
  );
  const funnel =
    wideFound !== null
      ? wideFound.funnel
      : count === null && sex !== null
        ? detectFunnel(header, sample, header.filter((name) => !funnelCandidates.some((column) => column.name === name)))
        : null;
  const funnelColumns = new Set(funnel?.flatMap((step) => [step.of, step.yes]) ?? []);
  const maybeCounts =
    count === null && wide === null && funnel === null ? numbers.filter((column) => column.role === 'number' && holdsCounts(column) && !measureNamed(column)).map((column) => column.name) : [];
  // Wide sex columns are checked too: a table of rates per sex is still a table of rates.
  const rates =
    funnel !== null
      ? []
      : columns.filter((column) => !(sex?.kind === 'column' && column.name === sex.column) && !(wide === null && count === null && measureNamed(column)) && holdsRates(column)).map((column) => column.name);
  const criteria = columns.flatMap((column) => {
    const criterion = criterionOf(column);
    return criterion && !isSex(column) ? [{ criterion, column: column.name }] : [];
  });
  const isCriterion = (column: ColumnProfile): boolean => criteria.some((entry) => entry.column === column.name);
  const totalsOf = (column: ColumnProfile): string[] => [...cellsOf(column, indexOf(column), sample)].filter(isTotalValue);
  const countIndex = count === null ? -1 : header.indexOf(count);
  /** Values whose every sampled count is "not applicable" (`.`): those rows are excluded, so the value is no outcome. */
  const notApplicableOf = (column: ColumnProfile): string[] => {
    if (countIndex < 0) return [];
    const index = indexOf(column);
    const applicable = new Set<string>();
    const seen = new Set<string>();
    for (const row of sample) {
      const value = (row[index] ?? '').trim();
      seen.add(value);
      if (!DEFAULT_MARKERS.notApplicable.includes((row[countIndex] ?? '').trim())) applicable.add(value);
    }
    return [...seen].filter((value) => value !== '' && !applicable.has(value));
  };
  const ignoredOf = (column: ColumnProfile): string[] => [...totalsOf(column), ...notApplicableOf(column)];
  const filled = (column: ColumnProfile): number => report.rows - column.empty;
  const outcomeSteps = columns
    .filter((column) => !isSex(column) && !isCriterion(column) && !funnelColumns.has(column.name) && positiveValue(column, ignoredOf(column)) !== null)
    .sort((a, b) => filled(b) - filled(a))
    .map((column): ProposedStep => {
      const totals = totalsOf(column);
      const ignored = ignoredOf(column);
      const value = positiveValue(column, ignored)!;
      const other = values(column).filter((seen) => !ignored.includes(seen)).find((seen) => seen !== value) ?? null;
      return { kind: 'outcome', name: YES.test(value) ? column.name : value, column: column.name, value, other: column.distinct - ignored.length === 2 ? other : null, onlyFilled: column.empty > 0, totals };
    });
  // Counts in columns are the cases: outcome rows would count each row as one case.
  const steps: ProposedStep[] = funnel !== null ? funnel.map((step) => ({ kind: 'funnel', name: step.yes, ...step })) : outcomeSteps;
  const categories = columns.filter(
    (column) =>
      column.role === 'category' &&
      !isSex(column) &&
      !holdsCounts(column) &&
      !column.distinctCapped &&
      column.distinct >= 2 &&
      column.distinct <= MAX_GROUPS &&
      !isCriterion(column) &&
      !steps.some((step) => step.kind === 'outcome' && step.column === column.name),
  );
  // Variables with more groups first: districts and reasons say more than a two-valued type.
  const ranked = [...categories].sort((a, b) => b.distinct - a.distinct).map((column) => column.name);
  const by = ranked.slice(0, MAX_BY);
  // Totals where the tally looks for them: the sex column, the groups, the outcomes (and a wide table's total column).
  const sexTotals = sex?.kind === 'column' ? sex.totals : [];
  const labelled = columns.filter((column) => by.includes(column.name) || steps.some((step) => step.kind === 'outcome' && step.column === column.name));
  const totalsSeen = [...new Set([...sexTotals, ...labelled.flatMap(totalsOf), ...(wide?.columns.filter((column) => column.role === 'total').map((column) => column.name) ?? [])])];
  const extraTotals = [...new Set([...sexTotals, ...columns.filter((column) => by.includes(column.name)).flatMap(totalsOf)])].filter((value) => !DEFAULT_TOTALS.isLabel(value));
  // Categorical and measure steps need a case per row (or a count column): not a table of counts in columns.
  const rowsAreCases = wide === null && funnel === null;
  const taken = new Set<string>(steps.flatMap((step) => (step.kind === 'outcome' ? [step.name] : [])));
  const uniqueName = (name: string): string => {
    let unique = name;
    for (let suffix = 2; taken.has(unique); suffix++) unique = `${name} ${suffix}`;
    taken.add(unique);
    return unique;
  };
  const categorySteps: ProposedCategoriesStep[] = !rowsAreCases
    ? []
    : columns
        .filter(
          (column) =>
            column.role === 'category' &&
            !isSex(column) &&
            !holdsCounts(column) &&
            !column.distinctCapped &&
            column.distinct >= MIN_CATEGORIES &&
            column.distinct <= MAX_CATEGORIES &&
            !funnelColumns.has(column.name) &&
            !FREE_TEXT_NAME.test(column.name) &&
            // A yes/no step's column (its third value a total or "not applicable") is compared as yes/no already.
            !steps.some((step) => step.kind === 'outcome' && step.column === column.name) &&
            totalsOf(column).length === 0,
        )
        .map((column) => ({
          kind: 'categories',
          name: uniqueName(column.name),
          column: column.name,
          // Only when every value is among those inspect kept: a scale missing a value would exclude its rows.
          ordered: column.top.length === column.distinct ? scaleOrder(values(column)) : null,
          distinct: column.distinct,
          onlyFilled: column.empty > 0,
          active: CATEGORY_OUTCOME_NAME.test(column.name),
        }));
  // Measures only where each row is one case: in an aggregated table a number beside the count is most often a rate or a mean of the row.
  const caseLevel = rowsAreCases && count === null;
  const hasIdColumn = report.columns.some((column) => column.role === 'id' && CASE_ID_NAME.test(column.name));
  const measureSteps: ProposedMeasureStep[] = !caseLevel
    ? []
    : numbers
        .filter((column) => column.role === 'number' && /\p{L}/u.test(column.name) && !COUNT_NAME.test(column.name) && !CODE_NAME.test(column.name) && (measureNamed(column) || hasIdColumn))
        .map((column) => ({
          kind: 'measure',
          name: uniqueName(column.name.replace(UNIT_IN_NAME, '') || column.name),
          column: column.name,
          unit: unitOf(column.name),
          onlyFilled: column.empty > 0,
          active: measureNamed(column),
        }));
  const countColumns = report.columns.filter((column) => column.name === count || funnelColumns.has(column.name) || (wide !== null && isSex(column)));
  const markerCells = new Set(countColumns.flatMap((column) => [...cellsOf(column, indexOf(column), sample)]));
  return {
    sex,
    count,
    maybeCounts,
    rates,
    steps,
    categorySteps,
    measureSteps,
    by,
    moreBy: ranked.slice(MAX_BY),
    criteria,
    dates: columns.filter((column) => column.role === 'date').map((column) => column.name),
    ages: columns.filter((column) => column.role === 'number' && AGE_NAME.test(column.name)).map((column) => column.name),
    fill: report.fillDown,
    wide,
    totalsSeen,
    extraTotals,
    markersSeen: markersAmong(markerCells),
  };
}
