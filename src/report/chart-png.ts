/**
 * A step's charts as PNG pictures, for the Word report: Word has no vega, and its SVG
 * support needs a PNG beside the SVG anyway. The charts are the HTML report's (one for
 * the overall row and one per variable, each group with both shares and the difference;
 * shares-chart.ts), drawn to SVG by vega and rasterised by resvg (a Rust renderer with
 * prebuilt binaries: no browser, no canvas, no native build). resvg loads with this
 * file, which only the Word renderer imports.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedResult, PublishedStepSummary } from '../model/report.js';
import { wilsonInterval } from '../stats/proportion-difference.js';
import { isComparisonHidden } from './published-values.js';
import { groupName, stepResults } from './step-rows.js';
import { variableName } from './summary.js';
import { renderSharesChartSvg, type SharesPoint } from './shares-chart.js';
import { visibleText } from './visible-text.js';
import { Resvg } from '@resvg/resvg-js';

export interface ChartPicture {
  /** What the chart shows the groups of: "Totalt" or the variable's name. */
  readonly heading: string;
  readonly png: Uint8Array;
  /** The size to show it at, in CSS pixels (96 to the inch), as vega laid it out. */
  readonly width: number;
  readonly height: number;
}

export interface StepCharts {
  /** The text alternative of the step's charts: what they show and which groups are flagged. */
  readonly description: string;
  readonly pictures: readonly ChartPicture[];
}

/** Pixels per CSS pixel: twice the screen size, sharp when printed. */
const ZOOM = 2;

/** The rows of a step drawn in its charts: the comparisons that are shown and have a difference (as the HTML report). */
function chartedRows(report: PublishedReport, step: string): PublishedResult[] {
  return stepResults(report, step).filter((result) => result.period === null && !isComparisonHidden(result) && result.diffPp !== null && result.ci95 !== null);
}

/** A row's label; control characters from the data as visible escapes, since XML (the SVG, the docx) cannot hold them. */
function chartLabel(result: PublishedResult, language: Language): string {
  return visibleText(result.by === null ? groupName(result, language) : `${variableName(result.by)}: ${groupName(result, language)}`);
}

/** A sex's share with its 95 % Wilson interval, in percent, from the published counts (as the HTML report). */
function shareWithInterval(counts: PublishedResult['female']): SharesPoint['female'] {
  const n = counts.n!;
  const share = counts.share ?? 0;
  const [low, high] = wilsonInterval(counts.yes ?? Math.round(share * n), n);
  return { share: share * 100, low: low * 100, high: high * 100 };
}

/** The size an SVG document declares on its root element. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('chart SVG without a width and height');
  return { width, height };
}

function rasterise(svg: string): Uint8Array {
  // The system's fonts: the chart asks for sans-serif faces (Segoe UI, Arial…) that
  // resvg finds by name or through its sans-serif default.
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'zoom', value: ZOOM }, background: 'white', font: { loadSystemFonts: true } }).render().asPng());
}

/** The groups left out of a step's charts because their comparison is hidden, in words; '' when none. */
export function chartHiddenNote(report: PublishedReport, step: PublishedStepSummary, language: Language): string {
  const hidden = stepResults(report, step.name).filter((result) => result.period === null && isComparisonHidden(result));
  return hidden.length ? say(language, 'label', 'pub.html.chartHidden', { groups: hidden.map((result) => chartLabel(result, language)).join('; ') }) : '';
}

/** Draws one step's charts as PNGs: the overall row's, then one per variable; none when no row can be drawn. */
export async function stepChartPngs(report: PublishedReport, step: PublishedStepSummary, language: Language): Promise<StepCharts> {
  const female = say(language, 'label', `sex.female.${report.sexTerms}`).toLowerCase();
  const male = say(language, 'label', `sex.male.${report.sexTerms}`).toLowerCase();
  const charted = chartedRows(report, step.name);
  const flagged = charted.filter((result) => result.flag).map((result) => chartLabel(result, language));
  const summary = flagged.length ? say(language, 'label', 'pub.html.chartAltFlagged', { groups: flagged.join('; ') }) : say(language, 'label', 'pub.html.chartAltNone');
  const description = say(language, 'label', 'pub.html.chartAlt', { female, male, step: visibleText(step.name), summary });
  const texts = {
    description,
    female: say(language, 'label', `sex.female.${report.sexTerms}`),
    male: say(language, 'label', `sex.male.${report.sexTerms}`),
    sharesAxis: say(language, 'label', 'chart.sharesAxis'),
    differenceAxis: say(language, 'label', 'chart.differenceAxis', { female, male }),
    flagged: say(language, 'label', 'pub.html.flagLegend'),
    notFlagged: say(language, 'label', 'pub.html.notFlagged'),
  };
  const pictures: ChartPicture[] = [];
  for (const by of [...new Set(charted.map((result) => result.by))]) {
    const points: SharesPoint[] = charted
      .filter((result) => result.by === by)
      .map((result) => ({
        label: visibleText(groupName(result, language)),
        female: shareWithInterval(result.female),
        male: shareWithInterval(result.male),
        diffPp: result.diffPp!,
        low: result.ci95![0],
        high: result.ci95![1],
        flagged: result.flag,
      }));
    const svg = await renderSharesChartSvg(points, texts, language);
    pictures.push({ heading: visibleText(by === null ? say(language, 'label', 'overall') : variableName(by)), png: rasterise(svg), ...svgSize(svg) });
  }
  return { description, pictures };
}
