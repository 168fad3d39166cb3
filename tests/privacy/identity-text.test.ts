/**
 * Personnummer-shaped text anywhere, not only in a personnummer column (issue 13, cases
 * 1–3): in free text used as a group, in column names, file names and step names (from
 * the configuration and from --step-name), and in the count column of an aggregated
 * extract. Every command and format, in Swedish and English: no such number leaves jamstat,
 * a column that holds many cannot split tables, and a count that looks like one is an error.
 * All numbers are made up.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { runMain } from '../helpers/run-main.js';
import { tempFile, tempPath } from '../helpers/temp.js';
import { dumpXlsx } from '../helpers/xlsx-dump.js';
import { dumpDocx } from '../helpers/docx-dump.js';

const NUMBERS = ['20120315-1236', '20130416-2345', '20140517-3456', '20150618-4567', '20160719-5678', '20170820-6789'] as const;
/** The ten digits of each number, as they would stand in any printed form once separators are removed. */
const CORES = NUMBERS.map((number) => number.replace(/\D/g, '').slice(2));

/** The made-up numbers found in a text, in any form (10 or 12 digits, any separator or none). */
function leaks(text: string): string[] {
  const flat = text.replace(/[\s\-+\u00a0\u202f]/g, '');
  return CORES.filter((core) => flat.includes(core));
}

const [A, B, C, D, E, F] = NUMBERS;
const NAMED_COLUMN = `Stadsdel ${A.slice(2, 8)} ${A.slice(9)}`;

/** 40 rows; Anteckning holds two numbers (below the refusal threshold), Fritext holds five. */
function extract(): string {
  const lines = [`Kön;Anteckning;${NAMED_COLUMN};Beslut;Fritext`];
  for (let row = 0; row < 40; row++) {
    const note = row === 0 ? `Anmälan gäller ${B}` : row === 1 ? `${C.slice(2, 8)} ${C.slice(9)} ringde` : row % 2 ? 'Skola' : 'Polis';
    const free = row < 5 ? `Gäller ${NUMBERS[row]!.slice(0, 8)} - ${NUMBERS[row]!.slice(9)}` : 'Övrigt';
    lines.push(`${row % 2 ? 'Flicka' : 'Pojke'};${note};${row % 3 ? 'Norr' : 'Söder'};${row % 4 ? 'Ja' : 'Nej'};${free}`);
  }
  return `${lines.join('\n')}\n`;
}

const FILE = tempFile(extract(), { name: `uttag_${D}.csv` });
const CONFIG = tempFile(
  `sex: { column: Kön }
by: [Anteckning, "${NAMED_COLUMN}"]
steps:
  - name: "Utredning ${E}"
    outcome: { column: Beslut, equals: Ja }
`,
  { name: 'identity.yml' },
);

async function noLeak(args: readonly string[], output?: string): Promise<{ code: number; stdout: string; stderr: string; written: string }> {
  const run = await runMain([...args, ...(output ? ['-o', output] : [])]);
  let written = '';
  if (output && existsSync(output)) written = output.endsWith('.xlsx') ? await dumpXlsx(output) : output.endsWith('.docx') ? await dumpDocx(output) : readFileSync(output, 'utf8');
  for (const [stream, text] of [['stdout', run.stdout], ['stderr', run.stderr], ['output', written]] as const) {
    expect(leaks(text), `${stream} of jamstat ${args.join(' ')}\n${text}`).toEqual([]);
  }
  return { ...run, written };
}

describe('personnummer-shaped text is masked in every output (cases 1 and 2)', () => {
  for (const lang of ['sv', 'en'] as const) {
    for (const format of ['table', 'json', 'csv', 'md'] as const) {
      it(`analyze -f ${format} (${lang}): groups, column, file and step names`, async () => {
        const run = await noLeak(['analyze', FILE, '-c', CONFIG, '-f', format, '--no-suppress', '--lang', lang]);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toContain('XXXX');
      });
    }
    for (const extension of ['html', 'xlsx', 'docx', 'json'] as const) {
      it(`analyze -o ${extension} (${lang})`, async () => {
        const run = await noLeak(['analyze', FILE, '-c', CONFIG, '--lang', lang], tempPath(`out-${F}-${lang}.${extension}`));
        expect(run.code, run.stderr).toBe(0);
        expect(run.written).toContain('XXXX');
      });
    }
    it(`analyze --step-name with a number in it (${lang})`, async () => {
      const run = await noLeak(['analyze', FILE, '--sex', 'Kön', '--by', 'Anteckning', '--outcome', 'Beslut=Ja', '--step-name', `Steg ${F}`, '-f', 'json', '--lang', lang]);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).steps[0].name).toBe('Steg 20XXXXXX-XXXX');
    });
    for (const format of ['table', 'json'] as const) {
      it(`validate -f ${format} (${lang})`, async () => {
        const run = await noLeak(['validate', FILE, '-c', CONFIG, '-f', format, '--lang', lang]);
        expect(run.code, run.stdout).not.toBe(2);
      });
    }
    it(`validate naming the file and a missing column (${lang})`, async () => {
      const config = tempFile(`sex: { column: Kön }\nby: ["Saknas ${A}"]\nsteps: [ { name: "Steg ${B}", outcome: { column: Beslut, equals: Ja } } ]\n`, { name: `saknas.yml` });
      for (const format of ['table', 'json']) {
        const run = await noLeak(['validate', FILE, '-c', config, '-f', format, '--lang', lang]);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('uttag_20XXXXXX-XXXX.csv');
      }
    });
    it(`an error message naming the file and a step (${lang})`, async () => {
      const config = tempFile(`sex: { column: Kön }\nsteps: [ { name: "Steg ${A}", outcome: { column: "Saknas ${B}", equals: Ja } } ]\n`, { name: `fel-${C}.yml` });
      const run = await noLeak(['analyze', FILE, '-c', config, '--lang', lang]);
      expect(run.code).toBe(2);
    });
  }

  it('the JSON report has the masked labels', async () => {
    const run = await noLeak(['analyze', FILE, '-c', CONFIG, '-f', 'json', '--no-suppress']);
    const report = JSON.parse(run.stdout);
    const groups = report.results.map((result: { group: string | null }) => result.group);
    expect(groups).toContain('Anmälan gäller 20XXXXXX-XXXX');
    expect(groups).toContain('XXXXXX XXXX ringde');
    expect(report.settings.by).toContain('Stadsdel XXXXXX XXXX');
    expect(report.input.files[0].path).toContain('uttag_20XXXXXX-XXXX.csv');
    expect(Object.keys(report.settings.criteria)).toEqual(['Utredning 20XXXXXX-XXXX']);
  });
});

describe('a column holding personnummer-shaped text cannot split tables (case 1)', () => {
  const configs = {
    by: 'by: [Fritext]',
    intersection: `by: ["Fritext*${NAMED_COLUMN}"]`,
    explain: 'explain: { need: [Fritext] }',
  };
  for (const lang of ['sv', 'en'] as const) {
    for (const [label, line] of Object.entries(configs)) {
      it(`refuses Fritext in ${label} (${lang})`, async () => {
        const config = tempFile(`sex: { column: Kön }\n${line}\nsteps: [ { name: Beslut, outcome: { column: Beslut, equals: Ja } } ]\n`, { name: `refuse-${label}.yml` });
        const run = await noLeak(['analyze', FILE, '-c', config, '--lang', lang]);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('Fritext');
        expect(run.stderr).toMatch(lang === 'sv' ? /5 olika värden.*personnummer/ : /5 distinct values.*personnummer/);
      });
    }
  }

  it('inspect marks the column as sensitive, in JSON with masked top values', async () => {
    const run = await noLeak(['inspect', FILE, '-f', 'json']);
    const report = JSON.parse(run.stdout);
    const column = (name: string) => report.columns.find((entry: { name: string }) => entry.name === name);
    expect(column('Fritext').sensitive).toBe(true);
    expect(column('Fritext').identityValues).toBe(5);
    expect(column('Anteckning').sensitive).toBe(false);
    expect(column('Anteckning').identityValues).toBe(2);
    expect(column('Anteckning').top.map((entry: { value: string }) => entry.value)).toContain('Anmälan gäller 20XXXXXX-XXXX');
    expect(column('Stadsdel XXXXXX XXXX')).toBeDefined();
    expect(report.file).toContain('uttag_20XXXXXX-XXXX.csv');
  });

  for (const [lang, word] of [['sv', 'känslig'], ['en', 'sensitive']] as const) {
    it(`inspect's table says which column is sensitive (${lang})`, async () => {
      const run = await noLeak(['inspect', FILE, '--lang', lang]);
      expect(run.code).toBe(0);
      const line = run.stdout.split('\n').find((text) => text.includes('Fritext'))!;
      expect(line).toContain(word);
      expect(run.stdout.split('\n').find((text) => text.includes('Anteckning'))).not.toContain(word);
    });

    it(`init never proposes the sensitive column and writes no number (${lang})`, async () => {
      const output = tempPath(`init-${lang}.yml`);
      const run = await noLeak(['init', FILE, '--lang', lang], output);
      expect(run.code, run.stderr).toBe(0);
      expect(run.written).not.toMatch(/by: .*Fritext/);
      expect(run.written).not.toMatch(/^#? *by: .*Stadsdel/m);
    });
  }
});

describe('a count cell that cannot be a count (case 3)', () => {
  const aggregated = (cell: string) =>
    tempFile(`Kön;Stadsdel;Beslut;Antal\nFlicka;Norr;Ja;12\nPojke;Norr;Ja;9\nFlicka;Söder;Nej;${cell}\nPojke;Söder;Nej;1 234 567\nFlicka;Norr;Nej;30\nPojke;Söder;Ja;25\n`);
  const config = (extra = '') =>
    tempFile(`sex: { column: Kön }\ncount: Antal\nby: [Stadsdel]\nsteps: [ { name: Beslut, outcome: { column: Beslut, equals: Ja } } ]\n${extra}`, { name: 'count.yml' });

  for (const lang of ['sv', 'en'] as const) {
    for (const cell of [A.slice(2).replace('-', ''), A, A.slice(2), `${A.slice(2, 8)} ${A.slice(9)}`, A.replace('-', '')]) {
      it(`refuses the count ${JSON.stringify(cell.replace(/\d/g, 'N'))} with file, line and column (${lang})`, async () => {
        const file = aggregated(cell);
        const run = await noLeak(['analyze', file, '-c', config(), '--lang', lang]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(file);
        expect(run.stderr).toMatch(lang === 'sv' ? /rad 4, kolumn/ : /line 4, column/);
        expect(run.stderr).toContain('Antal');
        expect(run.stderr).toContain('XXXX');
        expect(run.stderr).toMatch(lang === 'sv' ? /personnummer/ : /personnummer/);
      });
    }
    it(`refuses a count above limits.maxCount and names the key (${lang})`, async () => {
      const file = aggregated('10 000 001');
      const run = await noLeak(['analyze', file, '-c', config(), '--lang', lang]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('limits.maxCount');
      expect(run.stderr).toMatch(lang === 'sv' ? /rad 4/ : /line 4/);
    });
    it(`validate reports a personnummer-shaped count as an error (${lang})`, async () => {
      const run = await noLeak(['validate', aggregated(A.slice(2).replace('-', '')), '-c', config(), '--lang', lang, '-f', 'json']);
      expect(run.code).toBe(1);
      const codes = JSON.parse(run.stdout).problems.map((found: { code: string }) => found.code);
      expect(codes).toContain('count-is-personnummer');
    });
  }

  it('takes a larger count when limits.maxCount allows it', async () => {
    const run = await noLeak(['analyze', aggregated('10 000 001'), '-c', config('limits: { maxCount: 20000000 }\n'), '-f', 'json']);
    expect(run.code, run.stderr).toBe(0);
  });

  it('takes ordinary counts written the Swedish way', async () => {
    const run = await noLeak(['analyze', aggregated('7'), '-c', config(), '-f', 'json']);
    expect(run.code, run.stderr).toBe(0);
  });
});
