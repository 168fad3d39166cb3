/**
 * The words of a report's notices (`report.warnings`, codes in
 * src/messages/report-warning-codes.ts), in Swedish (the default) and English. Shown
 * above the tables of every output and on standard error.
 */
import type { Language } from '../messages/languages.js';
import type { ExcludedRowsArgs, ReportWarningArgs } from '../messages/report-warning-codes.js';
import { exclusionReasonWords, LABEL_TEXTS } from './label-texts.js';
import { CRITERIA } from '../config/criteria.js';
import { formatNumber } from './numbers.js';
import type { Texts } from './texts.js';

const percent = (share: number, language: Language): string => `${formatNumber(share * 100, language, 1)} %`;

/**
 * "13,0 % av stegets rader uteslöts (högst 5,0 % tillåts); flickor 37,0 %, pojkar 0,0 %;
 * främst: utfall saknas": the numbers of the data-quality gate, shared by the error
 * that stops `analyze` and the notice of a run with --allow-excluded.
 */
export function excludedRowsSummary(a: ExcludedRowsArgs, language: Language): string {
  const female = LABEL_TEXTS[language][`sex.female.${a.sexTerms}`]().toLowerCase();
  const male = LABEL_TEXTS[language][`sex.male.${a.sexTerms}`]().toLowerCase();
  const unknown = language === 'sv' ? 'okänt' : 'unknown';
  const bySex = `${female} ${a.femaleShare === null ? unknown : percent(a.femaleShare, language)}, ${male} ${a.maleShare === null ? unknown : percent(a.maleShare, language)}`;
  const reasons = a.reasons.split(';').filter(Boolean).map((reason) => exclusionReasonWords(reason, language)).join(', ');
  return language === 'sv'
    ? `${percent(a.share, 'sv')} av stegets rader uteslöts (högst ${percent(a.limit, 'sv')} tillåts); av raderna med känt kön: ${bySex} (högst ${formatNumber(a.diffLimitPp, 'sv', 1)} p.e. skillnad tillåts); främst: ${reasons}`
    : `${percent(a.share, 'en')} of the step's rows were excluded (at most ${percent(a.limit, 'en')} allowed); of the rows of known sex: ${bySex} (a difference of at most ${formatNumber(a.diffLimitPp, 'en', 1)} pp allowed); mainly: ${reasons}`;
}

/**
 * The advice for a step over the gate because of cells hidden in the source: those
 * cannot be corrected in the extract (the published table is so). Empty otherwise.
 */
export function hiddenCellsAdvice(a: ExcludedRowsArgs, language: Language): string {
  if (!a.reasons.split(';').includes('hidden-in-source')) return '';
  return language === 'sv'
    ? ' Celler som är dolda i källan (..) går inte att rätta i uttaget: välj en tabell med grövre indelning, där färre celler är dolda, eller kör medvetet med --allow-excluded.'
    : ' Cells hidden in the source (..) cannot be corrected in the extract: choose a table with a coarser breakdown, where fewer cells are hidden, or run knowingly with --allow-excluded.';
}

/** For a categorical step that lost rows to its list: which values the column has that the list lacks, and which listed ones never occur. */
export function unlistedValuesAdvice(a: ExcludedRowsArgs, language: Language): string {
  const u = a.unlisted;
  if (!u || (u.seen === '' && u.never === '')) return '';
  if (language === 'sv') {
    const seen = u.seen === '' ? '' : ` Kolumnen "${u.column}" har värden som inte står i ${u.keyPath}: ${u.seen}.`;
    const never = u.never === '' ? '' : ` Värden i listan som aldrig förekommer i kolumnen: ${u.never}.`;
    // An ordered list is a scale: pooling a misspelt level with other: would drop it from the trend.
    return `${seen}${never} Rätta listan så att den har kolumnens värden${u.keyPath.endsWith('.ordered') ? '' : ', eller ange other: för att slå ihop värden utanför den'}.`;
  }
  const seen = u.seen === '' ? '' : ` The column "${u.column}" has values that ${u.keyPath} lacks: ${u.seen}.`;
  const never = u.never === '' ? '' : ` Values in the list that never occur in the column: ${u.never}.`;
  return `${seen}${never} Correct the list to hold the column's values${u.keyPath.endsWith('.ordered') ? '' : ', or give other: to pool the values outside it'}.`;
}

/** A criterion in words (the labels' "behov", "annat stöd" …), for the notices that name one by its code. */
function criterionWord(code: string, language: Language): string {
  const known = CRITERIA.find((criterion) => criterion === code);
  return known === undefined ? code : LABEL_TEXTS[language][`criterion.${known}`]();
}

/** The words of each notice, by code. */
/** What a published report says instead of a difference between counts: it could be a small count. */
const SIZE_HIDDEN = {
  sv: 'storleken visas inte när små antal döljs; --no-suppress visar den för intern granskning',
  en: 'the size is not shown when small counts are hidden; --no-suppress shows it for internal review',
} as const;

export const WARNING_TEXTS = {
  sv: {
    'value-never-occurs': (a) =>
      `värdet "${a.value}" (${a.keyPath}) förekommer aldrig i kolumnen "${a.column}", och inget liknande värde gör det. Stämmer värdet? Raderna det skulle välja finns inte i uttaget.`,
    'outcome-constant': (a) =>
      `steget "${a.step}": utfallet är ${a.outcome === 'always' ? 'ja på varje rad' : 'ja på ingen rad'}, så könen kan inte jämföras; stegets rader flaggas inte. Kontrollera stegets outcome-villkor.`,
    'total-column-differs': (a) =>
      `totalkolumnen "${a.column}" stämmer inte med summan av könens kolumner på ${formatNumber(a.differing, 'sv', 0)} av ${formatNumber(a.rows, 'sv', 0)} rader (${a.difference === null || a.largest === null ? SIZE_HIDDEN.sv : `sammanlagt ${formatNumber(a.difference, 'sv', 0)}, som mest ${formatNumber(a.largest, 'sv', 0)} på en rad`}). Det är vanligt när källan döljer små antal; annars kan exporten vara trasig. Totalkolumnen räknas inte.`,
    'excluded-rows': (a) =>
      `steget "${a.step}" kan inte ge slutsatser: ${excludedRowsSummary(a, 'sv')}. Analysen kördes ändå, med --allow-excluded: stegets rader flaggas inte och får inga bedömningar.${unlistedValuesAdvice(a, 'sv')}`,
    'notes-below-table': (a) =>
      `${a.file}: ${a.count === 1 ? 'en rad' : `${formatNumber(a.count, 'sv')} rader`} under tabellen lästes som noter, inte som data (${a.first}). Läs dem: de kan säga vad siffrorna betyder.`,
    'column-looks-merged': (a) =>
      `kolumnen "${a.column}" har tomma celler som ser ut att fortsätta värdet ovanför (sammanslagna celler från Excel); de räknas nu som en egen, tom grupp. Lägg till fill: [${a.column}] i konfigurationen om de fortsätter värdet ovanför.`,
    'hidden-in-source': (a) =>
      `${formatNumber(a.cells, 'sv')} ${a.cells === 1 ? 'cell i antalskolumnen är dold' : 'celler i antalskolumnen är dolda'} i källan (t.ex. ".." för små tal) och ${a.cells === 1 ? 'raden' : 'raderna'} räknades inte. Resultat som vilar på delvis dolda källor är mindre säkra.${a.unflagged ? ` Flaggas inte, eftersom för många av deras celler är dolda: ${a.unflagged}.` : ''}`,
    'totals-differ': (a) =>
      `${formatNumber(a.differing, 'sv')} av ${formatNumber(a.checked, 'sv')} summarader stämmer inte med summan av sina delar${a.withHiddenParts > 0 ? ` (${formatNumber(a.withHiddenParts, 'sv')} av dem har dolda delar)` : ''}${a.where === null || a.total === null || a.parts === null ? ` (${SIZE_HIDDEN.sv})` : `; störst skillnad: ${a.where}: summa ${formatNumber(a.total, 'sv')}, delarna ${formatNumber(a.parts, 'sv')} (${a.total > a.parts ? '+' : '−'}${formatNumber(Math.abs(a.total - a.parts), 'sv')})`}. Det är vanligt när källan dolt små tal; annars tyder det på en trasig export.`,
    'count-with-decimals': (a) =>
      `antalskolumnen "${a.column}" skriver de flesta tal med decimaler (t.ex. "${a.example}"). Antal skrivs sällan så, kvoter (per 100 000) och andelar ofta: kontrollera att kolumnen räknar personer eller ärenden.`,
    'category-never-occurs': (a) =>
      `steget "${a.step}": kategorin "${a.value}" finns i listan men förekommer aldrig i kolumnen "${a.column}" bland stegets rader. Den visas med 0 fall; stämmer värdet?`,
    'categories-constant': (a) =>
      `steget "${a.step}": alla fall har samma kategori ("${a.value}"), så könen kan inte jämföras; stegets rader flaggas inte. Kontrollera stegets categories-kolumn och urval.`,
    'measure-constant': (a) =>
      `steget "${a.step}": alla värden är lika, så könen kan inte jämföras; stegets rader flaggas inte. Kontrollera stegets measure-kolumn och urval.`,
    'criterion-own-column': (a) =>
      `kriteriet ${criterionWord(a.criterion, 'sv')} för steget "${a.step}" jämför inom grupper lika i stegets egen kolumn (${a.column}): inom varje sådan grupp har alla ärenden samma kategori, så kriteriet kan inte prövas för steget och bedömningen blir "kan ej bedömas". Ange explain: för steget utan ${a.column}, med andra variabler som beskriver ${criterionWord(a.criterion, 'sv')}.`,
    'period-not-for-distributions': (a) =>
      `period: ger ännu inga rader per period för steg med categories: eller measure: (${a.steps}); de jämförs över hela perioden. För rader per period: härled en periodvariabel (derive: { Kvartal: { period: { column: …, per: quarter } } }) och lägg den i by:.`,
  },
  en: {
    'value-never-occurs': (a) =>
      `the value "${a.value}" (${a.keyPath}) never occurs in column "${a.column}", and no similar value does. Is the value right? The rows it would select are not in the extract.`,
    'outcome-constant': (a) =>
      `step "${a.step}": the outcome is ${a.outcome === 'always' ? 'yes in every row' : 'yes in no row'}, so the sexes cannot be compared; the step's rows are not flagged. Check the step's outcome condition.`,
    'total-column-differs': (a) =>
      `the total column "${a.column}" differs from the sum of the sexes' columns in ${formatNumber(a.differing, 'en', 0)} of ${formatNumber(a.rows, 'en', 0)} rows (${a.difference === null || a.largest === null ? SIZE_HIDDEN.en : `in all ${formatNumber(a.difference, 'en', 0)}, at most ${formatNumber(a.largest, 'en', 0)} in one row`}). This is usual where the source hides small counts; otherwise the export may be broken. The total column is not counted.`,
    'excluded-rows': (a) =>
      `step "${a.step}" cannot support conclusions: ${excludedRowsSummary(a, 'en')}. The analysis ran anyway, with --allow-excluded: the step's rows are not flagged and get no verdicts.${unlistedValuesAdvice(a, 'en')}`,
    'notes-below-table': (a) =>
      `${a.file}: ${a.count === 1 ? 'one line' : `${formatNumber(a.count, 'en')} lines`} below the table were read as notes, not data (${a.first}). Read them: they may say what the numbers mean.`,
    'column-looks-merged': (a) =>
      `column "${a.column}" has blank cells that seem to continue the value above (merged cells exported from Excel); they now form a blank group of their own. Add fill: [${a.column}] to the configuration if they continue the value above.`,
    'hidden-in-source': (a) =>
      `${formatNumber(a.cells, 'en')} ${a.cells === 1 ? 'count is' : 'counts are'} hidden in the source (e.g. ".." for small numbers) and ${a.cells === 1 ? 'its row was' : 'their rows were'} not counted. Results resting on partly hidden sources are less certain.${a.unflagged ? ` Not flagged, as too many of their cells are hidden: ${a.unflagged}.` : ''}`,
    'totals-differ': (a) =>
      `${formatNumber(a.differing, 'en')} of ${formatNumber(a.checked, 'en')} total rows differ from the sum of their parts${a.withHiddenParts > 0 ? ` (${formatNumber(a.withHiddenParts, 'en')} of them have hidden parts)` : ''}${a.where === null || a.total === null || a.parts === null ? ` (${SIZE_HIDDEN.en})` : `; the largest difference: ${a.where}: total ${formatNumber(a.total, 'en')}, parts ${formatNumber(a.parts, 'en')} (${a.total > a.parts ? '+' : '−'}${formatNumber(Math.abs(a.total - a.parts), 'en')})`}. This is usual when the source hid small cells; otherwise it is a sign of a broken export.`,
    'count-with-decimals': (a) =>
      `the count column "${a.column}" writes most numbers with decimals (e.g. "${a.example}"). Counts are rarely written so, rates (per 100,000) and shares often are: check that the column counts people or cases.`,
    'category-never-occurs': (a) =>
      `step "${a.step}": the category "${a.value}" is listed but never occurs in column "${a.column}" among the step's rows. It is shown with 0 cases; is the value right?`,
    'categories-constant': (a) =>
      `step "${a.step}": every case has the same category ("${a.value}"), so the sexes cannot be compared; the step's rows are not flagged. Check the step's categories column and selection.`,
    'measure-constant': (a) =>
      `step "${a.step}": every value is the same, so the sexes cannot be compared; the step's rows are not flagged. Check the step's measure column and selection.`,
    'criterion-own-column': (a) =>
      `the criterion ${criterionWord(a.criterion, 'en')} of step "${a.step}" compares within groups alike in the step's own column (${a.column}): within each such group every case has the same category, so the criterion cannot be examined for the step and its verdict is "cannot be judged". Give the step an explain: without ${a.column}, with other variables that describe ${criterionWord(a.criterion, 'en')}.`,
    'period-not-for-distributions': (a) =>
      `period: gives no per-period rows yet for steps with categories: or measure: (${a.steps}); they are compared over the whole period. For rows per period: derive a period variable (derive: { Quarter: { period: { column: …, per: quarter } } }) and add it to by:.`,
  },
} as const satisfies Record<Language, Texts<ReportWarningArgs>>;
