/**
 * The words of `jamstat validate`, in Swedish (the default) and English: one text per
 * problem code, each saying what was found and what to do, and the words of the
 * validation table. The core emits codes and arguments (src/validate/problem.ts); only
 * the renderer turns them into words, through `formatProblem` and `validateWord`.
 */
import { formatMessage, type Language, type MessageArgs, type MessageCode } from './messages.js';
import { label, labelKeys, sexLabel, type LabelKey } from './labels.js';
import { formatNumber } from '../report/numbers.js';
import type { ProblemCode } from '../validate/problem.js';
import type { SexTerms } from '../model/report.js';

type Template = (args: MessageArgs, language: Language) => string;

const didYouMean = (suggestion: unknown, language: Language): string =>
  suggestion ? (language === 'sv' ? ` (menade du "${suggestion}"?)` : ` (did you mean "${suggestion}"?)`) : '';

/** A quoted cell, or a word for an empty one. */
const cell = (value: unknown, language: Language): string => (value ? `"${value}"` : language === 'sv' ? '(tom)' : '(empty)');

const percent = (share: unknown, language: Language): string => `${formatNumber(Number(share) * 100, language, 1)} %`;
const points = (value: unknown, language: Language): string => formatNumber(Math.abs(Number(value)), language, 1);
const whole = (value: unknown, language: Language): string => formatNumber(Number(value), language);

/** "ragged-row=2;missing-outcome=40" as "fel antal fält 2, utfall saknas 40". */
function reasons(list: unknown, language: Language): string {
  const known = new Set(labelKeys(language));
  return String(list)
    .split(';')
    .filter(Boolean)
    .map((entry) => {
      const [reason, rows] = entry.split('=');
      const key = `exclusion.${reason}`;
      return `${known.has(key) ? label(key as LabelKey, language) : reason} ${whole(rows, language)}`;
    })
    .join(', ');
}

const PERSONNUMMER_PROBLEMS: Record<Language, Record<string, string>> = {
  sv: { format: 'fel form', date: 'omöjligt datum', checksum: 'fel kontrollsiffra' },
  en: { format: 'wrong form', date: 'impossible date', checksum: 'wrong check digit' },
};

const MISSING_ROLES: Record<Language, Record<string, string>> = {
  sv: {
    sex: 'kön saknas; raden utesluts ur varje steg (kön saknas). Fyll i kön i källsystemet där det går',
    personnummer: 'personnummer saknas, så kön kan inte läsas; raden utesluts ur varje steg (kön saknas). Fyll i numret i källsystemet där det går',
    id: 'ärende-id saknas, så raden kan inte kontrolleras mot dubbletter. Ta med id i uttaget',
  },
  en: {
    sex: 'sex is missing; the row is excluded from every step (sex missing). Fill it in in the case system where possible',
    personnummer: 'the personnummer is missing, so sex cannot be read; the row is excluded from every step (sex missing). Fill it in in the case system where possible',
    id: 'the case id is missing, so the row cannot be checked for duplicates. Include the id in the extract',
  },
};

/** The analysis's own message for an input error it stopped at (its code travels in the arguments). */
const analysisMessage = (args: MessageArgs, language: Language): string => formatMessage(args.messageCode as MessageCode, args, language);

/** The rest of a list of values, summed in one problem (see value-problems.ts). */
const more = (args: MessageArgs, language: Language, what: Record<Language, string>): string =>
  language === 'sv' ? `minst ${whole(args.more, language)} ${what.sv} till` : `at least ${whole(args.more, language)} more ${what.en}`;

const sv: Record<ProblemCode, Template> = {
  'missing-column': (a, l) =>
    `nyckel ${a.keyPaths}: kolumnen finns inte i filen${didYouMean(a.suggestion, l)}. Rätta namnet i konfigurationen, eller ta med kolumnen i uttaget.${a.suggestion ? '' : ` Kolumnerna är: ${a.columns}.`}`,
  'header-mismatch': (a) =>
    `kolumnerna skiljer sig från dem i ${a.firstFile}${a.missing ? `; saknas: ${a.missing}` : ''}${a.extra ? `; extra: ${a.extra}` : ''}${!a.missing && !a.extra ? ' (samma kolumner i annan ordning)' : ''}. Filer som analyseras tillsammans måste ha samma kolumner: exportera dem med samma inställningar.`,
  'no-rows': () => `filen har en rubrikrad men inga datarader. Kontrollera urvalet (t.ex. perioden) och exportera uttaget igen.`,
  'no-sex-recognised': (a) =>
    `inga värden känns igen som kvinna/flicka eller man/pojke (sedda värden: ${a.seen}), så filen kan inte analyseras. Ange vad värdena betyder under sex.values i konfigurationen, t.ex. { '2': female, '1': male }.`,
  'analysis-stopped': (a, l) => `analysen stannar här: ${analysisMessage(a, l)}`,
  'unexpected-value': (a, l) =>
    a.more !== undefined
      ? `${more(a, l, { sv: 'otillåtna värden', en: 'values not allowed' })}. Är det rätt kolumn? Jämför med validate.values i konfigurationen.`
      : `värdet ${cell(a.value, l)} är inte tillåtet (tillåtna: ${a.allowed})${didYouMean(a.suggestion, l)}. Rätta värdet i källsystemet, eller lägg till det under validate.values om det är giltigt.`,
  'invalid-count': (a, l) =>
    `antalet ${cell(a.value, l)} är inget heltal ≥ 0, så raden utesluts (ogiltigt antal). Rätta antalet i uttaget; det skrivs som 12 eller 1 234.`,
  'duplicate-id': (a, l) =>
    `ärende-id ${cell(a.value, l)} förekommer redan tidigare (i denna eller en tidigare fil). Varje ärende ska stå på en rad: ta bort dubbletterna, eller kontrollera att filerna inte överlappar.`,
  'invalid-date': (a, l) =>
    `${cell(a.value, l)} är inget giltigt datum, och konfigurationen läser kolumnen som datum (${a.keyPath}); raden utesluts. Rätta datumet i uttaget; skriv det som 2024-03-19.`,
  'excluded-share': (a, l) =>
    `steget "${a.step}" utesluter ${percent(a.share, l)} av sina rader (högst ${percent(a.limit, l)} tillåts): ${reasons(a.reasons, l)}. Rätta uttaget där värden saknas eller är ogiltiga, eller höj validate.maxExcludedShare om bortfallet är väntat.`,
  'ragged-rows': (a) =>
    `raden har fel antal fält (${a.expected} väntades) och utesluts (fel antal fält). Kontrollera citattecken och avgränsare på raden.`,
  'missing-value': (a) => `${MISSING_ROLES.sv[String(a.role)]}.`,
  'unrecognised-sex': (a, l) =>
    a.more !== undefined
      ? `${more(a, l, { sv: 'okända könsvärden', en: 'unrecognised sex values' })}, räknade som annat/okänt. Är det rätt kolumn för kön?`
      : `värdet ${cell(a.value, l)} känns inte igen som kvinna/flicka eller man/pojke och räknas som annat/okänt${didYouMean(a.suggestion, l)}. Rätta värdet i källsystemet, eller ange vad det betyder under sex.values.`,
  'invalid-personnummer': (a) =>
    `personnumret är ogiltigt (${PERSONNUMMER_PROBLEMS.sv[String(a.problem)]}), så raden utesluts (ogiltigt personnummer). Rätta numret i källsystemet.`,
  'rare-value': (a, l) =>
    a.more !== undefined
      ? `${more(a, l, { sv: 'sällsynta värden', en: 'rare values' })}. Kontrollera kolumnens värden med jamstat inspect.`
      : `värdet ${cell(a.value, l)} förekommer bara ${whole(a.count, l)} ${Number(a.count) === 1 ? 'gång' : 'gånger'}${a.suggestion ? `; närmaste vanliga värde är "${a.suggestion}"` : ' och liknar inget vanligt värde'}. Ett stavfel? Rätta det i källsystemet, eller lägg värdet under validate.values om det är giltigt.`,
  'value-not-found': (a, l) =>
    `nyckel ${a.keyPath}: värdet ${cell(a.value, l)} förekommer aldrig i kolumnen${didYouMean(a.suggestion, l)}. Rätta värdet i konfigurationen; stavning och stora och små bokstäver måste stämma.`,
  'suspect-date': (a, l) =>
    `${cell(a.value, l)} är inget giltigt datum, fast kolumnens namn säger datum. Kontrollera exporten; jamstat läser datum som 2024-03-19, 20240319 och 19/03/2024.`,
  'step-selects-nothing': (a) =>
    `steget "${a.step}" väljer inga rader (nyckel ${a.keyPath}). Kontrollera villkoret och värdena i kolumnen.`,
  'row-count-change': (a, l) =>
    `antalet rader ändrades från ${whole(a.previous, l)} till ${whole(a.current, l)} (${Number(a.change) > 0 ? '+' : '−'}${percent(Math.abs(Number(a.change)), l)}; högst ${percent(a.limit, l)} väntas). Har exporten ändrats (period, urval, filter)? Jämför uttagen innan de analyseras.`,
  'share-change': (a, l) =>
    `andelen ${sexLabel(a.sex as 'female' | 'male', a.sexTerms as SexTerms, l).toLowerCase()} i steget "${a.step}" ändrades från ${percent(a.previous, l)} till ${percent(a.current, l)} (${points(a.changePp, l)} procentenheter; högst ${whole(a.limit, l)} väntas). Har kodningen eller exporten ändrats? Kontrollera innan resultaten jämförs.`,
};

const en: Record<ProblemCode, Template> = {
  'missing-column': (a, l) =>
    `key ${a.keyPaths}: the file has no such column${didYouMean(a.suggestion, l)}. Correct the name in the configuration, or include the column in the extract.${a.suggestion ? '' : ` The columns are: ${a.columns}.`}`,
  'header-mismatch': (a) =>
    `the columns differ from those in ${a.firstFile}${a.missing ? `; missing: ${a.missing}` : ''}${a.extra ? `; extra: ${a.extra}` : ''}${!a.missing && !a.extra ? ' (the same columns in another order)' : ''}. Files analysed together must have the same columns: export them with the same settings.`,
  'no-rows': () => `the file has a header line but no data rows. Check the selection (e.g. the period) and export the extract again.`,
  'no-sex-recognised': (a) =>
    `no value is recognised as female or male (values seen: ${a.seen}), so the file cannot be analysed. Say what the values mean under sex.values in the configuration, e.g. { '2': female, '1': male }.`,
  'analysis-stopped': (a, l) => `the analysis stops here: ${analysisMessage(a, l)}`,
  'unexpected-value': (a, l) =>
    a.more !== undefined
      ? `${more(a, l, { sv: 'otillåtna värden', en: 'values not allowed' })}. Is it the right column? Compare with validate.values in the configuration.`
      : `the value ${cell(a.value, l)} is not allowed (allowed: ${a.allowed})${didYouMean(a.suggestion, l)}. Correct it in the case system, or add it under validate.values if it is valid.`,
  'invalid-count': (a, l) =>
    `the count ${cell(a.value, l)} is not a whole number ≥ 0, so the row is excluded (invalid count). Correct the count in the extract; write it as 12 or 1 234.`,
  'duplicate-id': (a, l) =>
    `the case id ${cell(a.value, l)} already occurs earlier (in this or an earlier file). Each case belongs on one row: remove the duplicates, or check that the files do not overlap.`,
  'invalid-date': (a, l) =>
    `${cell(a.value, l)} is not a valid date, and the configuration reads the column as dates (${a.keyPath}); the row is excluded. Correct the date in the extract; write it as 2024-03-19.`,
  'excluded-share': (a, l) =>
    `step "${a.step}" excludes ${percent(a.share, l)} of its rows (at most ${percent(a.limit, l)} allowed): ${reasons(a.reasons, l)}. Correct the extract where values are missing or invalid, or raise validate.maxExcludedShare if the loss is expected.`,
  'ragged-rows': (a) =>
    `the row has the wrong number of fields (${a.expected} expected) and is excluded (wrong number of fields). Check the quotes and delimiters on the line.`,
  'missing-value': (a) => `${MISSING_ROLES.en[String(a.role)]}.`,
  'unrecognised-sex': (a, l) =>
    a.more !== undefined
      ? `${more(a, l, { sv: 'okända könsvärden', en: 'unrecognised sex values' })}, counted as other/unknown. Is it the right column for sex?`
      : `the value ${cell(a.value, l)} is not recognised as female or male and counts as other/unknown${didYouMean(a.suggestion, l)}. Correct it in the case system, or say what it means under sex.values.`,
  'invalid-personnummer': (a) =>
    `the personnummer is invalid (${PERSONNUMMER_PROBLEMS.en[String(a.problem)]}), so the row is excluded (invalid personnummer). Correct the number in the case system.`,
  'rare-value': (a, l) =>
    a.more !== undefined
      ? `${more(a, l, { sv: 'sällsynta värden', en: 'rare values' })}. Check the column's values with jamstat inspect.`
      : `the value ${cell(a.value, l)} occurs only ${whole(a.count, l)} ${Number(a.count) === 1 ? 'time' : 'times'}${a.suggestion ? `; the nearest common value is "${a.suggestion}"` : ' and resembles no common value'}. A typo? Correct it in the case system, or list it under validate.values if it is valid.`,
  'value-not-found': (a, l) =>
    `key ${a.keyPath}: the value ${cell(a.value, l)} never occurs in the column${didYouMean(a.suggestion, l)}. Correct the value in the configuration; spelling and case must match.`,
  'suspect-date': (a, l) =>
    `${cell(a.value, l)} is not a valid date, though the column's name says date. Check the export; jamstat reads dates as 2024-03-19, 20240319 and 19/03/2024.`,
  'step-selects-nothing': (a) =>
    `step "${a.step}" selects no rows (key ${a.keyPath}). Check its condition and the values in the column.`,
  'row-count-change': (a, l) =>
    `the number of rows changed from ${whole(a.previous, l)} to ${whole(a.current, l)} (${Number(a.change) > 0 ? '+' : '−'}${percent(Math.abs(Number(a.change)), l)}; at most ${percent(a.limit, l)} expected). Has the export changed (period, selection, filter)? Compare the extracts before analysing them.`,
  'share-change': (a, l) =>
    `the share of ${sexLabel(a.sex as 'female' | 'male', a.sexTerms as SexTerms, l).toLowerCase()} in step "${a.step}" changed from ${percent(a.previous, l)} to ${percent(a.current, l)} (${points(a.changePp, l)} percentage points; at most ${whole(a.limit, l)} expected). Has the coding or the export changed? Check before comparing results.`,
};

const problemTexts: Record<Language, Record<ProblemCode, Template>> = { sv, en };

/** The words of a problem: what was found and what to do. `count` is the problem's row count. */
export function formatProblem(code: ProblemCode, args: MessageArgs, count: number | null, language: Language): string {
  return problemTexts[language][code]({ ...args, count: count ?? undefined }, language);
}

const words = {
  sv: {
    error: 'fel',
    warning: 'varning',
    line: 'rad',
    column: 'kolumn',
    rows: '{count} rader',
    row: '1 rad',
    errors: '{count} fel',
    oneError: '1 fel',
    warnings: '{count} varningar',
    oneWarning: '1 varning',
    failed: 'Rätta felen innan filerna analyseras.',
    failedStrict: 'Med --strict räknas varningar som fel.',
    clean: 'Inga problem: filerna kan analyseras.',
    passed: 'Filerna kan analyseras; se över varningarna.',
  },
  en: {
    error: 'error',
    warning: 'warning',
    line: 'line',
    column: 'column',
    rows: '{count} rows',
    row: '1 row',
    errors: '{count} errors',
    oneError: '1 error',
    warnings: '{count} warnings',
    oneWarning: '1 warning',
    failed: 'Correct the errors before analysing the files.',
    failedStrict: 'With --strict, warnings count as errors.',
    clean: 'No problems: the files can be analysed.',
    passed: 'The files can be analysed; look over the warnings.',
  },
} as const;

export type ValidateWord = keyof (typeof words)['sv'];

/** A word of the validation table, with {name} placeholders filled in. */
export function validateWord(key: ValidateWord, language: Language, values: Record<string, string | number> = {}): string {
  return words[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The problem codes and words of a language, for the completeness test. */
export function validateCatalogueKeys(language: Language): { problems: string[]; words: string[] } {
  return { problems: Object.keys(problemTexts[language]).sort(), words: Object.keys(words[language]).sort() };
}
