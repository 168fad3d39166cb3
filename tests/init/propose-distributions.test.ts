/**
 * What `init` proposes beyond yes/no steps (issue 15): `categories:` for columns with 3–15
 * values and `measure:` for number columns that are no count, age, id, year or date, and
 * that the configuration it writes with them loads (the analysis itself is tested elsewhere).
 */
import { describe, expect, it } from 'vitest';
import { inspectWithSample } from '../../src/inspect/inspect.js';
import { proposeConfig, scaleOrder, unitOf } from '../../src/init/propose.js';
import { starterConfig } from '../../src/init/starter-config.js';
import { proposalTodos } from '../../src/init/todos.js';
import { parseConfigText } from '../../src/config/load.js';
import { tempFile } from '../helpers/temp.js';

async function proposeFile(file: string) {
  const { report, sample } = await inspectWithSample(file);
  return proposeConfig(report, sample);
}

/** A case-level extract of `rows` cases: Ärende-id, Kön, a reason, a risk level, a district, days, a score and a note. */
function caseExtract(rows: number): string {
  const reasons = ['Beteendeproblematik', 'Psykisk ohälsa', 'Brister i omsorg', 'Våld i nära relation'];
  const risks = ['Låg risk', 'Förhöjd risk', 'Hög risk'];
  const districts = ['Norr', 'Söder', 'Väster'];
  const lines = ['Ärende-id;Kön;Kontaktorsak;Riskbedömning;Område;Handläggningstid (dagar);Poängsumma;Beslut;Kommentar'];
  for (let row = 0; row < rows; row++) {
    const days = row % 5 === 0 ? '' : String(60 + ((row * 37) % 90));
    lines.push([`Ä-${row}`, row % 2 ? 'Flicka' : 'Pojke', reasons[row % 4], risks[row % 3], districts[row % 3], days, String(row % 7), row % 3 ? 'Beviljad' : 'Avslag', ['Ring', 'Skola', 'BUP', ''][row % 4]].join(';'));
  }
  return `${lines.join('\n')}\n`;
}

describe('init proposes categorical and measure steps', () => {
  it('the bundled example: Kontaktorsak and an ordered Riskbedömning as categories, Handläggningstid as a measure, no count to ask about', async () => {
    const proposal = await proposeFile('fixtures/exempel.csv');
    const active = proposal.categorySteps.filter((step) => step.active).map((step) => step.column);
    expect(active).toEqual(['Kontaktorsak', 'Riskbedömning']);
    expect(proposal.categorySteps.find((step) => step.column === 'Riskbedömning')!.ordered).toEqual(['Låg', 'Medel', 'Hög']);
    // Districts and reporters are groups more than outcomes: proposed, but commented out.
    expect(proposal.categorySteps.filter((step) => !step.active).map((step) => step.column)).toEqual(['Stadsdelsområde', 'Anmälare']);
    expect(proposal.measureSteps).toEqual([
      { kind: 'measure', name: 'Handläggningstid', column: 'Handläggningstid (dagar)', unit: 'dagar', onlyFilled: true, active: true },
    ]);
    expect(proposal.maybeCounts).toEqual([]);
    expect(proposal.rates).toEqual([]);
    expect(proposalTodos(proposal)).toEqual([]);

    const text = starterConfig(proposal, 'fixtures/exempel.csv', 'jamstat.yml', 'sv');
    expect(text).toContain('  - name: Kontaktorsak\n    categories: { column: Kontaktorsak }\n');
    expect(text).toContain('  - name: Riskbedömning\n    categories: { column: Riskbedömning, ordered: [Låg, Medel, Hög] }\n');
    expect(text).toContain(
      '  - name: Handläggningstid\n    among: { column: Handläggningstid (dagar), empty: false }\n    measure: { column: Handläggningstid (dagar), unit: dagar }\n',
    );
    expect(text).toContain('  # - { name: Stadsdelsområde, categories: { column: Stadsdelsområde } }');
    expect(text).not.toContain('ATT GÖRA');
  });

  it('writes a configuration that loads, in both languages, and whose commented steps load when their # is removed', async () => {
    const proposal = await proposeFile('fixtures/exempel.csv');
    for (const language of ['sv', 'en'] as const) {
      const text = starterConfig(proposal, 'fixtures/exempel.csv', 'jamstat.yml', language);
      const config = parseConfigText(text, 'jamstat.yml');
      const kinds = config.steps.map((step) => (step.categories ? `categories:${step.categories.column}` : step.measure ? `measure:${step.measure.column}` : 'yes/no'));
      expect(kinds).toEqual(['yes/no', 'yes/no', 'yes/no', 'yes/no', 'categories:Kontaktorsak', 'categories:Riskbedömning', 'measure:Handläggningstid (dagar)']);
      const risk = config.steps.find((step) => step.name === 'Riskbedömning')!;
      expect(risk.categories).toMatchObject({ values: ['Låg', 'Medel', 'Hög'], ordered: true, other: null });
      expect(config.steps.at(-1)!.measure).toMatchObject({ column: 'Handläggningstid (dagar)', unit: 'dagar' });
      const uncommented = parseConfigText(text.replace(/^ {2}# (- \{ name: )/gm, '  $1'), 'jamstat.yml');
      expect(uncommented.steps.map((step) => step.name)).toContain('Stadsdelsområde');
      expect(uncommented.steps.map((step) => step.name)).toContain('Anmälare');
    }
  });

  it('a case-level extract: a scale read from the values’ words, a unit from the name, free text left out', async () => {
    const proposal = await proposeFile(tempFile(caseExtract(120)));
    const categories = Object.fromEntries(proposal.categorySteps.map((step) => [step.column, step]));
    expect(Object.keys(categories)).toEqual(['Kontaktorsak', 'Riskbedömning', 'Område']);
    expect(categories['Kontaktorsak']!.active).toBe(true);
    expect(categories['Riskbedömning']).toMatchObject({ active: true, ordered: ['Låg risk', 'Förhöjd risk', 'Hög risk'] });
    expect(categories['Område']!.active).toBe(false);
    // Beslut has two values: a yes/no step, not a categorical one.
    expect(proposal.steps.map((step) => step.name)).toEqual(['Beviljad']);
    const measures = Object.fromEntries(proposal.measureSteps.map((step) => [step.column, step]));
    expect(Object.keys(measures)).toEqual(['Handläggningstid (dagar)', 'Poängsumma']);
    expect(measures['Handläggningstid (dagar)']).toMatchObject({ active: true, unit: 'dagar', onlyFilled: true });
    // "Poäng" reads as a measure; the free-text Kommentar (three values) is no categorical step.
    expect(measures['Poängsumma']).toMatchObject({ active: true, unit: null });
    const text = starterConfig(proposal, 'x.csv', 'x.yml', 'en');
    expect(parseConfigText(text, 'x.yml').steps).toHaveLength(5);
  });

  it('numbers beside a case id whose names say nothing are proposed commented out; without a case id they are not proposed', async () => {
    const withId = await proposeFile(tempFile(`Ärende-id;Kön;Beslut;Värde X\n${Array.from({ length: 80 }, (_, row) => `A${row};${row % 2 ? 'K' : 'M'};${row % 3 ? 'Ja' : 'Nej'};${((row % 9) * 1.5).toFixed(1).replace('.', ',')}`).join('\n')}\n`));
    expect(withId.measureSteps).toEqual([{ kind: 'measure', name: 'Värde X', column: 'Värde X', unit: null, onlyFilled: false, active: false }]);
    expect(starterConfig(withId, 'x.csv', 'x.yml', 'sv')).toContain('  # - { name: Värde X, measure: { column: Värde X } }');
    const withoutId = await proposeFile(tempFile(`Kön;Beslut;Värde X\n${Array.from({ length: 80 }, (_, row) => `${row % 2 ? 'K' : 'M'};${row % 3 ? 'Ja' : 'Nej'};${row % 9},5`).join('\n')}\n`));
    expect(withoutId.measureSteps).toEqual([]);
  });

  it('nothing beyond yes/no for a table with counts in columns, and a column of 2 or 16 values is no categorical step', async () => {
    const wide = await proposeFile(tempFile('Område;Orsak;Flickor;Pojkar\nA;X;1;2\nA;Y;3;4\nA;Z;5;6\nB;X;1;2\nB;Y;3;4\nB;Z;5;6\n'));
    expect(wide.categorySteps).toEqual([]);
    expect(wide.measureSteps).toEqual([]);
    const many = Array.from({ length: 160 }, (_, row) => `${row % 2 ? 'K' : 'M'};${row % 3 ? 'Ja' : 'Nej'};Orsak ${row % 16};${row % 2 ? 'A' : 'B'}`);
    const proposal = await proposeFile(tempFile(`Kön;Beslut;Kontaktorsak;Typ\n${many.join('\n')}\n`));
    expect(proposal.categorySteps).toEqual([]);
  });

  it('without a yes/no step the further steps stay comments beside the ATT GÖRA', async () => {
    const rows = Array.from({ length: 60 }, (_, row) => `${row % 2 ? 'K' : 'M'};${['Låg', 'Medel', 'Hög'][row % 3]};${row % 4}`);
    const proposal = await proposeFile(tempFile(`Kön;Riskbedömning;Antal\n${rows.join('\n')}\n`));
    expect(proposal.steps).toEqual([]);
    const text = starterConfig(proposal, 'x.csv', 'x.yml', 'sv');
    expect(text).toContain('# ATT GÖRA: ingen kolumn har ett utfall');
    expect(text).toContain('  # - { name: Riskbedömning, categories: { column: Riskbedömning, ordered: [Låg, Medel, Hög] } }');
    expect(text).not.toMatch(/^steps:/m);
  });
});

describe('scale order and unit', () => {
  it('orders values that are a scale, and only those', () => {
    expect(scaleOrder(['Hög', 'Låg', 'Medel'])).toEqual(['Låg', 'Medel', 'Hög']);
    expect(scaleOrder(['Hög risk', 'Låg risk', 'Förhöjd risk'])).toEqual(['Låg risk', 'Förhöjd risk', 'Hög risk']);
    expect(scaleOrder(['Låg', 'Hög', 'Inte känt'])).toBeNull();
    expect(scaleOrder(['Låg', 'Lägre', 'Hög'])).toBeNull();
    expect(scaleOrder(['Mycket hög', 'Hög', 'Låg'])).toEqual(['Låg', 'Hög', 'Mycket hög']);
  });

  it('reads a unit in parentheses, else a unit word', () => {
    expect(unitOf('Handläggningstid (dagar)')).toBe('dagar');
    expect(unitOf('Omfattning timmar per vecka')).toBe('timmar');
    expect(unitOf('Poängsumma')).toBeNull();
  });
});
