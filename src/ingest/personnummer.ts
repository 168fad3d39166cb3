/**
 * Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer), as Skatteverket defines them (SKV 704).
 *
 * Forms accepted: YYYYMMDD-NNNC, YYYYMMDDNNNC, YYMMDD-NNNC, YYMMDD+NNNC, YYMMDDNNNC.
 * C is a Luhn check digit over the ten-digit form; the ninth digit (second to last)
 * is odd for men and even for women; a samordningsnummer adds 60 to the day.
 *
 * These values are sensitive personal data: nothing in this module returns or
 * formats the number itself, only what can be derived from it.
 */

export type LegalSex = 'female' | 'male';

export type PersonnummerProblem = 'format' | 'date' | 'checksum';

export type ParsedPersonnummer =
  | {
      readonly valid: true;
      readonly sex: LegalSex;
      /** Birth date as YYYY-MM-DD; the century is inferred for 10-digit forms. */
      readonly birthDate: string;
      readonly coordinationNumber: boolean;
    }
  | { readonly valid: false; readonly problem: PersonnummerProblem };

const SHAPE = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;

/**
 * Luhn check digit over the nine digits YYMMDDNNN (weights 2,1,2,1,…).
 */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let index = 0; index < nineDigits.length; index++) {
    let digit = nineDigits.charCodeAt(index) - 48;
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Infers the century of a 10-digit number: the person is at most 99 years old
 * unless the separator is '+', which marks a person aged 100 or more.
 */
function inferCentury(twoDigitYear: number, separator: string, referenceYear: number): number {
  let year = Math.floor(referenceYear / 100) * 100 + twoDigitYear;
  if (year > referenceYear) year -= 100;
  if (separator === '+') year -= 100;
  return year;
}

/**
 * Parses a personnummer or samordningsnummer, checking its date and Luhn digit,
 * and returns the legal sex it encodes. White space around the value is ignored.
 * `referenceYear` resolves the century of 10-digit forms (default: the current year).
 */
export function parsePersonnummer(raw: string, referenceYear = new Date().getUTCFullYear()): ParsedPersonnummer {
  const match = SHAPE.exec(raw.trim());
  if (!match) return { valid: false, problem: 'format' };
  const [, century, yy, mm, dd, separator, serial, check] = match as unknown as [
    string, string | undefined, string, string, string, string, string, string,
  ];
  const twoDigitYear = Number(yy);
  const year = century !== undefined ? Number(century) * 100 + twoDigitYear : inferCentury(twoDigitYear, separator, referenceYear);
  const month = Number(mm);
  let day = Number(dd);
  const coordinationNumber = day > 60;
  if (coordinationNumber) day -= 60;
  if (!isRealDate(year, month, day)) return { valid: false, problem: 'date' };
  if (luhnCheckDigit(yy + mm + dd + serial) !== Number(check)) return { valid: false, problem: 'checksum' };
  const sexDigit = serial.charCodeAt(2) - 48;
  return {
    valid: true,
    sex: sexDigit % 2 === 1 ? 'male' : 'female',
    birthDate: `${String(year).padStart(4, '0')}-${mm}-${String(day).padStart(2, '0')}`,
    coordinationNumber,
  };
}

/** True when a text looks like a personnummer or samordningsnummer (valid or not). */
export function looksLikePersonnummer(text: string): boolean {
  return SHAPE.test(text.trim());
}

/** Space, no-break space and narrow no-break space: what may stand around a separator. */
const SPACE = '[ \\u00a0\\u202f]{0,3}';

/**
 * The one rule for a personnummer or samordningsnummer inside any text (README, Personal
 * data): the date part (6 or 8 digits), then "-", "+", spaces (also around the sign) or
 * nothing, then the last four digits; Luhn-valid or not, a real date or not. It must stand
 * alone: no digit right before or after it, and no decimal part of a number around it —
 * a separator with a short run of digits on its other side, as in "0.2016092124" (a
 * p-value's decimals) or "1234567890,5". A separator next to a longer run, or next to the
 * sign of another number, is not a decimal part: both numbers in "A,B" are masked.
 */
const EMBEDDED = new RegExp(
  `(?<!\\d)(?<!(?<![\\d+-])\\d{1,6}[.,])(?:\\d{2})?\\d{6}${SPACE}[-+]?${SPACE}\\d{4}(?!\\d)(?![.,]\\d{1,6}(?![\\d+-]))`,
  'gu',
);

/** True when a text holds a personnummer- or samordningsnummer-shaped substring (the rule of maskPersonnummer). */
export function containsIdentityNumber(text: string): boolean {
  EMBEDDED.lastIndex = 0;
  const found = EMBEDDED.test(text);
  EMBEDDED.lastIndex = 0;
  return found;
}

/**
 * Masks every personnummer- or samordningsnummer-shaped substring of a text: each digit
 * becomes X, except the century of a 12-digit form ("20YYMMDD - NNNC" → "20XXXXXX - XXXX"),
 * separators and spaces kept. Every text that leaves jamstat (labels, names, paths,
 * messages, inspect, init) goes through this one rule.
 */
export function maskPersonnummer(text: string): string {
  // Most texts of a report (labels, codes, keys) have no six digits in a row; the rule
  // needs them, so those texts skip the regex and its copy of the string.
  if (!hasSixDigitRun(text)) return text;
  return text.replace(EMBEDDED, (found) => {
    let digits = 0;
    const keepCentury = found.replace(/\D/g, '').length === 12;
    return found.replace(/\d/g, (digit) => (keepCentury && digits++ < 2 ? digit : 'X'));
  });
}

/**
 * Whether a text holds six ASCII digits in a row: every match of EMBEDDED does (its
 * `\d{6}`, and `\d` is ASCII-only even with the `u` flag), so a text without them has
 * nothing to mask.
 */
export function hasSixDigitRun(text: string): boolean {
  let run = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      if (++run === 6) return true;
    } else run = 0;
  }
  return false;
}

/**
 * A copy of a value (a report model, a list of problems) with every string in it, and
 * every key of a plain object, masked by maskPersonnummer. Numbers, booleans and null are
 * kept. Applied where a model is made, so that every format renders masked text and a
 * field added later cannot be forgotten.
 */
export function maskIdentityText<T>(value: T): T {
  return maskDeep(value) as T;
}

function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonnummer(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value !== null && typeof value === 'object') {
    const masked: Record<string, unknown> = {};
    // Object.keys, not Object.entries: the same keys in the same order, without a pair per key.
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) masked[maskPersonnummer(key)] = maskDeep(record[key]);
    return masked;
  }
  return value;
}
