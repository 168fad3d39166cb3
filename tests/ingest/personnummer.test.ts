import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePersonnummer, maskPersonnummer, luhnCheckDigit, looksLikePersonnummer, hasSixDigitRun, containsIdentityNumber, maskIdentityText } from '../../src/ingest/personnummer.js';

describe('parsePersonnummer', () => {
  it('reads the legal sex from the second-to-last digit', () => {
    expect(parsePersonnummer('811228-9874', 2026)).toMatchObject({ valid: true, sex: 'male', birthDate: '1981-12-28' });
    expect(parsePersonnummer('050615-2461', 2026)).toMatchObject({ valid: true, sex: 'female', birthDate: '2005-06-15' });
  });

  it('accepts 12 digits with or without hyphen, and 10 without', () => {
    expect(parsePersonnummer('19811228-9874')).toMatchObject({ valid: true, birthDate: '1981-12-28' });
    expect(parsePersonnummer('198112289874')).toMatchObject({ valid: true });
    expect(parsePersonnummer('8112289874', 2026)).toMatchObject({ valid: true, birthDate: '1981-12-28' });
  });

  it('checks the Luhn digit', () => {
    expect(parsePersonnummer('811228-9875')).toEqual({ valid: false, problem: 'checksum' });
    expect(luhnCheckDigit('811228987')).toBe(4);
  });

  it('rejects impossible dates, and knows leap years', () => {
    expect(parsePersonnummer('811328-9873')).toEqual({ valid: false, problem: 'date' });
    expect(parsePersonnummer('080229-0429', 2026)).toMatchObject({ valid: true, birthDate: '2008-02-29' });
  });

  it('reads samordningsnummer (day + 60)', () => {
    expect(parsePersonnummer('701063-2391', 2026)).toMatchObject({ valid: true, coordinationNumber: true, birthDate: '1970-10-03' });
  });

  it("puts a '+' number a century back (aged 100 or more)", () => {
    expect(parsePersonnummer('121212+1212', 2026)).toMatchObject({ valid: true, birthDate: '1912-12-12' });
    expect(parsePersonnummer('121212-1212', 2026)).toMatchObject({ valid: true, birthDate: '2012-12-12' });
  });

  it('rejects other shapes', () => {
    expect(parsePersonnummer('811228 9874')).toEqual({ valid: false, problem: 'format' });
    expect(parsePersonnummer('')).toEqual({ valid: false, problem: 'format' });
    expect(looksLikePersonnummer('Flicka')).toBe(false);
  });
});

describe('maskPersonnummer', () => {
  it('hides every digit but the century', () => {
    expect(maskPersonnummer('rad 19811228-9874 och 811228-9874')).toBe('rad 19XXXXXX-XXXX och XXXXXX-XXXX');
  });
  it('leaves decimals and short numbers alone', () => {
    expect(maskPersonnummer('p = 0.1234567890, n = 12345')).toBe('p = 0.1234567890, n = 12345');
  });
});

describe('hasSixDigitRun (the cheap pre-check of maskPersonnummer)', () => {
  // Digits, separators, spaces (also no-break ones), letters, and digits that are not ASCII
  // (Arabic-Indic, fullwidth), which \d does not match: texts near the edge of the rule.
  const character = fc.constantFrom(...'0123456789-+., \u00a0\u202faX\u0663\uff11'.split(''));
  const text = fc.array(character, { maxLength: 24 }).map((characters) => characters.join(''));

  it('is /\\d{6}/u', () => {
    fc.assert(fc.property(text, (value) => hasSixDigitRun(value) === /\d{6}/u.test(value)), { numRuns: 3000 });
  });

  it('holds for every text the rule matches, so skipping the others masks exactly the same', () => {
    fc.assert(
      fc.property(text, (value) => {
        if (containsIdentityNumber(value)) expect(hasSixDigitRun(value)).toBe(true);
        if (!hasSixDigitRun(value)) expect(maskPersonnummer(value)).toBe(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds runs at the start, in the middle and at the end, and not across a separator', () => {
    expect(hasSixDigitRun('123456')).toBe(true);
    expect(hasSixDigitRun('ab 1234567 cd')).toBe(true);
    expect(hasSixDigitRun('x 811228')).toBe(true);
    expect(hasSixDigitRun('12345-6789')).toBe(false);
    expect(hasSixDigitRun('\uff11\uff12\uff13\uff14\uff15\uff16')).toBe(false);
    expect(hasSixDigitRun('')).toBe(false);
  });
});

describe('maskIdentityText', () => {
  // The rule written plainly (every key and string through maskPersonnummer, key by key);
  // maskIdentityText copies unchanged keys faster and must give the same value.
  const plainMask = (value: unknown): unknown => {
    if (typeof value === 'string') return maskPersonnummer(value);
    if (Array.isArray(value)) return value.map(plainMask);
    if (value !== null && typeof value === 'object') {
      const masked: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(value)) masked[maskPersonnummer(key)] = plainMask(entry);
      return masked;
    }
    return value;
  };
  const text = fc.constantFrom('Kontaktorsak', '811228-9874', 'p 0.1234567890', '19811228 9874', '', '12', '__proto__', 'a');
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.double(),
      fc.constant(null),
      fc.boolean(),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.array(fc.tuple(text, tie('node')), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
    ),
  })).node;

  it('gives what masking every key and string one by one gives, keys in the same order', () => {
    fc.assert(
      fc.property(value, (given) => {
        const masked = maskIdentityText(given);
        const plain = plainMask(given);
        expect(masked).toStrictEqual(plain);
        expect(JSON.stringify(masked)).toBe(JSON.stringify(plain));
      }),
      { numRuns: 2000 },
    );
  });

  it('copies: the masked value shares no object with the given one', () => {
    const given = { a: { b: [1, { c: 'x' }] } };
    const masked = maskIdentityText(given);
    expect(masked).toEqual(given);
    expect(masked.a).not.toBe(given.a);
    expect(masked.a.b).not.toBe(given.a.b);
    expect(masked.a.b[1]).not.toBe(given.a.b[1]);
  });

  it('masks keys and strings at any depth and keeps the key order and other values', () => {
    const masked = maskIdentityText({ b: 1, '811228-9874': ['x 19811228-9874', null, true], a: { c: 'kort 12345' } });
    expect(masked).toEqual({ b: 1, 'XXXXXX-XXXX': ['x 19XXXXXX-XXXX', null, true], a: { c: 'kort 12345' } });
    expect(Object.keys(masked)).toEqual(['b', 'XXXXXX-XXXX', 'a']);
  });
});
