/**
 * The JSON report is written a chunk at a time (json-chunks.ts, render-json.ts): its
 * chunks must join to exactly the text JSON.stringify(value, null, 2) gives, and their
 * UTF-8 bytes, encoded one chunk at a time, to the whole text's bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../helpers/fast-check-seed.js';
import { jsonChunks } from '../../src/report/json-chunks.js';
import { renderJson, renderJsonChunks } from '../../src/report/render-json.js';
import { escapeJsonControls } from '../../src/report/visible-text.js';
import type { PublishedReport } from '../../src/model/report.js';

/** Text with what JSON treats specially: non-ASCII, astral characters, lone surrogates, controls, separators. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('å ä ö', '😀 🇸🇪', '\ud800', 'a\udc00b', '\u0085\u009f\u007f', '\u2028\u2029\u202e', 'rad\nrad', '"citat" \\ /', ''),
);

/** Values as a report has them, and what JSON.stringify leaves out or turns into null. */
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(() => 1),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('any'), { maxLength: 5 }),
    fc.dictionary(text, tie('any'), { maxKeys: 5 }),
  ),
})).any;

/** The bytes of `chunks` when each is encoded alone, as the writer encodes them. */
const bytesOf = (chunks: readonly string[]) => Buffer.concat(chunks.map((chunk) => Buffer.from(chunk, 'utf8')));

describe('jsonChunks', () => {
  it('joins to JSON.stringify(value, null, 2), with the same UTF-8 bytes, at any chunk size', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(1, 7, 64, 1 << 16), (drawn, chunkChars) => {
        const chunks = [...jsonChunks(drawn, chunkChars)];
        const whole = JSON.stringify(drawn, null, 2) as string | undefined;
        expect(chunks.join('')).toBe(whole ?? '');
        expect(bytesOf(chunks).equals(Buffer.from(whole ?? '', 'utf8'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('writes left-out values as JSON does: omitted in an object, null in an array, and empty containers whole', () => {
    const drawn = { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: {}, e: [], f: { g: undefined }, h: new Date(0), i: [, 1] };
    expect([...jsonChunks(drawn, 1)].join('')).toBe(JSON.stringify(drawn, null, 2));
    expect([...jsonChunks({ deep: { deeper: { deepest: { x: [1, { y: 'å' }] } } } }, 3)].join('')).toBe(
      JSON.stringify({ deep: { deeper: { deepest: { x: [1, { y: 'å' }] } } } }, null, 2),
    );
  });

  it('uses a value’s own toJSON, at any level', () => {
    const drawn = { when: new Date(0), custom: { toJSON: () => ({ replaced: true }) }, list: [{ toJSON: () => 'text' }] };
    expect([...jsonChunks(drawn, 1)].join('')).toBe(JSON.stringify(drawn, null, 2));
  });

  it('gives chunks of about the size asked for, never splitting a surrogate pair', () => {
    const drawn = { rows: Array.from({ length: 2000 }, (_, index) => ({ index, name: `😀 rad ${index}`, values: [index, 'å'] })) };
    const chunks = [...jsonChunks(drawn, 4096)];
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(4096);
    for (const chunk of chunks) expect(/[\ud800-\udbff]$|^[\udc00-\udfff]/.test(chunk)).toBe(false);
    expect(chunks.join('')).toBe(JSON.stringify(drawn, null, 2));
  });
});

describe('renderJsonChunks', () => {
  it('gives the text the renderer gave in one piece: C1 and bidirectional controls escaped, a final newline', () => {
    fc.assert(
      fc.property(fc.dictionary(text, value, { maxKeys: 6 }), (drawn) => {
        const report = { schemaVersion: 1, ...drawn } as unknown as PublishedReport;
        const before = `${escapeJsonControls(JSON.stringify(report, null, 2))}\n`;
        const chunks = [...renderJsonChunks(report)];
        expect(chunks.join('')).toBe(before);
        expect(renderJson(report)).toBe(before);
        expect(bytesOf(chunks).equals(Buffer.from(before, 'utf8'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
