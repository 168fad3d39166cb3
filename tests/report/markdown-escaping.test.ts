/**
 * Markdown that cannot drive a viewer (issue 13, case 10): group values, a `by` column's
 * name and a step name holding HTML, an image, a link, emphasis or pipes come out as
 * text (entities and backslash escapes), never as live markup, while jamstat's own words
 * stay unescaped.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';
import { markdownText } from '../../src/report/markdown-text.js';

const GROUPS = ['<img src=https://evil.example/x.png>', '![x](https://evil.example/y.png)', '*fet* _kursiv_ [länk](https://evil.example) a|b `kod` # - 1. & &amp;'];

function hostileExtract(): string {
  const rows = Array.from({ length: 240 }, (_, index) => `${index % 2 ? 'Pojke' : 'Flicka'};"${GROUPS[index % 3]!.replace(/"/g, '""')}";${index % 3 === 0 || index % 7 === 0 ? 'Ja' : 'Nej'}`);
  return tempFile(`Kön;Dist<b>;Beslut\n${rows.join('\n')}\n`);
}

const CONFIG = tempFile('sex: { column: Kön }\nby: ["Dist<b>"]\nsteps:\n  - name: "<script>alert(1)</script>"\n    outcome: { column: Beslut, equals: Ja }\n', { name: 'markdown.yml' });

/** The cells of a Markdown table line: split at the pipes that are not escaped. */
const cellCount = (line: string): number => line.split(/(?<!\\)\|/).length;

describe('Markdown output', () => {
  it('shows HTML, images, links, emphasis and pipes from the data as text', async () => {
    const run = await runMain(['analyze', hostileExtract(), '-c', CONFIG, '-f', 'md', '--lang', 'en']);
    expect(run.code).toBe(0);
    const markdown = run.stdout;
    expect(markdown).not.toMatch(/<(img|script|b)\b/);
    expect(markdown).not.toContain('![');
    expect(markdown).not.toMatch(/[^\\]\]\(/);
    expect(markdown).toContain('&lt;img src=https://evil.example/x.png&gt;');
    expect(markdown).toContain('\\!\\[x\\]\\(https://evil.example/y.png\\)');
    expect(markdown).toContain('## Step: &lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(markdown).toContain('**Dist&lt;b&gt;**');
    expect(markdown).toContain('\\*fet\\* \\_kursiv\\_ \\[länk\\]\\(https://evil.example\\) a\\|b \\`kod\\` \\# - 1. &amp; &amp;amp;');
    const table = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(new Set(table.map(cellCount)).size).toBe(1);
  });
});

describe('markdownText', () => {
  it('escapes a leading list or heading marker and control characters, and leaves plain text alone', () => {
    expect(markdownText('- x')).toBe('\\- x');
    expect(markdownText('+ x')).toBe('\\+ x');
    expect(markdownText('12. x')).toBe('12\\. x');
    expect(markdownText('a\nb\u001b')).toBe('a\\\\nb\\\\e');
    expect(markdownText('Hägersten-Älvsjö 2024-Q1')).toBe('Hägersten-Älvsjö 2024-Q1');
  });
});
