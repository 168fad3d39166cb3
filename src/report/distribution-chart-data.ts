/**
 * What the charts of a step beyond yes/no show, for the HTML report (SVG) and the Word
 * report (PNG), as step-chart-data.ts does for the yes/no steps: one chart for the overall
 * row and one per variable, the words of the axes and legends, the text alternative, and
 * what is left out because it is hidden. One place, so that both formats draw the same.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedCategoryResult, PublishedReport, PublishedStepSummary } from '../model/report.js';
import type { TopLevelSpec } from 'vega-lite';
import { categoryChartSpec, measureChartSpec, type CategoryChartGroup, type DistributionChartTexts, type MeasurePoint } from './distribution-charts.js';
import { distributionLabel, isCategoryRowCountHidden, type DistributionKind } from './distribution-html-rows.js';
import { categoryRowsOf, isCategoryComparisonHidden, isMeasureComparisonHidden, measureRowsOf, rowName, sexWords } from './distribution-rows.js';

/** One chart of a step: the overall row's (`by` null) or one variable's groups. */
export interface DistributionChartPart {
  readonly by: string | null;
  /** "Totalt" or the variable's name. */
  readonly heading: string;
  /** How many groups it draws. */
  readonly groups: number;
  readonly spec: TopLevelSpec;
}

export interface DistributionChartData {
  readonly kind: DistributionKind;
  /** The figure's caption. */
  readonly title: string;
  /** The text alternative: what the charts show and what is flagged. */
  readonly description: string;
  /** How many groups are drawn in all. */
  readonly rows: number;
  readonly parts: readonly DistributionChartPart[];
  /** What is left out of the charts, in words: groups with hidden values, variables with nothing to compare; '' when nothing. */
  readonly hiddenNote: string;
  /** A note on how flags are shown ('' when nothing is flagged). */
  readonly flagNote: string;
}

const variableName = (by: string): string => by.split('*').join(' × ');

/**
 * True when every group of a variable has each sex's cases wholly in one category: a
 * categorical step split by its own column (Kontaktorsak by Kontaktorsak), whose panels
 * would each show one bar of 100 % per sex and nothing to compare.
 */
function singleCategoryOnly(rows: readonly PublishedCategoryResult[]): boolean {
  return rows.length > 0 && rows.every((row) => row.categories.filter((category) => (category.female.yes ?? 1) > 0 || (category.male.yes ?? 1) > 0).length <= 1);
}

/** The parts of a chart from its rows: grouped by variable, the overall row first, in report order. */
function partsOf<Row extends { readonly by: string | null }, Drawn>(rows: readonly Row[], language: Language, shown: (text: string) => string, spec: (drawn: Drawn[], by: string | null) => TopLevelSpec, draw: (row: Row) => Drawn): DistributionChartPart[] {
  return [...new Set(rows.map((row) => row.by))].map((by) => {
    const drawn = rows.filter((row) => row.by === by).map(draw);
    return { by, heading: shown(by === null ? say(language, 'label', 'overall') : variableName(by)), groups: drawn.length, spec: spec(drawn, by) };
  });
}

/**
 * A categorical or numeric step's charts as data. `shown` is applied to every text taken
 * from the data (as in stepChartData): the Word report shows control characters as visible
 * escapes there; the HTML report escapes its text when it writes it.
 */
export function distributionChartData(report: PublishedReport, step: PublishedStepSummary, kind: DistributionKind, language: Language, shown: (text: string) => string = (text) => text): DistributionChartData {
  const { female: femaleWord, male: maleWord } = sexWords(report, language);
  const female = femaleWord.toLowerCase();
  const male = maleWord.toLowerCase();
  if (kind === 'categories') {
    const all = categoryRowsOf(report, step.name);
    const single = [...new Set(all.map((row) => row.by))].filter((by): by is string => by !== null && singleCategoryOnly(all.filter((row) => row.by === by)));
    const rows = all.filter((row) => row.by === null || !single.includes(row.by));
    const drawn = rows.filter((row) => !isCategoryRowCountHidden(row));
    const flagged = drawn.flatMap((row) => row.categories.filter((category) => category.flag).map((category) => shown(`${distributionLabel(row, language)}: ${category.value}`)));
    const summary = flagged.length ? say(language, 'label', 'dist.altFlaggedCategories', { items: flagged.join('; ') }) : say(language, 'label', 'dist.altNoneCategories');
    const description = say(language, 'label', 'dist.categoriesAlt', { female, male, step: shown(step.name), summary });
    const texts: DistributionChartTexts = { description, female: femaleWord, male: maleWord, axis: say(language, 'label', 'dist.sharesAxis') };
    const hidden = [
      ...rows.filter(isCategoryRowCountHidden).map((row) => shown(distributionLabel(row, language))),
      ...drawn.flatMap((row) => {
        const values = row.categories.filter(isCategoryComparisonHidden).map((category) => shown(category.value));
        return values.length ? [`${shown(distributionLabel(row, language))} (${values.join(', ')})`] : [];
      }),
    ];
    const parts = partsOf(
      drawn,
      language,
      shown,
      (groups: CategoryChartGroup[], by) => categoryChartSpec(groups, texts, language, by !== null),
      (row): CategoryChartGroup => ({
        label: shown(rowName(row, language)),
        categories: row.categories.map((category) => {
          const hiddenCategory = isCategoryComparisonHidden(category);
          const share = (counts: typeof category.female): number | null => (hiddenCategory || counts.share === null ? null : counts.share * 100);
          return { value: shown(category.value), female: share(category.female), male: share(category.male), flagged: category.flag };
        }),
      }),
    );
    return {
      kind,
      title: say(language, 'label', 'dist.categoriesChartTitle', { step: step.name }),
      description,
      rows: drawn.length,
      parts,
      hiddenNote: [
        ...(hidden.length ? [say(language, 'label', 'pub.html.chartHidden', { groups: hidden.join('; ') })] : []),
        ...(single.length ? [say(language, 'label', 'dist.singleCategoryLeftOut', { variables: single.map((by) => shown(variableName(by))).join(', ') })] : []),
      ].join(' '),
      flagNote: flagged.length ? say(language, 'label', 'dist.flaggedBold') : '',
    };
  }
  const rows = measureRowsOf(report, step.name);
  // A group is drawn when both sexes have a median and quartiles; only those hidden to protect individuals are named as left out.
  const drawn = rows.filter((row) => !isMeasureComparisonHidden(row) && [row.female, row.male].every((summary) => summary.median !== null && summary.q1 !== null && summary.q3 !== null));
  const flagged = drawn.filter((row) => row.flag).map((row) => shown(distributionLabel(row, language)));
  const summary = flagged.length ? say(language, 'label', 'pub.html.chartAltFlagged', { groups: flagged.join('; ') }) : say(language, 'label', 'pub.html.chartAltNone');
  const description = say(language, 'label', 'dist.measureAlt', { female, male, step: shown(step.name), summary });
  const texts: DistributionChartTexts = { description, female: femaleWord, male: maleWord, axis: say(language, 'label', 'dist.measureAxis', { unit: shown(rows[0]?.unit ?? '') }) };
  const hidden = rows.filter(isMeasureComparisonHidden).map((row) => shown(distributionLabel(row, language)));
  const parts = partsOf(
    drawn,
    language,
    shown,
    (points: MeasurePoint[]) => measureChartSpec(points, texts, language),
    (row): MeasurePoint => ({
      label: shown(rowName(row, language)),
      female: { median: row.female.median!, q1: row.female.q1!, q3: row.female.q3! },
      male: { median: row.male.median!, q1: row.male.q1!, q3: row.male.q3! },
      flagged: row.flag,
    }),
  );
  return {
    kind,
    title: say(language, 'label', 'dist.measureChartTitle', { step: step.name }),
    description,
    rows: drawn.length,
    parts,
    hiddenNote: hidden.length ? say(language, 'label', 'pub.html.chartHidden', { groups: hidden.join('; ') }) : '',
    flagNote: flagged.length ? say(language, 'label', 'dist.flaggedGroupsBold') : '',
  };
}
