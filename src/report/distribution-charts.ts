/**
 * The charts of the steps beyond yes/no (issue 15), in the visual language of the yes/no
 * steps' chart (shares-chart.ts: Okabe–Ito colours per sex, a shape per sex, system fonts,
 * full labels wrapped onto lines, axes that start from a labelled 0):
 * - a categorical step: for each group, a bar per category and sex with the share of that
 *   sex's cases in the category, the share written beside the bar, flagged categories' labels
 *   in bold;
 * - a numeric step: for each group, a dot per sex at the median and a line from the first to
 *   the third quartile, flagged groups' labels in bold.
 * vega-lite specifications drawn to static SVG in Node (renderer 'none', no browser).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Language } from '../messages/languages.js';
import { formatNumber } from './numbers.js';
import { HIDDEN } from './published-values.js';
import { FONT, SEX_COLOURS, SEX_SHAPES, ticksWithZero, wrapLabel } from './shares-chart.js';
import { loadVega } from './vega-modules.js';

/** One category of a group: each sex's share in percent (null when hidden), and whether it is flagged. */
export interface CategoryBar {
  readonly value: string;
  readonly female: number | null;
  readonly male: number | null;
  readonly flagged: boolean;
}

/** One group of a categorical step's chart. */
export interface CategoryChartGroup {
  readonly label: string;
  readonly categories: readonly CategoryBar[];
}

/** One group of a numeric step's chart: each sex's median and quartiles. */
export interface MeasurePoint {
  readonly label: string;
  readonly female: { readonly median: number; readonly q1: number; readonly q3: number };
  readonly male: { readonly median: number; readonly q1: number; readonly q3: number };
  readonly flagged: boolean;
}

export interface DistributionChartTexts {
  /** The text alternative, also the SVG's aria label. */
  readonly description: string;
  readonly female: string;
  readonly male: string;
  /** The quantitative axis' title. */
  readonly axis: string;
}

const BAR_WIDTH = 360;
/** From this many groups a variable's panels stand two abreast (narrower bars), so that a district variable does not fill ten pages. */
const PANELS_ABREAST_FROM = 4;
/** The bars' width of a panel standing beside another: two panels and their labels stay within an A4 text column after scaling. */
const NARROW_BAR_WIDTH = 190;

/** The number style of the axes: Swedish decimal comma and a no-break space between thousands. */
function chartConfig(language: Language): Record<string, unknown> {
  const format = language === 'sv' ? { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'] } : undefined;
  return {
    font: FONT,
    view: { stroke: null },
    legend: { orient: 'bottom', direction: 'horizontal' },
    axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' },
    title: { fontSize: 12, fontWeight: 'bold', anchor: 'start', offset: 6 },
    ...(format ? { locale: { number: format } } : {}),
  };
}

/** A label's lines joined by '\n': the field keeps them, the axis splits them. */
const wrapped = (label: string): string => wrapLabel(label).join('\n');

/** An axis whose labels are split at '\n' and bold for the labels in `bold`. */
function labelAxis(bold: readonly string[]): Record<string, unknown> {
  return {
    labelExpr: "split(datum.value, '\\n')",
    labelLimit: 0,
    labelPadding: 6,
    ...(bold.length ? { labelFontWeight: { condition: { test: `indexof(${JSON.stringify(bold)}, datum.value) >= 0`, value: 'bold' }, value: 'normal' } } : {}),
  };
}

/** A percentage as written beside a bar: "7,2 %" (a no-break space in Swedish), "7.2%". */
function percentText(share: number, language: Language): string {
  return `${formatNumber(share, language, 1)}${language === 'sv' ? '\u00a0%' : '%'}`;
}

/**
 * The vega-lite specification of a categorical step's chart of one variable: a panel per
 * group, titled with the group's name unless `titled` is false (the overall row's, whose
 * chart heading names it); from PANELS_ABREAST_FROM groups, two panels abreast.
 */
export function categoryChartSpec(groups: readonly CategoryChartGroup[], texts: DistributionChartTexts, language: Language, titled = true): TopLevelSpec {
  const sexScale = { domain: [texts.female, texts.male], range: [...SEX_COLOURS] };
  const highest = Math.max(0, ...groups.flatMap((group) => group.categories.flatMap((category) => [category.female ?? 0, category.male ?? 0])));
  // From 0, to a round tick above the highest share (never past 100): bars compare from a labelled 0.
  const ticks = ticksWithZero(0, Math.max(highest * 1.12, 10)).filter((tick) => tick <= 100);
  const top = Math.max(ticks.at(-1)!, Math.min(100, Math.ceil(highest)));
  // Not stacked: each sex's bar starts at 0 (vega-lite would stack the sexes of a category).
  const abreast = groups.length >= PANELS_ABREAST_FROM;
  // Two abreast, every other tick is labelled: the narrower axis has room for half of them.
  const labelled = abreast ? ticks.filter((_, index) => index % 2 === 0) : ticks;
  const x = { type: 'quantitative', title: texts.axis, stack: null, scale: { domain: [0, top], nice: false, zero: true }, axis: { values: labelled, labelOverlap: false } } as const;
  const panels = groups.map((group) => {
    const lines = Math.max(1, ...group.categories.map((category) => wrapLabel(category.value).length));
    const band = Math.max(30, 13 * lines + 10);
    const values = group.categories.flatMap((category) =>
      (['female', 'male'] as const).flatMap((sex) => {
        const share = category[sex];
        // A hidden share draws no bar, but ".." at 0, as the tables show it.
        return [{ category: wrapped(category.value), sex: texts[sex], share, at: share ?? 0, text: share === null ? HIDDEN : percentText(share, language) }];
      }),
    );
    const order = group.categories.map((category) => wrapped(category.value));
    const bold = group.categories.filter((category) => category.flagged).map((category) => wrapped(category.value));
    const y = { field: 'category', type: 'nominal', sort: order, scale: { domain: order }, title: null, axis: labelAxis(bold) } as const;
    const yOffset = { field: 'sex', scale: { domain: sexScale.domain, paddingOuter: 0.15 } } as const;
    return {
      ...(titled ? { title: { text: wrapLabel(group.label) } } : {}),
      width: abreast ? NARROW_BAR_WIDTH : BAR_WIDTH,
      height: band * group.categories.length,
      data: { values },
      layer: [
        { mark: { type: 'bar', opacity: 1 }, encoding: { y, yOffset, x: { field: 'share', ...x }, color: { field: 'sex', type: 'nominal', title: null, scale: sexScale } } },
        {
          mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontSize: 10, color: '#333333' },
          encoding: { y, yOffset, x: { field: 'at', ...x }, text: { field: 'text', type: 'nominal' } },
        },
      ],
    };
  });
  return {
    description: texts.description,
    background: 'white',
    config: chartConfig(language),
    spacing: 18,
    ...(abreast ? { columns: 2, concat: panels } : { vconcat: panels }),
  } as unknown as TopLevelSpec;
}

/** The vega-lite specification of a numeric step's chart of one variable: median and quartiles per sex and group. */
export function measureChartSpec(points: readonly MeasurePoint[], texts: DistributionChartTexts, language: Language): TopLevelSpec {
  const label = (point: MeasurePoint): string => wrapped(point.label);
  const lines = Math.max(1, ...points.map((point) => label(point).split('\n').length));
  const band = Math.max(34, 13 * lines + 12);
  const values = points.flatMap((point) => (['female', 'male'] as const).map((sex) => ({ label: label(point), sex: texts[sex], ...point[sex] })));
  const bold = points.filter((point) => point.flagged).map(label);
  const y = { field: 'label', type: 'nominal', sort: null, title: null, axis: labelAxis(bold) } as const;
  const yOffset = { field: 'sex', scale: { domain: [texts.female, texts.male], paddingOuter: 0.6 } } as const;
  const sexScale = { domain: [texts.female, texts.male], range: [...SEX_COLOURS] };
  const ticks = ticksWithZero(0, Math.max(1, ...points.flatMap((point) => [point.female.q3, point.male.q3])));
  const x = { type: 'quantitative', title: texts.axis, scale: { domain: [0, ticks.at(-1)!], nice: false, zero: true }, axis: { values: ticks, labelOverlap: false } } as const;
  return {
    description: texts.description,
    background: 'white',
    config: chartConfig(language),
    width: BAR_WIDTH,
    height: band * points.length,
    data: { values },
    layer: [
      {
        name: 'quartiles',
        mark: { type: 'rule', strokeWidth: 2.5, opacity: 0.8 },
        encoding: { y, yOffset, x: { field: 'q1', ...x }, x2: { field: 'q3' }, color: { field: 'sex', type: 'nominal', title: null, scale: sexScale } },
      },
      {
        name: 'median',
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: {
          y,
          yOffset,
          x: { field: 'median', ...x },
          color: { field: 'sex', type: 'nominal', title: null, scale: sexScale },
          shape: { field: 'sex', type: 'nominal', title: null, scale: { domain: sexScale.domain, range: [...SEX_SHAPES] } },
        },
      },
    ],
  } as unknown as TopLevelSpec;
}

/** Draws a specification as an SVG document fragment. */
export async function renderSpecSvg(spec: TopLevelSpec): Promise<string> {
  const [vegaLite, vega] = await loadVega();
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
