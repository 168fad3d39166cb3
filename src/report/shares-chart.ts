/**
 * The chart of one variable of a step: for every group, both shares (a dot per sex with
 * its 95 % Wilson interval) on the left, and the female − male difference with its 95 %
 * interval on the right, flagged groups marked by colour and shape. Both axes start
 * from, or cross, a labelled 0, so that a reader sees the levels and not only the gap.
 * A vega-lite specification drawn to static SVG in Node (renderer 'none', no browser);
 * long group labels are wrapped onto lines, never cut.
 */
import type { TopLevelSpec } from 'vega-lite';
import { loadVega } from './vega-modules.js';

export interface SharesPoint {
  /** The group's name, unique within the chart (wrapped, never cut). */
  readonly label: string;
  /** Female and male shares with their 95 % intervals, in percent. */
  readonly female: { readonly share: number; readonly low: number; readonly high: number };
  readonly male: { readonly share: number; readonly low: number; readonly high: number };
  readonly diffPp: number;
  readonly low: number;
  readonly high: number;
  readonly flagged: boolean;
}

export interface SharesTexts {
  /** The text alternative, also the SVG's aria label. */
  readonly description: string;
  readonly female: string;
  readonly male: string;
  readonly sharesAxis: string;
  readonly differenceAxis: string;
  readonly flagged: string;
  readonly notFlagged: string;
}

/** Okabe–Ito: orange for the female, bluish green for the male shares, vermilion for a flagged difference, grey otherwise; never pink against blue. */
export const SEX_COLOURS = ['#E69F00', '#009E73'] as const;
export const SEX_SHAPES = ['circle', 'square'] as const;
const FLAG_COLOURS = ['#D55E00', '#4D4D4D'] as const;
const FLAG_SHAPES = ['diamond', 'circle'] as const;
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Characters per line of a group label: about 170 px at the axis' 11 px font. */
const LABEL_LINE = 26;

/** A label split into lines of at most LABEL_LINE characters, at spaces (a longer word keeps its line). */
export function wrapLabel(label: string, width = LABEL_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** Tick values from a nice step that always include 0, covering [low, high]. */
export function ticksWithZero(low: number, high: number): number[] {
  const from = Math.min(low, 0);
  const to = Math.max(high, 0);
  const span = to - from || 1;
  const step = [1, 2, 5, 10, 20, 25, 50].find((candidate) => span / candidate <= 5) ?? 100;
  const ticks: number[] = [];
  for (let tick = Math.floor(from / step) * step; tick <= Math.ceil(to / step) * step + 1e-9; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return ticks;
}

/** The vega-lite specification of one variable's chart. */
export function sharesChartSpec(points: readonly SharesPoint[], texts: SharesTexts, language: 'sv' | 'en'): TopLevelSpec {
  // One line of a label per '\n': the y field keeps the lines joined, the axis splits them.
  const label = (point: SharesPoint): string => wrapLabel(point.label).join('\n');
  const lines = Math.max(1, ...points.map((point) => label(point).split('\n').length));
  const band = Math.max(22, 13 * lines + 6);
  const y = { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelExpr: "split(datum.value, '\\n')", labelLimit: 0, labelPadding: 6 } } as const;
  const shares = points.flatMap((point) =>
    (['female', 'male'] as const).map((sex) => ({ label: label(point), sex: texts[sex], share: point[sex].share, low: point[sex].low, high: point[sex].high })),
  );
  const differences = points.map((point) => ({ label: label(point), diffPp: point.diffPp, low: point.low, high: point.high, status: point.flagged ? texts.flagged : texts.notFlagged }));
  const sexScale = { domain: [texts.female, texts.male], range: [...SEX_COLOURS] };
  const flagDomain = [texts.flagged, texts.notFlagged];
  const status = (range: readonly string[]) => ({ field: 'status', type: 'nominal', title: null, scale: { domain: flagDomain, range: [...range] } }) as const;
  const diffTicks = ticksWithZero(Math.min(...points.map((point) => point.low)), Math.max(...points.map((point) => point.high)));
  // Every layer carries the same axis: vega-lite drops tick values that differ between layers.
  const diffAxis = { type: 'quantitative' as const, title: texts.differenceAxis, scale: { domain: [diffTicks[0]!, diffTicks.at(-1)!], nice: false }, axis: { values: diffTicks, labelOverlap: false } };
  const shareAxis = { type: 'quantitative' as const, title: texts.sharesAxis, scale: { domain: [0, 100], nice: false }, axis: { values: [0, 25, 50, 75, 100], labelOverlap: false } };
  const format = language === 'sv' ? { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'] } : undefined;
  return {
    description: texts.description,
    background: 'white',
    config: {
      font: FONT,
      view: { stroke: null },
      legend: { orient: 'bottom', direction: 'horizontal' },
      axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' },
      ...(format ? { locale: { number: format } } : {}),
    },
    resolve: { scale: { color: 'independent', shape: 'independent' } },
    hconcat: [
      {
        width: 200,
        height: band * points.length,
        data: { values: shares },
        layer: [
          {
            mark: { type: 'rule', strokeWidth: 2, opacity: 0.75 },
            encoding: { y, yOffset: { field: 'sex', scale: { domain: sexScale.domain, paddingOuter: 0.6 } }, x: { field: 'low', ...shareAxis }, x2: { field: 'high' }, color: { field: 'sex', type: 'nominal', title: null, scale: sexScale } },
          },
          {
            name: 'share',
            mark: { type: 'point', filled: true, size: 55, opacity: 1 },
            encoding: {
              y,
              yOffset: { field: 'sex', scale: { domain: sexScale.domain, paddingOuter: 0.6 } },
              x: { field: 'share', ...shareAxis },
              color: { field: 'sex', type: 'nominal', title: null, scale: sexScale },
              shape: { field: 'sex', type: 'nominal', title: null, scale: { domain: sexScale.domain, range: [...SEX_SHAPES] } },
            },
          },
        ],
      },
      {
        width: 200,
        height: band * points.length,
        data: { values: differences },
        layer: [
          { mark: { type: 'rule', color: '#999999' }, encoding: { x: { datum: 0, ...diffAxis } } },
          { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y: { ...y, axis: null }, x: { field: 'low', ...diffAxis }, x2: { field: 'high' }, color: status(FLAG_COLOURS) } },
          {
            name: 'difference',
            mark: { type: 'point', filled: true, size: 60, opacity: 1 },
            encoding: {
              y: { ...y, axis: null },
              x: { field: 'diffPp', ...diffAxis },
              color: status(FLAG_COLOURS),
              shape: status(FLAG_SHAPES),
            },
          },
        ],
      },
    ],
  } as TopLevelSpec;
}

/** Draws one variable's chart as an SVG document fragment. */
export async function renderSharesChartSvg(points: readonly SharesPoint[], texts: SharesTexts, language: 'sv' | 'en'): Promise<string> {
  const [vegaLite, vega] = await loadVega();
  const compiled = vegaLite.compile(sharesChartSpec(points, texts, language)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
