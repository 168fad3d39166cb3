/**
 * The words of a report's notices (`report.warnings`, codes in
 * src/messages/report-warning-codes.ts), in Swedish (the default) and English. Shown
 * above the tables of every output and on standard error.
 */
import type { Language } from '../messages/languages.js';
import type { ExcludedRowsArgs, ReportWarningArgs } from '../messages/report-warning-codes.js';
import { exclusionReasonWords, LABEL_TEXTS } from './label-texts.js';
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

/** The words of each notice, by code. */
export const WARNING_TEXTS = {
  sv: {
    'value-never-occurs': (a) =>
      `värdet "${a.value}" (${a.keyPath}) förekommer aldrig i kolumnen "${a.column}", och inget liknande värde gör det. Stämmer värdet? Raderna det skulle välja finns inte i uttaget.`,
    'outcome-constant': (a) =>
      `steget "${a.step}": utfallet är ${a.outcome === 'always' ? 'ja på varje rad' : 'ja på ingen rad'}, så könen kan inte jämföras; stegets rader flaggas inte. Kontrollera stegets outcome-villkor.`,
    'total-column-differs': (a) =>
      `totalkolumnen "${a.column}" stämmer inte med summan av könens kolumner på ${formatNumber(a.differing, 'sv', 0)} av ${formatNumber(a.rows, 'sv', 0)} rader (sammanlagt ${formatNumber(a.difference, 'sv', 0)}, som mest ${formatNumber(a.largest, 'sv', 0)} på en rad). Det är vanligt när källan döljer små antal; annars kan exporten vara trasig. Totalkolumnen räknas inte.`,
    'excluded-rows': (a) =>
      `steget "${a.step}" kan inte ge slutsatser: ${excludedRowsSummary(a, 'sv')}. Analysen kördes ändå, med --allow-excluded: stegets rader flaggas inte och får inga bedömningar.`,
  },
  en: {
    'value-never-occurs': (a) =>
      `the value "${a.value}" (${a.keyPath}) never occurs in column "${a.column}", and no similar value does. Is the value right? The rows it would select are not in the extract.`,
    'outcome-constant': (a) =>
      `step "${a.step}": the outcome is ${a.outcome === 'always' ? 'yes in every row' : 'yes in no row'}, so the sexes cannot be compared; the step's rows are not flagged. Check the step's outcome condition.`,
    'total-column-differs': (a) =>
      `the total column "${a.column}" differs from the sum of the sexes' columns in ${formatNumber(a.differing, 'en', 0)} of ${formatNumber(a.rows, 'en', 0)} rows (in all ${formatNumber(a.difference, 'en', 0)}, at most ${formatNumber(a.largest, 'en', 0)} in one row). This is usual where the source hides small counts; otherwise the export may be broken. The total column is not counted.`,
    'excluded-rows': (a) =>
      `step "${a.step}" cannot support conclusions: ${excludedRowsSummary(a, 'en')}. The analysis ran anyway, with --allow-excluded: the step's rows are not flagged and get no verdicts.`,
  },
} as const satisfies Record<Language, Texts<ReportWarningArgs>>;
