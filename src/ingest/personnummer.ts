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

const EMBEDDED = /(?<![\d.,])(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)/g;

/**
 * Masks every personnummer-shaped run of digits in a text (19XXXXXX-XXXX), so that
 * a message quoting a cell never reveals one.
 */
export function maskPersonnummer(text: string): string {
  return text.replace(EMBEDDED, (found) => found.replace(/\d/g, (digit, offset: number) => (offset < 2 && found.length >= 12 ? digit : 'X')));
}
