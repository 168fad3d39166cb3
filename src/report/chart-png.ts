/**
 * A step's chart as a PNG picture, for the Word report: Word has no vega, and its SVG
 * support needs a PNG beside the SVG anyway. The chart is the HTML report's (same rows,
 * same texts), drawn to SVG by vega and rasterised by resvg (a Rust renderer with
 * prebuilt binaries: no browser, no canvas, no native build). resvg loads with this
 * file, which only the Word renderer imports.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedResult, PublishedStepSummary } from '../model/report.js';
import { isComparisonHidden } from './published-values.js';
import { groupName, stepResults } from './step-rows.js';
import { renderChartSvg, type ChartPoint } from './difference-chart.js';
import { visibleText } from './visible-text.js';
// Loaded with this file, which only the Word renderer imports, itself loaded when asked for.
import { Resvg } from '@resvg/resvg-js';

export interface ChartPicture {
  readonly png: Uint8Array;
  /** The size to show it at, in CSS pixels (96 to the inch), as vega laid it out. */
  readonly width: number;
  readonly height: number;
  /** The text alternative: what the chart shows and which groups are flagged. */
  readonly description: string;
}

/** Pixels per CSS pixel: twice the screen size, sharp when printed. */
const ZOOM = 2;

/** The rows of a step drawn in its chart: the comparisons that are shown and have a difference (as the HTML report). */
function chartedRows(report: PublishedReport, step: string): PublishedResult[] {
  return stepResults(report, step).filter((result) => result.period === null && !isComparisonHidden(result) && result.diffPp !== null && result.ci95 !== null);
}

/** A row's label; control characters from the data as visible escapes, since XML (the SVG, the docx) cannot hold them. */
function chartLabel(result: PublishedResult, language: Language): string {
  return visibleText(result.by === null ? groupName(result, language) : `${result.by}: ${groupName(result, language)}`);
}

/** The size an SVG document declares on its root element. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('chart SVG without a width and height');
  return { width, height };
}

/** The groups left out of a step's chart because their comparison is hidden, in words; '' when none. */
export function chartHiddenNote(report: PublishedReport, step: PublishedStepSummary, language: Language): string {
  const hidden = stepResults(report, step.name).filter((result) => result.period === null && isComparisonHidden(result));
  return hidden.length ? say(language, 'label', 'pub.html.chartHidden', { groups: hidden.map((result) => chartLabel(result, language)).join('; ') }) : '';
}

/** Draws one step's chart as a PNG, or null when the step has no row to draw. */
export async function stepChartPng(report: PublishedReport, step: PublishedStepSummary, language: Language): Promise<ChartPicture | null> {
  const charted = chartedRows(report, step.name);
  if (charted.length === 0) return null;
  const female = say(language, 'label', `sex.female.${report.sexTerms}`).toLowerCase();
  const male = say(language, 'label', `sex.male.${report.sexTerms}`).toLowerCase();
  const flagged = charted.filter((result) => result.flag).map((result) => chartLabel(result, language));
  const summary = flagged.length ? say(language, 'label', 'pub.html.chartAltFlagged', { groups: flagged.join('; ') }) : say(language, 'label', 'pub.html.chartAltNone');
  const description = say(language, 'label', 'pub.html.chartAlt', { female, male, step: visibleText(step.name), summary });
  const points: ChartPoint[] = charted.map((result) => ({
    label: chartLabel(result, language),
    diffPp: result.diffPp!,
    low: result.ci95![0],
    high: result.ci95![1],
    flagged: result.flag,
  }));
  const svg = await renderChartSvg(points, {
    description,
    axisTitle: say(language, 'label', 'pub.html.axis', { female, male }),
    flagged: say(language, 'label', 'pub.html.flagLegend'),
    notFlagged: say(language, 'label', 'pub.html.notFlagged'),
  });
  const { width, height } = svgSize(svg);
  // The system's fonts: the chart asks for sans-serif faces (Arial, Helvetica…) that
  // resvg finds by name or through its sans-serif default.
  const picture = new Resvg(svg, { fitTo: { mode: 'zoom', value: ZOOM }, background: 'white', font: { loadSystemFonts: true } }).render();
  return { png: new Uint8Array(picture.asPng()), width, height, description };
}
