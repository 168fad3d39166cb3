/**
 * The charts of the categorical and numeric steps (issue 15; src/report/distribution-charts.ts
 * and distribution-chart-data.ts): each sex's share per category and group, the medians with
 * their quartiles, axes from 0, hidden values left out and said, flagged labels in bold, full
 * labels, and a text alternative that names what is flagged.
 */
import { describe, expect, it } from 'vitest';
import { categoryChartSpec, measureChartSpec, renderSpecSvg } from '../../src/report/distribution-charts.js';
import { distributionChartData } from '../../src/report/distribution-chart-data.js';
import { distributionPublishedReport } from '../helpers/distribution-published-report.js';

const report = distributionPublishedReport();
const step = (name: string) => report.steps.find((entry) => entry.name === name)!;

/** The layers, and each panel's data, of a spec as plain JSON. */
type Json = Record<string, any>;
const json = (spec: unknown): Json => JSON.parse(JSON.stringify(spec)) as Json;

describe('the chart of a categorical step', () => {
  const data = distributionChartData(report, step('Kontaktorsak'), 'categories', 'sv');

  it('has one chart for the overall row and one per variable, the groups with hidden cases left out', () => {
    expect(data.parts.map((part) => [part.by, part.heading, part.groups])).toEqual([
      [null, 'Totalt', 1],
      ['Stadsdelsområde', 'Stadsdelsområde', 3],
    ]);
    expect(data.rows).toBe(4);
  });

  it('draws each sex share per category in percent, hidden shares as ".." without a bar', () => {
    const overall = json(data.parts[0]!.spec);
    const values = overall.vconcat[0].data.values as Json[];
    expect(values.find((value) => value.category === 'Beteendeproblematik' && value.sex === 'Flickor')!.share).toBeCloseTo(7.2, 9);
    expect(values.find((value) => value.category === 'Beteendeproblematik' && value.sex === 'Pojkar')!.share).toBeCloseTo((139 / 602) * 100, 9);
    expect(values.find((value) => value.category === 'Beteendeproblematik' && value.sex === 'Pojkar')!.text).toBe('23,1\u00a0%');
    const farsta = json(data.parts[1]!.spec).vconcat[1];
    expect(farsta.title.text).toEqual(['Farsta']);
    const hidden = (farsta.data.values as Json[]).filter((value) => value.category === 'Beteendeproblematik');
    expect(hidden.map((value) => [value.share, value.text])).toEqual([
      [null, '..'],
      [null, '..'],
    ]);
  });

  it('has a percentage axis from 0, unstacked bars, and the flagged categories in bold', () => {
    const panel = json(data.parts[0]!.spec).vconcat[0];
    const x = panel.layer[0].encoding.x;
    expect(x.scale.domain[0]).toBe(0);
    expect(x.scale.zero).toBe(true);
    expect(x.stack).toBeNull();
    expect(x.axis.values[0]).toBe(0);
    expect(x.scale.domain[1]).toBeGreaterThanOrEqual(52);
    expect(x.scale.domain[1]).toBeLessThanOrEqual(100);
    expect(panel.layer[0].encoding.y.axis.labelFontWeight.condition.test).toContain('Beteendeproblematik');
    expect(panel.layer[0].encoding.y.axis.labelFontWeight.condition.test).not.toContain('Missbruk');
  });

  it('says what is flagged and what is hidden', () => {
    expect(data.description).toContain('Flaggade kategorier: Totalt: Beteendeproblematik; Stadsdelsområde: Bromma: Psykisk ohälsa.');
    expect(data.hiddenNote).toBe('Grupper med dolda värden saknas i diagrammet: Stadsdelsområde: Farsta (Beteendeproblematik, Övrigt).');
    expect(data.flagNote).toBe('Flaggade kategorier står i fetstil.');
  });

  it('draws a bar per shown share, full labels and a labelled 0', async () => {
    const svg = await renderSpecSvg(data.parts[1]!.spec);
    const bars = [...svg.matchAll(/<g class="mark-rect role-mark [^"]*"[^>]*>(.*?)<\/g>/gs)].map((match) => match[1]!.match(/<path/g)?.length ?? 0);
    // Bromma and Rinkeby-Kista: 4 categories × 2 sexes; Farsta: 2 categories hidden.
    expect(bars).toEqual([8, 4, 8]);
    expect(svg).toContain('Beteendeproblematik');
    expect(svg).toContain('Psykisk ohälsa');
    expect(svg).not.toContain('…');
    expect(svg).toMatch(/>0<\/text>/);
    const spec = categoryChartSpec([{ label: 'Enskede-Årsta-Vantör med ett mycket långt namn', categories: [{ value: 'En kategori med ett ovanligt långt namn som bryts', female: 10, male: 20, flagged: false }] }], { description: 'd', female: 'Flickor', male: 'Pojkar', axis: 'Andel (%)' }, 'sv');
    const long = await renderSpecSvg(spec);
    expect(long).toContain('En kategori med ett');
    expect(long).not.toContain('…');
  });
});

describe('the chart of a numeric step', () => {
  const data = distributionChartData(report, step('Handläggningstid'), 'measure', 'en');

  it('draws each sex median with its quartiles per group, the hidden group left out and said', () => {
    expect(data.parts.map((part) => part.groups)).toEqual([1, 2]);
    const values = json(data.parts[0]!.spec).data.values as Json[];
    expect(values).toEqual([
      { label: 'Overall', sex: 'Girls', median: 41, q1: 27, q3: 60 },
      { label: 'Overall', sex: 'Boys', median: 33, q1: 21, q3: 52 },
    ]);
    expect(data.hiddenNote).toContain('Stadsdelsområde: Farsta');
    expect(data.description).toContain('Flagged: Overall.');
  });

  it('has an axis from 0 in the measure unit, a rule from q1 to q3 and a dot at the median', () => {
    const spec = json(measureChartSpec([{ label: 'A', female: { median: 5, q1: 2, q3: 9 }, male: { median: 4, q1: 3, q3: 12 }, flagged: true }], { description: 'd', female: 'Girls', male: 'Boys', axis: 'Median (days)' }, 'en'));
    const [rule, dot] = spec.layer as [Json, Json];
    expect(rule.mark.type).toBe('rule');
    expect(rule.encoding.x.field).toBe('q1');
    expect(rule.encoding.x2.field).toBe('q3');
    expect(dot.encoding.x.field).toBe('median');
    expect(dot.encoding.x.scale.domain[0]).toBe(0);
    expect(dot.encoding.x.scale.domain[1]).toBeGreaterThanOrEqual(12);
    expect(dot.encoding.x.title).toBe('Median (days)');
    expect(dot.encoding.y.axis.labelFontWeight.condition.test).toContain('"A"');
  });

  it('renders to SVG with a dot per sex and group', async () => {
    const svg = await renderSpecSvg(data.parts[1]!.spec);
    const dots = /<g class="mark-symbol role-mark median_marks"[^>]*>(.*?)<\/g>/s.exec(svg)![1]!;
    expect(dots.match(/<path/g)).toHaveLength(4);
    expect(svg).toContain('Rinkeby-Kista');
    expect(svg).toMatch(/>0<\/text>/);
  });
});
