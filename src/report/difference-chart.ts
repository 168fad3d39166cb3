/**
 * The chart of a step: the female − male difference with its 95 % interval for every
 * group whose comparison is shown, flagged groups marked by colour and shape. A
 * vega-lite specification compiled and drawn to static SVG in Node (vega's renderer
 * 'none', no browser, no canvas); vega and vega-lite are loaded only when called.
 */
import type { TopLevelSpec } from 'vega-lite';
import { loadVega } from './vega-modules.js';

export interface ChartPoint {
  /** The row's label on the chart's axis, unique within the chart. */
  readonly label: string;
  readonly diffPp: number;
  readonly low: number;
  readonly high: number;
  readonly flagged: boolean;
}

export interface ChartTexts {
  /** The text alternative, also the SVG's aria label. */
  readonly description: string;
  readonly axisTitle: string;
  readonly flagged: string;
  readonly notFlagged: string;
}

/** Okabe–Ito vermilion for flagged groups, dark grey for the others: safe for colour-blind readers, and never pink or blue. */
const COLOURS = ['#D55E00', '#4D4D4D'] as const;
const SHAPES = ['diamond', 'circle'] as const;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The vega-lite specification of one step's chart. */
export function chartSpec(points: readonly ChartPoint[], texts: ChartTexts): TopLevelSpec {
  const domain = [texts.flagged, texts.notFlagged];
  const status = (range: readonly string[]) => ({ field: 'status', type: 'nominal', title: null, scale: { domain, range: [...range] } }) as const;
  const y = { field: 'label', type: 'nominal', sort: null, title: null } as const;
  return {
    description: texts.description,
    width: 380,
    height: { step: 18 },
    background: 'white',
    data: { values: points.map((point) => ({ ...point, status: point.flagged ? texts.flagged : texts.notFlagged })) },
    config: { font: FONT, view: { stroke: null }, legend: { orient: 'bottom' }, axis: { labelLimit: 320 } },
    layer: [
      { mark: { type: 'rule', color: '#999999' }, encoding: { x: { datum: 0 } } },
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          y,
          x: { field: 'low', type: 'quantitative', title: texts.axisTitle },
          x2: { field: 'high' },
          color: status(COLOURS),
        },
      },
      {
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: {
          y,
          x: { field: 'diffPp', type: 'quantitative' },
          color: status(COLOURS),
          shape: status(SHAPES),
        },
      },
    ],
  };
}

/** Draws the chart as an SVG document fragment. */
export async function renderChartSvg(points: readonly ChartPoint[], texts: ChartTexts): Promise<string> {
  const [vegaLite, vega] = await loadVega();
  const compiled = vegaLite.compile(chartSpec(points, texts)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
