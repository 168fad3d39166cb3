/**
 * The report's title block (`report:` and --title, --organisation, --report-period):
 * optional text, carried into the JSON only when given, escaped and masked in the HTML
 * like every other text (issue 16, item 5).
 */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { runMain } from '../helpers/run-main.js';

const BASE = `
sex: { column: Kön }
steps:
  - name: Utredning inleds
    outcome: { column: Förhandsbedömning, equals: Utredning inleds }
`;

describe('report: in the configuration', () => {
  it('is read when given, and absent when not', () => {
    const config = parseConfigText(`${BASE}report: { title: Flickor och pojkar, organisation: Exempelstaden, period: "2024", author: Analysenheten }\n`, 'x.yml');
    expect(config.report).toEqual({ title: 'Flickor och pojkar', organisation: 'Exempelstaden', period: '2024', author: 'Analysenheten' });
    expect(parseConfigText(BASE, 'x.yml').report).toBeUndefined();
  });

  it('refuses an unknown key and an empty text', () => {
    expect(() => parseConfigText(`${BASE}report: { subtitle: x }\n`, 'x.yml')).toThrow(ConfigError);
    expect(() => parseConfigText(`${BASE}report: { title: "" }\n`, 'x.yml')).toThrow(ConfigError);
  });
});

describe('the title block from flags', () => {
  const ARGS = ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml'];

  it('is in the JSON under report only when given', async () => {
    const plain = JSON.parse((await runMain([...ARGS, '-f', 'json'])).stdout) as Record<string, unknown>;
    expect(plain).not.toHaveProperty('report');
    const run = await runMain([...ARGS, '-f', 'json', '--title', 'Rapport', '--organisation', 'Exempelstaden', '--report-period', '2024']);
    expect((JSON.parse(run.stdout) as { report: unknown }).report).toEqual({ title: 'Rapport', organisation: 'Exempelstaden', period: '2024' });
  });

  it('is escaped and masked in the HTML', async () => {
    const run = await runMain([...ARGS, '-f', 'html', '--title', '<script>alert(1)</script> 19121212-1212', '--organisation', 'A & B']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('<script>');
    expect(run.stdout).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(run.stdout).not.toContain('19121212-1212');
    expect(run.stdout).toContain('<p class="organisation">A &amp; B</p>');
  });
});
