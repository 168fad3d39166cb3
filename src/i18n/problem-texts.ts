/**
 * The words of `jamstat validate`'s problems (src/validate/problem.ts), in Swedish (the
 * default) and English: one text per problem code, each saying what was found and
 * what to do, as a function of the arguments the code carries (their types:
 * src/messages/problem-codes.ts) and the problem's row count.
 */
import type { Language } from '../messages/languages.js';
import type { MoreValues, ProblemArgs, ProblemCode } from '../messages/problem-codes.js';
import { didYouMean, ERROR_TEXTS } from './error-texts.js';
import { exclusionReasonWords, LABEL_TEXTS } from './label-texts.js';
import { formatNumber } from './numbers.js';
import { lookup, type Texts } from './texts.js';

/** A problem's arguments and how many rows it concerns (null when it is not about rows). */
export type ProblemTextArgs = { [Code in ProblemCode]: ProblemArgs[Code] & { readonly count: number | null } };

/** A quoted cell, or a word for an empty one. */
const cell = (value: string, language: Language): string => (value ? `"${value}"` : language === 'sv' ? '(tom)' : '(empty)');

const percent = (share: number, language: Language): string => `${formatNumber(share * 100, language, 1)} %`;
const points = (value: number, language: Language): string => formatNumber(Math.abs(value), language, 1);
const whole = (value: number | string | null | undefined, language: Language): string => formatNumber(Number(value), language);

/** "ragged-row=2;missing-outcome=40" as "fel antal fält 2, utfall saknas 40". */
function reasons(list: string, language: Language): string {
  return list
    .split(';')
    .filter(Boolean)
    .map((entry) => {
      const [reason = '', rows] = entry.split('=');
      return `${exclusionReasonWords(reason, language)} ${whole(rows, language)}`;
    })
    .join(', ');
}

const PERSONNUMMER_PROBLEMS = {
  sv: { format: 'fel form', date: 'omöjligt datum', checksum: 'fel kontrollsiffra' },
  en: { format: 'wrong form', date: 'impossible date', checksum: 'wrong check digit' },
} as const satisfies Record<Language, Record<ProblemArgs['invalid-personnummer']['problem'], string>>;

const MISSING_ROLES = {
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
} as const satisfies Record<Language, Record<ProblemArgs['missing-value']['role'], string>>;

/** The rest of a list of values, summed in one problem (see value-problems.ts). */
const more = (args: MoreValues, language: Language, what: Record<Language, string>): string =>
  language === 'sv' ? `minst ${whole(args.more, language)} ${what.sv} till` : `at least ${whole(args.more, language)} more ${what.en}`;

/** The words of each problem, by code. */
export const PROBLEM_TEXTS = {
  sv: {
    'missing-column': (a) =>
      `nyckel ${a.keyPaths}: kolumnen finns inte i filen${didYouMean(a.suggestion, 'sv')}. Rätta namnet i konfigurationen, eller ta med kolumnen i uttaget.${a.suggestion ? '' : ` Kolumnerna är: ${a.columns}.`}`,
    'header-mismatch': (a) =>
      `kolumnerna skiljer sig från dem i ${a.firstFile}${a.missing ? `; saknas: ${a.missing}` : ''}${a.extra ? `; extra: ${a.extra}` : ''}${!a.missing && !a.extra ? ' (samma kolumner i annan ordning)' : ''}. Filer som analyseras tillsammans måste ha samma kolumner: exportera dem med samma inställningar.`,
    'no-rows': () => `filen har en rubrikrad men inga datarader. Kontrollera urvalet (t.ex. perioden) och exportera uttaget igen.`,
    'no-sex-recognised': (a) =>
      `inga värden känns igen som kvinna/flicka eller man/pojke (sedda värden: ${a.seen}), så filen kan inte analyseras. Ange vad värdena betyder under sex.values i konfigurationen, t.ex. { '2': female, '1': male }.`,
    'analysis-stopped': (a) => `analysen stannar här: ${lookup(ERROR_TEXTS.sv, a.code, a.args)}`,
    'unexpected-value': (a) =>
      'more' in a
        ? `${more(a, 'sv', { sv: 'otillåtna värden', en: 'values not allowed' })}. Är det rätt kolumn? Jämför med validate.values i konfigurationen.`
        : `värdet ${cell(a.value, 'sv')} är inte tillåtet (tillåtna: ${a.allowed})${didYouMean(a.suggestion, 'sv')}. Rätta värdet i källsystemet, eller lägg till det under validate.values om det är giltigt.`,
    'invalid-count': (a) =>
      `antalet ${cell(a.value, 'sv')} är inget heltal ≥ 0, så raden utesluts (ogiltigt antal). Rätta antalet i uttaget; det skrivs som 12 eller 1 234.`,
    'count-is-personnummer': (a) =>
      `antalet ${cell(a.value, 'sv')} ser ut som ett personnummer, inte ett antal; analyze stannar här. Kontrollera att count: pekar på rätt kolumn och att kolumnerna inte har blandats ihop i uttaget.`,
    'count-over-limit': (a) =>
      `antalet ${cell(a.value, 'sv')} är större än ${a.limit} (limits.maxCount); analyze stannar här. Rätta värdet, eller höj gränsen med limits: { maxCount: … } om det är rätt.`,
    'count-not-whole': (a) =>
      `antalet ${cell(a.value, 'sv')} är inget heltal: det ser ut som ${a.looksLike === 'share' ? 'en andel' : 'en kvot (t.ex. per 100 000) eller ett medelvärde'}, inte ett antal, så filen kan inte analyseras med denna kolumn. Ange under count: den kolumn som räknar personer eller ärenden.`,
    'hidden-in-source': (a) =>
      `antalet är dolt i källan (${cell(a.marker, 'sv')}, t.ex. sekretess för små tal); raderna räknas inte (dold i källan), och resultat som vilar på delvis dolda källor är mindre säkra. Så ser den publicerade tabellen ut: inget att rätta i uttaget.`,
    'count-marker': (a) =>
      a.meaning === 'zero'
        ? `${cell(a.marker, 'sv')} betyder noll (inget att redovisa) och räknas som 0. Inget att rätta.`
        : `${cell(a.marker, 'sv')} betyder att uppgiften inte kan förekomma; raderna räknas inte (kan inte förekomma). Inget att rätta.`,
    'funnel-not-nested': (a) =>
      `antalet ${cell(a.yesValue, 'sv')} är större än ${cell(a.ofValue, 'sv')} i "${a.ofColumn}": ett trattsteg räknar yes bland of, så analysen stannar på raden. Kontrollera att of och yes är rätt kolumner och i rätt ordning.`,
    'duplicate-id': (a) =>
      `ärende-id ${cell(a.value, 'sv')} förekommer redan tidigare (i denna eller en tidigare fil). Varje ärende ska stå på en rad: ta bort dubbletterna, eller kontrollera att filerna inte överlappar.`,
    'invalid-date': (a) =>
      `${cell(a.value, 'sv')} är inget giltigt datum, och konfigurationen läser kolumnen som datum (${a.keyPath}); raden utesluts. Rätta datumet i uttaget; skriv det som 2024-03-19.`,
    'invalid-measure': (a) =>
      `${cell(a.value, 'sv')} är inget tal, och konfigurationen läser kolumnen som mått (${a.keyPath}); raden utesluts ur steget (inget tal). Rätta värdet i uttaget; skriv det som 12, 12,5 eller 1 234.`,
    'unlisted-category': (a) =>
      'more' in a
        ? `${more(a, 'sv', { sv: 'värden utanför listan', en: 'values not listed' })}, uteslutna ur steget. Lägg till dem i listan, eller ange other: för att slå ihop dem.`
        : `värdet ${cell(a.value, 'sv')} står inte i listan ${a.keyPath} (${a.listed})${didYouMean(a.suggestion, 'sv')}, så raderna utesluts ur steget (kategorin finns inte i listan). Lägg till värdet i listan, eller ange other: för att slå ihop värden utanför den.`,
    'excluded-share': (a) =>
      `steget "${a.step}" utesluter ${percent(a.share, 'sv')} av sina rader (högst ${percent(a.limit, 'sv')} tillåts): ${reasons(a.reasons, 'sv')}. Rätta uttaget där värden saknas eller är ogiltiga, eller höj validate.maxExcludedShare om bortfallet är väntat.`,
    'ragged-rows': (a) =>
      `raden har fel antal fält (${a.expected} väntades) och utesluts (fel antal fält). Kontrollera citattecken och avgränsare på raden.`,
    'missing-value': (a) => `${MISSING_ROLES.sv[a.role]}.`,
    'unrecognised-sex': (a) =>
      'more' in a
        ? `${more(a, 'sv', { sv: 'okända könsvärden', en: 'unrecognised sex values' })}, räknade som annat/okänt. Är det rätt kolumn för kön?`
        : `värdet ${cell(a.value, 'sv')} känns inte igen som kvinna/flicka eller man/pojke och räknas som annat/okänt${didYouMean(a.suggestion, 'sv')}. Rätta värdet i källsystemet, eller ange vad det betyder under sex.values.`,
    'invalid-personnummer': (a) =>
      `personnumret är ogiltigt (${PERSONNUMMER_PROBLEMS.sv[a.problem]}), så raden utesluts (ogiltigt personnummer). Rätta numret i källsystemet.`,
    'rare-value': (a) =>
      'more' in a
        ? `${more(a, 'sv', { sv: 'sällsynta värden', en: 'rare values' })}. Kontrollera kolumnens värden med jamstat inspect.`
        : `värdet ${cell(a.value, 'sv')} förekommer bara ${whole(a.count, 'sv')} ${Number(a.count) === 1 ? 'gång' : 'gånger'}${a.suggestion ? `; närmaste vanliga värde är "${a.suggestion}"` : ' och liknar inget vanligt värde'}. Ett stavfel? Rätta det i källsystemet, eller lägg värdet under validate.values om det är giltigt.`,
    'value-not-found': (a) =>
      `nyckel ${a.keyPath}: värdet ${cell(a.value, 'sv')} förekommer aldrig i kolumnen${didYouMean(a.suggestion, 'sv')}. Rätta värdet i konfigurationen; stavning och stora och små bokstäver måste stämma.`,
    'suspect-date': (a) =>
      `${cell(a.value, 'sv')} är inget giltigt datum, fast kolumnens namn säger datum. Kontrollera exporten; jamstat läser datum som 2024-03-19, 20240319 och 19/03/2024.`,
    'step-selects-nothing': (a) =>
      `steget "${a.step}" väljer inga rader (nyckel ${a.keyPath}). Kontrollera villkoret och värdena i kolumnen.`,
    'row-count-change': (a) =>
      `antalet rader ändrades från ${whole(a.previous, 'sv')} till ${whole(a.current, 'sv')} (${Number(a.change) > 0 ? '+' : '−'}${percent(Math.abs(Number(a.change)), 'sv')}; högst ${percent(a.limit, 'sv')} väntas). Har exporten ändrats (period, urval, filter)? Jämför uttagen innan de analyseras.`,
    'share-change': (a) =>
      `andelen ${LABEL_TEXTS.sv[`sex.${a.sex}.${a.sexTerms}`]().toLowerCase()} i steget "${a.step}" ändrades från ${percent(a.previous, 'sv')} till ${percent(a.current, 'sv')} (${points(a.changePp, 'sv')} procentenheter; högst ${whole(a.limit, 'sv')} väntas). Har kodningen eller exporten ändrats? Kontrollera innan resultaten jämförs.`,
    'value-misspelt': (a) =>
      `nyckel ${a.keyPath}: värdet ${cell(a.value, 'sv')} förekommer aldrig i kolumnen${didYouMean(a.suggestion, 'sv')}. Rätta värdet i konfigurationen; stavning och stora och små bokstäver måste stämma. Annars visar analysen nollor.`,
  },
  en: {
    'missing-column': (a) =>
      `key ${a.keyPaths}: the file has no such column${didYouMean(a.suggestion, 'en')}. Correct the name in the configuration, or include the column in the extract.${a.suggestion ? '' : ` The columns are: ${a.columns}.`}`,
    'header-mismatch': (a) =>
      `the columns differ from those in ${a.firstFile}${a.missing ? `; missing: ${a.missing}` : ''}${a.extra ? `; extra: ${a.extra}` : ''}${!a.missing && !a.extra ? ' (the same columns in another order)' : ''}. Files analysed together must have the same columns: export them with the same settings.`,
    'no-rows': () => `the file has a header line but no data rows. Check the selection (e.g. the period) and export the extract again.`,
    'no-sex-recognised': (a) =>
      `no value is recognised as female or male (values seen: ${a.seen}), so the file cannot be analysed. Say what the values mean under sex.values in the configuration, e.g. { '2': female, '1': male }.`,
    'analysis-stopped': (a) => `the analysis stops here: ${lookup(ERROR_TEXTS.en, a.code, a.args)}`,
    'unexpected-value': (a) =>
      'more' in a
        ? `${more(a, 'en', { sv: 'otillåtna värden', en: 'values not allowed' })}. Is it the right column? Compare with validate.values in the configuration.`
        : `the value ${cell(a.value, 'en')} is not allowed (allowed: ${a.allowed})${didYouMean(a.suggestion, 'en')}. Correct it in the case system, or add it under validate.values if it is valid.`,
    'invalid-count': (a) =>
      `the count ${cell(a.value, 'en')} is not a whole number ≥ 0, so the row is excluded (invalid count). Correct the count in the extract; write it as 12 or 1 234.`,
    'count-is-personnummer': (a) =>
      `the count ${cell(a.value, 'en')} looks like a personnummer, not a count; analyze stops here. Check that count: names the right column and that the extract has not mixed up its columns.`,
    'count-over-limit': (a) =>
      `the count ${cell(a.value, 'en')} is larger than ${a.limit} (limits.maxCount); analyze stops here. Correct the value, or raise the limit with limits: { maxCount: … } if it is right.`,
    'count-not-whole': (a) =>
      `the count ${cell(a.value, 'en')} is not a whole number: it looks like ${a.looksLike === 'share' ? 'a share' : 'a rate (e.g. per 100,000) or a mean'}, not a count, so the file cannot be analysed with this column. Name under count: the column that counts people or cases.`,
    'hidden-in-source': (a) =>
      `the count is hidden in the source (${cell(a.marker, 'en')}, e.g. confidentiality of small numbers); the rows are not counted (hidden in the source), and results resting on partly hidden sources are less certain. This is how the published table is: nothing to correct in the extract.`,
    'count-marker': (a) =>
      a.meaning === 'zero'
        ? `${cell(a.marker, 'en')} means zero (nothing to report) and counts as 0. Nothing to correct.`
        : `${cell(a.marker, 'en')} means the value cannot occur; the rows are not counted (cannot occur). Nothing to correct.`,
    'funnel-not-nested': (a) =>
      `the count ${cell(a.yesValue, 'en')} is larger than ${cell(a.ofValue, 'en')} in "${a.ofColumn}": a funnel step counts yes among of, so the analysis stops at the row. Check that of and yes are the right columns, in the right order.`,
    'duplicate-id': (a) =>
      `the case id ${cell(a.value, 'en')} already occurs earlier (in this or an earlier file). Each case belongs on one row: remove the duplicates, or check that the files do not overlap.`,
    'invalid-date': (a) =>
      `${cell(a.value, 'en')} is not a valid date, and the configuration reads the column as dates (${a.keyPath}); the row is excluded. Correct the date in the extract; write it as 2024-03-19.`,
    'invalid-measure': (a) =>
      `${cell(a.value, 'en')} is not a number, and the configuration reads the column as a measure (${a.keyPath}); the row is excluded from the step (not a number). Correct the value in the extract; write it as 12, 12,5 or 1 234.`,
    'unlisted-category': (a) =>
      'more' in a
        ? `${more(a, 'en', { sv: 'värden utanför listan', en: 'values not listed' })}, excluded from the step. Add them to the list, or give other: to pool them.`
        : `the value ${cell(a.value, 'en')} is not in the list ${a.keyPath} (${a.listed})${didYouMean(a.suggestion, 'en')}, so its rows are excluded from the step (category not listed). Add the value to the list, or give other: to pool the values outside it.`,
    'excluded-share': (a) =>
      `step "${a.step}" excludes ${percent(a.share, 'en')} of its rows (at most ${percent(a.limit, 'en')} allowed): ${reasons(a.reasons, 'en')}. Correct the extract where values are missing or invalid, or raise validate.maxExcludedShare if the loss is expected.`,
    'ragged-rows': (a) =>
      `the row has the wrong number of fields (${a.expected} expected) and is excluded (wrong number of fields). Check the quotes and delimiters on the line.`,
    'missing-value': (a) => `${MISSING_ROLES.en[a.role]}.`,
    'unrecognised-sex': (a) =>
      'more' in a
        ? `${more(a, 'en', { sv: 'okända könsvärden', en: 'unrecognised sex values' })}, counted as other/unknown. Is it the right column for sex?`
        : `the value ${cell(a.value, 'en')} is not recognised as female or male and counts as other/unknown${didYouMean(a.suggestion, 'en')}. Correct it in the case system, or say what it means under sex.values.`,
    'invalid-personnummer': (a) =>
      `the personnummer is invalid (${PERSONNUMMER_PROBLEMS.en[a.problem]}), so the row is excluded (invalid personnummer). Correct the number in the case system.`,
    'rare-value': (a) =>
      'more' in a
        ? `${more(a, 'en', { sv: 'sällsynta värden', en: 'rare values' })}. Check the column's values with jamstat inspect.`
        : `the value ${cell(a.value, 'en')} occurs only ${whole(a.count, 'en')} ${Number(a.count) === 1 ? 'time' : 'times'}${a.suggestion ? `; the nearest common value is "${a.suggestion}"` : ' and resembles no common value'}. A typo? Correct it in the case system, or list it under validate.values if it is valid.`,
    'value-not-found': (a) =>
      `key ${a.keyPath}: the value ${cell(a.value, 'en')} never occurs in the column${didYouMean(a.suggestion, 'en')}. Correct the value in the configuration; spelling and case must match.`,
    'suspect-date': (a) =>
      `${cell(a.value, 'en')} is not a valid date, though the column's name says date. Check the export; jamstat reads dates as 2024-03-19, 20240319 and 19/03/2024.`,
    'step-selects-nothing': (a) =>
      `step "${a.step}" selects no rows (key ${a.keyPath}). Check its condition and the values in the column.`,
    'row-count-change': (a) =>
      `the number of rows changed from ${whole(a.previous, 'en')} to ${whole(a.current, 'en')} (${Number(a.change) > 0 ? '+' : '−'}${percent(Math.abs(Number(a.change)), 'en')}; at most ${percent(a.limit, 'en')} expected). Has the export changed (period, selection, filter)? Compare the extracts before analysing them.`,
    'share-change': (a) =>
      `the share of ${LABEL_TEXTS.en[`sex.${a.sex}.${a.sexTerms}`]().toLowerCase()} in step "${a.step}" changed from ${percent(a.previous, 'en')} to ${percent(a.current, 'en')} (${points(a.changePp, 'en')} percentage points; at most ${whole(a.limit, 'en')} expected). Has the coding or the export changed? Check before comparing results.`,
    'value-misspelt': (a) =>
      `key ${a.keyPath}: the value ${cell(a.value, 'en')} never occurs in the column${didYouMean(a.suggestion, 'en')}. Correct the value in the configuration; spelling and case must match. Otherwise the analysis shows zeros.`,
  },
} as const satisfies Record<Language, Texts<ProblemTextArgs>>;
