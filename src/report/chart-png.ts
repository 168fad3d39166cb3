/**
 * A step's charts as PNG pictures, for the Word report: Word has no vega, and its SVG
 * support needs a PNG beside the SVG anyway. The charts are the HTML report's (one for
 * the overall row and one per variable, each group with both shares and the difference;
 * shares-chart.ts), drawn to SVG by vega and rasterised by resvg (a Rust renderer with
 * prebuilt binaries: no browser, no canvas, no native build). resvg loads with this
 * file, which only the Word renderer imports.
 */
import type { Language } from '../messages/languages.js';
import type { PublishedReport, PublishedStepSummary } from '../model/report.js';
import { renderSharesChartSvg } from './shares-chart.js';
import { stepChartData } from './step-chart-data.js';
import { visibleText } from './visible-text.js';
import { Resvg } from '@resvg/resvg-js';
import { renderSpecSvg } from './distribution-charts.js';
import { distributionChartData } from './distribution-chart-data.js';
import type { DistributionKind } from './distribution-html-rows.js';

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
  return stepChartData(report, step, language, visibleText).hiddenNote;
}

/** Draws one step's charts as PNGs: the overall row's, then one per variable; none when no row can be drawn. */
export async function stepChartPngs(report: PublishedReport, step: PublishedStepSummary, language: Language): Promise<StepCharts> {
  // Control characters from the data as visible escapes: XML (the SVG, the docx) cannot hold them.
  const data = stepChartData(report, step, language, visibleText);
  const pictures: ChartPicture[] = [];
  for (const part of data.parts) {
    const svg = await renderSharesChartSvg(part.points, data.texts, language);
    pictures.push({ heading: part.heading, png: rasterise(svg), ...svgSize(svg) });
  }
  return { description: data.description, pictures };
}

/**
 * Draws the charts of a categorical or numeric step (issue 15) as PNGs, as stepChartPngs
 * does for a yes/no step: the overall row's, then one per variable. `notes` are what the
 * charts leave out and how they mark flags, said under them.
 */
export async function distributionChartPngs(report: PublishedReport, step: PublishedStepSummary, kind: DistributionKind, language: Language): Promise<StepCharts & { readonly title: string; readonly notes: readonly string[] }> {
  const data = distributionChartData(report, step, kind, language, visibleText);
  const pictures: ChartPicture[] = [];
  for (const part of data.parts) {
    const svg = await renderSpecSvg(part.spec);
    pictures.push({ heading: part.heading, png: rasterise(svg), ...svgSize(svg) });
  }
  return { description: data.description, pictures, title: data.title, notes: [data.flagNote, data.hiddenNote].filter((note) => note !== '') };
}
