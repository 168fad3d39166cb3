/**
 * `jamstat validate` on categorical and numeric steps (issue 15): a measure cell that
 * holds no number is reported at its file, line and column like other bad values, and
 * values a categorical step's list does not name (with no `other`) are counted.
 * (The file pass and the value checks are read here on their own: the analysis that
 * validate runs after them reads these steps through the analysis layer.)
 */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { say } from '../../src/i18n/catalogue.js';
import { checkFile } from '../../src/validate/file-pass.js';
import { SeenIds } from '../../src/validate/seen-ids.js';
import { valueProblems } from '../../src/validate/value-problems.js';
import { tempFile } from '../helpers/temp.js';

const CONFIG = `
sex: { column: Kön }
steps:
  - name: Risk
    categories: { column: Risk, ordered: [Låg, Medel, Hög] }
  - name: Orsak
    categories: { column: Orsak, values: [A], other: Övrigt }
  - name: Dagar
    measure: { column: Dagar }
  - name: Dagar igen
    measure: { column: Dagar, minShift: 3 }
`;

async function problemsOf(lines: readonly string[]) {
  const config = parseConfigText(CONFIG, 'test.yml');
  const file = tempFile(`${['Kön;Risk;Orsak;Dagar', ...lines].join('\n')}\n`);
  const pass = await checkFile(file, config, {}, new SeenIds());
  return [...pass.occurrences.problems(file), ...valueProblems(file, config, pass.plan.tracked, pass.values, 0)].map(({ file: _file, ...rest }) => rest);
}

describe('validate with categorical and numeric steps', () => {
  it('reports a measure cell with no number at its first line, with the rows that have one, once per column', async () => {
    const problems = await problemsOf(['Flicka;Låg;A;12', 'Pojke;Låg;B;tolv', 'Pojke;Hög;B;1 234,5', 'Flicka;Låg;A;', 'Flicka;Låg;A;3 d']);
    expect(problems).toEqual([
      { code: 'invalid-measure', severity: 'error', line: 3, column: 'Dagar', count: 2, args: { value: 'tolv', keyPath: 'steps[2].measure.column' } },
    ]);
    const [found] = problems;
    expect(say('en', 'problem', found!.code, { ...found!.args, count: found!.count })).toBe(
      '"tolv" is not a number, and the configuration reads the column as a measure (steps[2].measure.column); the row is excluded from the step (not a number). Correct the value in the extract; write it as 12, 12,5 or 1 234.',
    );
    expect(say('sv', 'problem', found!.code, { ...found!.args, count: found!.count })).toContain('är inget tal');
  });

  it('counts the values a list does not name, each with its rows and first line, and none where other pools them', async () => {
    const problems = await problemsOf(['Flicka;Låg;A;1', 'Pojke;Extrem;B;1', 'Pojke;Extrem;C;1', 'Flicka;hög;A;1', 'Flicka;;A;1']);
    expect(problems).toEqual([
      { code: 'unlisted-category', severity: 'warning', line: 3, column: 'Risk', count: 2, args: { value: 'Extrem', keyPath: 'steps[0].categories.ordered', listed: 'Låg, Medel, Hög', suggestion: undefined } },
      { code: 'unlisted-category', severity: 'warning', line: 5, column: 'Risk', count: 1, args: { value: 'hög', keyPath: 'steps[0].categories.ordered', listed: 'Låg, Medel, Hög', suggestion: 'Hög' } },
    ]);
    const text = say('en', 'problem', 'unlisted-category', { ...problems[1]!.args, count: 1 } as never);
    expect(text).toBe(
      'the value "hög" is not in the list steps[0].categories.ordered (Låg, Medel, Hög) (did you mean "Hög"?), so its rows are excluded from the step (category not listed). Add the value to the list, or give other: to pool the values outside it.',
    );
  });
});
