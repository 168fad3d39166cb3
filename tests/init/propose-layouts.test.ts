/**
 * What `proposeConfig` makes of tables with counts in columns, given inspect's report and
 * its sample rows: which columns may make a funnel, what a total or a "not applicable"
 * value in an outcome column does, and that the sample leaves inspect's report as it was.
 */
import { describe, expect, it } from 'vitest';
import { inspect, inspectWithSample, SAMPLE_ROWS } from '../../src/inspect/inspect.js';
import { proposeConfig } from '../../src/init/propose.js';
import { proposalTodos } from '../../src/init/todos.js';
import { tempFile } from '../helpers/temp.js';

async function propose(csv: string) {
  const { report, sample } = await inspectWithSample(tempFile(csv));
  return proposeConfig(report, sample);
}

describe('proposeConfig on tables with counts in columns', () => {
  it('takes no age bands, total column or code column for a funnel, even where they nest', async () => {
    // Socialstyrelsen's cause-of-death tables: Samtliga ≥ each age band, and deaths fall after 85.
    const proposal = await propose('Orsak;Kön;Samtliga;85-89;90-94;95-\nA;Kv;30;12;8;2\nA;M;25;10;6;1\nB;Kv;20;9;5;1\nB;M;22;8;4;2\n');
    expect(proposal.steps).toEqual([]);
    expect(proposalTodos(proposal)).toContain('count');
    const codes = await propose('Kommun-id;Kön;Anmälningar\n180;K;10\n181;M;8\n182;K;5\n');
    expect(codes.steps).toEqual([]);
  });

  it('proposes no funnel beside a count column, and none without sample rows', async () => {
    const named = await propose('Kön;Aktualiseringar;Utredningar;Antal\nK;10;4;3\nM;12;5;4\n');
    expect(named.count).toBe('Antal');
    expect(named.steps.some((step) => step.kind === 'funnel')).toBe(false);
    const { report } = await inspectWithSample(tempFile('Kön;Aktualiseringar;Utredningar\nK;10;4\nM;12;5\n'));
    expect(proposeConfig(report).steps).toEqual([]);
  });

  it('leaves a value out of an outcome when every count of it is "." (not applicable)', async () => {
    const proposal = await propose('Kön;Beslut;Antal\nFlickor;Beviljad;10\nFlickor;Avslag;12\nPojkar;Beviljad;9\nPojkar;Avslag;14\nPojkar;Ej aktuellt;.\n');
    expect(proposal.steps).toEqual([{ kind: 'outcome', name: 'Beviljad', column: 'Beslut', value: 'Beviljad', other: 'Avslag', onlyFilled: false, totals: [] }]);
    expect(proposal.markersSeen).toEqual(['.']);
  });

  it('a wide funnel whose measures lack a total column leaves the total out of sex.columns', async () => {
    const proposal = await propose('Ort;Aktualiseringar flickor;Aktualiseringar pojkar;Aktualiseringar totalt;Utredningar flickor;Utredningar pojkar\nA;10;12;22;4;3\nB;5;8;13;5;1\n');
    expect(proposal.wide).toEqual({
      columns: [
        { name: 'flickor', role: 'female' },
        { name: 'pojkar', role: 'male' },
      ],
      funnel: true,
      otherMeasures: [],
    });
    expect(proposal.steps).toEqual([{ kind: 'funnel', name: 'Utredningar', of: 'Aktualiseringar', yes: 'Utredningar' }]);
  });

  it('measures that do not nest: the first is proposed with its column names, the others named', async () => {
    const proposal = await propose('Ort;Beslut;Anmälningar kvinnor;Anmälningar män;Ansökningar kvinnor;Ansökningar män\nA;Ja;10;12;14;3\nB;Nej;5;8;2;9\n');
    expect(proposal.wide).toEqual({
      columns: [
        { name: 'Anmälningar kvinnor', role: 'female' },
        { name: 'Anmälningar män', role: 'male' },
      ],
      funnel: false,
      otherMeasures: ['Ansökningar'],
    });
  });

  it('keeps a bounded sample and the same report as inspect', async () => {
    const rows = Array.from({ length: SAMPLE_ROWS + 5 }, (_, index) => `K;${index % 7}`).join('\n');
    const file = tempFile(`Kön;Antal\n${rows}\n`);
    const { report, sample } = await inspectWithSample(file);
    expect(sample).toHaveLength(SAMPLE_ROWS);
    expect(sample[0]).toEqual(['K', '0']);
    expect(report).toEqual(await inspect(file));
  });
});
