/**
 * The sentences for the flagged categories and measures of the steps beyond yes/no
 * (issue 15), shared by the Sammanfattning (summary.ts), the reflections and the
 * conclusion lists of the HTML and Word reports: "Pojkar har oftare Beteendeproblematik
 * (Kontaktorsak): 23,1 % mot 7,2 %." and "Handläggningstid: längre för flickor, median 41
 * mot 33 dagar (skillnad 8 dagar, 95 % KI 3–13)." A verdict other than candidate is said
 * after the figures ("; förklaras av behov"), as the yes/no rows say it.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedCategoryComparison, PublishedCategoryResult, PublishedMeasureResult, PublishedReport, Verdict } from '../model/report.js';
import { formatPercent } from './numbers.js';
import { distributionPlace } from './distribution-html-rows.js';
import { formatMeasure, isCategoryComparisonHidden, isMeasureComparisonHidden } from './distribution-rows.js';
import { verdictLabel } from './verdict-text.js';
import { categoryCriterionAnswers, measureCriterionAnswers, type CriterionAnswer } from './reflection-text.js';

/** A flagged category or measure row: its verdict, where it is, its verdict in words and its sentence. */
export interface DistributionFlag {
  readonly verdict: Verdict;
  /** "Kontaktorsak, totalt: Beteendeproblematik", "Handläggningstid, Stadsdelsområde Bromma". */
  readonly place: string;
  /** The verdict in words ("kandidat", "förklaras av behov"). */
  readonly label: string;
  /** The sentence with the figures; a verdict other than candidate is said at its end. */
  readonly sentence: string;
  /** Each criterion's question, answered from the stratified comparisons (the reflections of the HTML and Word reports). */
  readonly answers: readonly CriterionAnswer[];
}

/** Units of time, for which a larger value is "longer" (else "higher"). */
const DURATIONS = new Set(['dag', 'dagar', 'dygn', 'vecka', 'veckor', 'månad', 'månader', 'år', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/** The row's place in a sentence: the step alone for the overall row, else "Kontaktorsak, Stadsdelsområde Bromma". */
function sentencePlace(row: PublishedCategoryResult | PublishedMeasureResult, language: Language): string {
  return row.by === null ? row.step : distributionPlace(row, language);
}

/**
 * A sex as the subject of a sentence, in plural: "Pojkar", "Män/pojkar"; in English the
 * summary's words ("boys", "men/boys"), since the table heads' neutral words ("Male") are
 * adjectives. Capitalised.
 */
function sexNoun(report: PublishedReport, sex: 'female' | 'male', language: Language): string {
  const word = language === 'sv' ? say(language, 'label', `sex.${sex}.${report.sexTerms}`) : say(language, 'label', `definite.${sex}.${report.sexTerms}`);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The verdict said after the figures: nothing for a candidate (its section or heading says it) unless `always`. */
function qualifier(verdict: Verdict, label: string, always: boolean): string {
  return verdict === 'candidate' && !always ? '' : label;
}

/** The sentence for one flagged category. */
export function categorySentence(row: PublishedCategoryResult, category: PublishedCategoryComparison, report: PublishedReport, language: Language, always = false): string {
  const where = sentencePlace(row, language);
  const verdict = qualifier(category.verdict, verdictLabel(category, language), always);
  if (isCategoryComparisonHidden(category) || category.diffPp === null || category.diffPp === 0) return say(language, 'label', 'dist.summary.categoryHidden', { value: category.value, where, verdict });
  const [higher, lower] = category.diffPp > 0 ? (['female', 'male'] as const) : (['male', 'female'] as const);
  return say(language, 'label', 'dist.summary.categoryMore', {
    higher: sexNoun(report, higher, language),
    value: category.value,
    where,
    higherShare: formatPercent(category[higher].share, language),
    lowerShare: formatPercent(category[lower].share, language),
    verdict,
  });
}

/** The sentence for one flagged measure row. */
export function measureSentence(row: PublishedMeasureResult, report: PublishedReport, language: Language, always = false): string {
  const where = sentencePlace(row, language);
  const verdict = qualifier(row.verdict, verdictLabel(row, language), always);
  if (isMeasureComparisonHidden(row) || row.estimate === null || row.estimate === 0) return say(language, 'label', 'dist.summary.measureHidden', { where, verdict });
  const femaleHigher = row.estimate > 0;
  const [higher, lower] = femaleHigher ? (['female', 'male'] as const) : (['male', 'female'] as const);
  // The size without its sign (the direction is said in words), and the interval of that size.
  const interval = row.ci95 ? (femaleHigher ? row.ci95 : ([-row.ci95[1], -row.ci95[0]] as const)) : null;
  return say(language, 'label', 'dist.summary.measure', {
    where,
    direction: say(language, 'label', DURATIONS.has((row.unit ?? '').toLowerCase()) ? 'dist.longer' : 'dist.higher'),
    sex: sexNoun(report, higher, language).toLowerCase(),
    higherMedian: formatMeasure(row[higher].median, language),
    lowerMedian: formatMeasure(row[lower].median, language),
    unit: row.unit ?? '',
    size: formatMeasure(Math.abs(row.estimate), language),
    low: interval ? formatMeasure(interval[0], language) : '–',
    high: interval ? formatMeasure(interval[1], language) : '–',
    verdict,
  });
}

/**
 * The flagged categories and measures of the report, in the order of its steps and rows.
 * `always`: say the verdict in every sentence, also a candidate's (where no heading says it).
 */
export function distributionFlags(report: PublishedReport, language: Language, always = false): DistributionFlag[] {
  return report.steps.flatMap((step) => [
    ...(report.categoryResults ?? [])
      .filter((row) => row.step === step.name)
      .flatMap((row) =>
        row.categories
          .filter((category) => category.flag && category.verdict !== 'none')
          .map((category) => ({
            verdict: category.verdict,
            place: `${distributionPlace(row, language)}: ${category.value}`,
            label: verdictLabel(category, language),
            sentence: categorySentence(row, category, report, language, always),
            answers: categoryCriterionAnswers(category, language),
          })),
      ),
    ...(report.measureResults ?? [])
      .filter((row) => row.step === step.name && row.flag && row.verdict !== 'none')
      .map((row) => ({
        verdict: row.verdict,
        place: distributionPlace(row, language),
        label: verdictLabel(row, language),
        sentence: measureSentence(row, report, language, always),
        answers: measureCriterionAnswers(row, language),
      })),
  ]);
}

/** The groups of a step beyond yes/no whose figures are hidden, for the summary's limits: categories hidden in some group, measure rows hidden. */
export function distributionLimitItems(report: PublishedReport, language: Language): string[] {
  return report.steps.flatMap((step) => {
    const categories = (report.categoryResults ?? []).filter((row) => row.step === step.name);
    const hiddenValues = new Set(categories.flatMap((row) => row.categories.filter(isCategoryComparisonHidden).map((category) => category.value)));
    const measures = (report.measureResults ?? []).filter((row) => row.step === step.name && row.by !== null && isMeasureComparisonHidden(row));
    return [
      ...(hiddenValues.size ? [say(language, 'label', 'dist.summary.hiddenCategories', { step: step.name, count: hiddenValues.size })] : []),
      ...(measures.length ? [say(language, 'label', 'dist.summary.hiddenMeasure', { step: step.name, count: measures.length })] : []),
    ];
  });
}
