/**
 * What a step's charts show, for every format that draws them (the HTML report as SVG,
 * the Word report as PNG): the rows drawn, the groups per variable with both shares and
 * the difference, the words of the axes and legends, and the text alternative. One place,
 * so that the HTML and Word charts always show the same rows and say the same thing.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedResult, PublishedStepSummary } from '../model/report.js';
import { wilsonInterval } from '../stats/proportion-difference.js';
import { isComparisonHidden } from './published-values.js';
import type { SharesPoint, SharesTexts } from './shares-chart.js';
import { groupName, stepResults } from './step-rows.js';
import { variableName } from './summary.js';

/** The rows of a step drawn in its chart: the comparisons that are shown and have a difference. */
export function chartedRows(report: PublishedReport, step: string): PublishedResult[] {
  return stepResults(report, step).filter((result) => result.period === null && !isComparisonHidden(result) && result.diffPp !== null && result.ci95 !== null);
}

/** A row's label in the text alternative and the hidden-groups note: "Stadsdelsområde: Bromma". */
export function chartLabel(result: PublishedResult, language: Language): string {
  return result.by === null ? groupName(result, language) : `${variableName(result.by)}: ${groupName(result, language)}`;
}

/** A sex's share with its 95 % Wilson interval, in percent, from the published counts (the share is shown whenever the comparison is). */
function shareWithInterval(counts: PublishedResult['female']): SharesPoint['female'] {
  const n = counts.n!;
  const share = counts.share ?? 0;
  const [low, high] = wilsonInterval(counts.yes ?? Math.round(share * n), n);
  return { share: share * 100, low: low * 100, high: high * 100 };
}

/** One chart of a step: the overall row's (`by` null) or one variable's groups. */
export interface StepChartPart {
  readonly by: string | null;
  /** "Totalt" or the variable's name. */
  readonly heading: string;
  readonly points: readonly SharesPoint[];
}

export interface StepChartData {
  /** The text alternative: what the charts show and which groups are flagged. */
  readonly description: string;
  readonly texts: SharesTexts;
  /** How many rows are drawn in all. */
  readonly rows: number;
  readonly parts: readonly StepChartPart[];
  /** The groups left out because their comparison is hidden, in words; '' when none. */
  readonly hiddenNote: string;
}

/**
 * A step's charts as data. `shown` is applied to every text taken from the data (group and
 * step names): the Word report shows control characters as visible escapes there, since
 * XML cannot hold them; the HTML report escapes its text when it writes it.
 */
export function stepChartData(report: PublishedReport, step: PublishedStepSummary, language: Language, shown: (text: string) => string = (text) => text): StepChartData {
  const female = say(language, 'label', `sex.female.${report.sexTerms}`).toLowerCase();
  const male = say(language, 'label', `sex.male.${report.sexTerms}`).toLowerCase();
  const charted = chartedRows(report, step.name);
  const label = (result: PublishedResult) => shown(chartLabel(result, language));
  const flagged = charted.filter((result) => result.flag).map(label);
  const summary = flagged.length ? say(language, 'label', 'pub.html.chartAltFlagged', { groups: flagged.join('; ') }) : say(language, 'label', 'pub.html.chartAltNone');
  const description = say(language, 'label', 'pub.html.chartAlt', { female, male, step: shown(step.name), summary });
  const texts: SharesTexts = {
    description,
    female: say(language, 'label', `sex.female.${report.sexTerms}`),
    male: say(language, 'label', `sex.male.${report.sexTerms}`),
    sharesAxis: say(language, 'label', 'chart.sharesAxis'),
    differenceAxis: say(language, 'label', 'chart.differenceAxis', { female, male }),
    flagged: say(language, 'label', 'pub.html.flagLegend'),
    notFlagged: say(language, 'label', 'pub.html.notFlagged'),
  };
  const parts = [...new Set(charted.map((result) => result.by))].map((by) => ({
    by,
    heading: shown(by === null ? say(language, 'label', 'overall') : variableName(by)),
    points: charted
      .filter((result) => result.by === by)
      .map((result) => ({
        label: shown(groupName(result, language)),
        female: shareWithInterval(result.female),
        male: shareWithInterval(result.male),
        diffPp: result.diffPp!,
        low: result.ci95![0],
        high: result.ci95![1],
        flagged: result.flag,
      })),
  }));
  const hidden = stepResults(report, step.name).filter((result) => result.period === null && isComparisonHidden(result));
  const hiddenNote = hidden.length ? say(language, 'label', 'pub.html.chartHidden', { groups: hidden.map(label).join('; ') }) : '';
  return { description, texts, rows: charted.length, parts, hiddenNote };
}
