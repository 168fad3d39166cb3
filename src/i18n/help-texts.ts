/**
 * The words of `jamstat --help` and each command's `--help`, in Swedish (the default) and
 * English: descriptions, argument names, every option's help, and the titles commander
 * prints ("Användning:", "Flaggor:", "Kommandon:"). The command line builds its commands
 * from these in the user's language (--lang or JAMSTAT_LANG, read before parsing).
 *
 * The CLI imports this file alone rather than the whole catalogue (catalogue.ts), so that
 * every run, which builds the commands, does not load every report text.
 */
import type { Language } from '../messages/languages.js';
import type { NoArgs } from '../messages/message.js';
import type { Texts } from './texts.js';

/** Every help key; none shows values. */
export interface HelpArgs {
  'program.description': NoArgs;
  'program.usage': NoArgs;
  'program.helpOption': NoArgs;
  'program.helpCommand': NoArgs;
  'program.versionOption': NoArgs;
  'title.usage': NoArgs;
  'title.arguments': NoArgs;
  'title.options': NoArgs;
  'title.globalOptions': NoArgs;
  'title.commands': NoArgs;
  'title.examples': NoArgs;
  'option.choices': NoArgs;
  'option.default': NoArgs;
  'word.options': NoArgs;
  'word.command': NoArgs;
  'argument.file': NoArgs;
  'argument.files': NoArgs;
  'command.usageOneFile': NoArgs;
  'command.usageFiles': NoArgs;
  'analyze.description': NoArgs;
  'analyze.files': NoArgs;
  'inspect.description': NoArgs;
  'inspect.file': NoArgs;
  'init.description': NoArgs;
  'init.file': NoArgs;
  'init.force': NoArgs;
  'validate.description': NoArgs;
  'validate.files': NoArgs;
  'validate.config': NoArgs;
  'validate.previous': NoArgs;
  'validate.strict': NoArgs;
  'read.encoding': NoArgs;
  'read.delimiter': NoArgs;
  'read.skipLines': NoArgs;
  'read.sheet': NoArgs;
  'read.output': NoArgs;
  'read.lang': NoArgs;
  'read.quiet': NoArgs;
  'read.debug': NoArgs;
  'flag.config': NoArgs;
  'flag.format': NoArgs;
  'flag.excel': NoArgs;
  'flag.wide': NoArgs;
  'flag.failOnFlag': NoArgs;
  'flag.suppressBelow': NoArgs;
  'flag.suppress': NoArgs;
  'flag.yates': NoArgs;
  'flag.sex': NoArgs;
  'flag.personnummer': NoArgs;
  'flag.count': NoArgs;
  'flag.by': NoArgs;
  'flag.among': NoArgs;
  'flag.outcome': NoArgs;
  'flag.stepName': NoArgs;
  'flag.unit': NoArgs;
  'flag.id': NoArgs;
  'flag.alpha': NoArgs;
  'flag.minDiffPp': NoArgs;
  'flag.minN': NoArgs;
  'flag.correction': NoArgs;
  'flag.allowExcluded': NoArgs;
  'flag.title': NoArgs;
  'flag.organisation': NoArgs;
  'flag.reportPeriod': NoArgs;
}

export type HelpKey = keyof HelpArgs;

export const HELP_TEXTS: Readonly<Record<Language, Texts<HelpArgs>>> = {
  sv: {
    'program.description': () =>
      'Könsuppdelad statistik för socialtjänsten: jämför flickor och pojkar, kvinnor och män, i varje steg av handläggningen.',
    'program.usage': () => '[flaggor] [kommando]',
    'program.helpOption': () => 'visa hjälpen',
    'program.helpCommand': () => 'visa hjälpen för ett kommando',
    'program.versionOption': () => 'visa versionsnumret',
    'title.usage': () => 'Användning:',
    'title.arguments': () => 'Argument:',
    'title.options': () => 'Flaggor:',
    'title.globalOptions': () => 'Globala flaggor:',
    'title.commands': () => 'Kommandon:',
    'title.examples': () => 'Exempel:',
    'option.choices': () => 'val',
    'option.default': () => 'standard',
    'word.options': () => '[flaggor]',
    'word.command': () => '[kommando]',
    'argument.file': () => 'fil',
    'argument.files': () => 'filer...',
    'command.usageOneFile': () => '[flaggor] <fil>',
    'command.usageFiles': () => '[flaggor] <filer...>',
    'analyze.description': () => 'jämför kvinnors och mäns (flickors och pojkars) ärenden i varje steg, i ett eller flera uttag',
    'analyze.files': () => 'uttag (CSV eller .xlsx) med samma kolumner, som analyseras tillsammans (- läser standard in)',
    'inspect.description': () => 'beskriv ett uttag utan konfiguration: teckenkodning, avgränsare, kolumner och värden',
    'inspect.file': () => 'ett uttag (CSV eller .xlsx; - läser standard in)',
    'init.description': () => 'skriv en kommenterad startkonfiguration för ett uttag (standard: jamstat.yml)',
    'init.file': () => 'ett uttag (CSV eller .xlsx)',
    'init.force': () => 'skriv över en befintlig konfigurationsfil',
    'validate.description': () =>
      'kontrollera uttag mot en konfiguration innan de analyseras: kolumner, värden, antal, id, datum och uteslutna rader',
    'validate.files': () => 'uttagen som ska kontrolleras (- läser standard in)',
    'validate.config': () => 'YAML-konfiguration (standard: jamstat.yml i mappen där du står)',
    'validate.previous': () => 'tidigare uttag: varna när antalet rader eller en andel ändras mycket (skriv flaggan efter filerna)',
    'validate.strict': () => 'varningar underkänner också kontrollen (slutkod 1)',
    'read.encoding': () => 'utf-8 | windows-1252 (standard: upptäcks)',
    'read.delimiter': () => '";" | "," | tab (standard: upptäcks)',
    'read.skipLines': () => 'antal titelrader ovanför rubrikraden (standard: upptäcks)',
    'read.sheet': () => 'bladet i en .xlsx-fil som ska läsas (standard: det första)',
    'read.output': () => 'skriv till en fil i stället för till standard ut (skrivs i ett svep, aldrig halvfärdig)',
    'read.lang': () => 'språk för etiketter och meddelanden (standard: sv, eller JAMSTAT_LANG)',
    'read.quiet': () => 'inga förloppsrader eller statusrader på standard fel',
    'read.debug': () => 'visa stackspåret vid ett internt fel',
    'flag.config': () => 'YAML-konfiguration (standard: jamstat.yml i mappen där du står; se README)',
    'flag.format': () => 'utdataformat',
    'flag.excel': () => 'CSV för svenskt Excel: semikolon, decimalkomma, UTF-8 med BOM',
    'flag.wide': () => 'tabellen i terminalen: visa alla kolumner oavsett terminalens bredd',
    'flag.failOnFlag': () => 'avsluta med slutkod 1 när en skillnad flaggas',
    'flag.suppressBelow': () => 'dölj antal från 1 till n − 1 och det som skulle avslöja dem (standard 5; Socialstyrelsen: 10)',
    'flag.suppress': () => 'visa små antal (intern analys; utdata märks "ej för publicering")',
    'flag.yates': () => 'chi-två utan Yates kontinuitetskorrektion',
    'flag.sex': () => 'snabbanalys: kolumnen med kön',
    'flag.personnummer': () => 'snabbanalys: läs juridiskt kön ur en kolumn med personnummer',
    'flag.count': () => 'varje rad står för så här många ärenden (aggregerade uttag)',
    'flag.by': () => 'kolumner att korsa med kön, åtskilda med komma',
    'flag.among': () => 'snabbanalys: raderna steget tar med (VÄRDE kan vara A|B)',
    'flag.outcome': () => 'snabbanalys: vad som räknas som ja (VÄRDE kan vara A|B)',
    'flag.stepName': () => 'snabbanalys: stegets namn',
    'flag.unit': () => 'räkna ärenden (rader) eller personer, var och en en gång per steg och grupp',
    'flag.id': () => 'kolumnen som identifierar en person, med --unit person',
    'flag.alpha': () => 'signifikansnivå för flaggor (standard 0.05)',
    'flag.minDiffPp': () => 'minsta skillnad i procentenheter som flaggas (standard 5)',
    'flag.minN': () => 'minsta gruppstorlek, per kön, för en flagga (standard 20)',
    'flag.title': () => 'rapportens rubrik (report.title)',
    'flag.organisation': () => 'organisationen som gör rapporten (report.organisation)',
    'flag.reportPeriod': () => 'perioden rapporten gäller, t.ex. "2024" (report.period)',
    'flag.correction': () => 'korrektion för många jämförelser (standard bh, Benjamini–Hochberg)',
    'flag.allowExcluded': () =>
      'kör även när ett steg utesluter för många rader (quality.maxExcludedShare) eller olika många per kön; steget får inga flaggor',
  },
  en: {
    'program.description': () =>
      'Sex-disaggregated statistics for Swedish social services: compares girls and boys, women and men, in each step of case handling.',
    'program.usage': () => '[options] [command]',
    'program.helpOption': () => 'display help',
    'program.helpCommand': () => 'display help for a command',
    'program.versionOption': () => 'display the version number',
    'title.usage': () => 'Usage:',
    'title.arguments': () => 'Arguments:',
    'title.options': () => 'Options:',
    'title.globalOptions': () => 'Global Options:',
    'title.commands': () => 'Commands:',
    'title.examples': () => 'Examples:',
    'option.choices': () => 'choices',
    'option.default': () => 'default',
    'word.options': () => '[options]',
    'word.command': () => '[command]',
    'argument.file': () => 'file',
    'argument.files': () => 'files...',
    'command.usageOneFile': () => '[options] <file>',
    'command.usageFiles': () => '[options] <files...>',
    'analyze.description': () => 'compare female and male cases in each step of one or more extracts',
    'analyze.files': () => 'CSV or .xlsx extracts with the same columns, analysed as one (- reads standard input)',
    'inspect.description': () => 'describe an extract without a configuration: encoding, delimiter, columns, values',
    'inspect.file': () => 'an extract (CSV or .xlsx; - reads standard input)',
    'init.description': () => 'write a commented starter configuration for an extract (default jamstat.yml)',
    'init.file': () => 'an extract (CSV or .xlsx)',
    'init.force': () => 'write over an existing configuration file',
    'validate.description': () => 'check extracts against a configuration before analysing them: columns, values, counts, ids, dates, excluded rows',
    'validate.files': () => 'the extracts to check (- reads standard input)',
    'validate.config': () => 'YAML configuration (default: jamstat.yml in the current folder)',
    'validate.previous': () => 'earlier extracts: warn when the row count or a share jumps (put it after the files)',
    'validate.strict': () => 'warnings fail the validation too (exit code 1)',
    'read.encoding': () => 'utf-8 | windows-1252 (default: detected)',
    'read.delimiter': () => '";" | "," | tab (default: detected)',
    'read.skipLines': () => 'title lines above the header (default: detected)',
    'read.sheet': () => 'the sheet of an .xlsx file to read (default: the first)',
    'read.output': () => 'write to a file instead of standard output (written atomically)',
    'read.lang': () => 'language of labels and messages (default: sv, or JAMSTAT_LANG)',
    'read.quiet': () => 'no progress bar or status lines on standard error',
    'read.debug': () => 'show the stack trace of an internal error',
    'flag.config': () => 'YAML configuration (default: jamstat.yml in the current folder; see README)',
    'flag.format': () => 'output format',
    'flag.excel': () => 'CSV for Swedish Excel: semicolons, decimal comma, UTF-8 BOM',
    'flag.wide': () => 'terminal table: show every column whatever the terminal\'s width',
    'flag.failOnFlag': () => 'exit with code 1 when a difference is flagged',
    'flag.suppressBelow': () => 'hide counts from 1 to n − 1 and what would reveal them (default 5; Socialstyrelsen: 10)',
    'flag.suppress': () => 'show small counts (internal analysis; the output says it is not for publication)',
    'flag.yates': () => "chi-square without Yates' continuity correction",
    'flag.sex': () => 'quick analysis: the sex column',
    'flag.personnummer': () => 'quick analysis: read legal sex from a personnummer column',
    'flag.count': () => 'each row stands for this many cases (aggregated extracts)',
    'flag.by': () => 'comma-separated columns to cross with sex',
    'flag.among': () => 'quick analysis: the rows the step takes (VALUE may be A|B)',
    'flag.outcome': () => 'quick analysis: what counts as yes (VALUE may be A|B)',
    'flag.stepName': () => 'quick analysis: the step name',
    'flag.unit': () => 'count cases (rows) or persons, each once per step and group',
    'flag.id': () => 'the column identifying a person, with --unit person',
    'flag.alpha': () => 'significance level for flags (default 0.05)',
    'flag.minDiffPp': () => 'smallest difference in percentage points to flag (default 5)',
    'flag.minN': () => 'smallest group size, per sex, to flag (default 20)',
    'flag.title': () => "the report's title (report.title)",
    'flag.organisation': () => 'the organisation making the report (report.organisation)',
    'flag.reportPeriod': () => 'the period the report covers, e.g. "2024" (report.period)',
    'flag.correction': () => 'multiple-comparison correction (default bh, Benjamini–Hochberg)',
    'flag.allowExcluded': () => 'run even when a step excludes too many rows (quality.maxExcludedShare) or unevenly by sex; that step gets no flags',
  },
};

/** The words in an option's value placeholder (`--config <fil>`), by the English word. */
const PLACEHOLDERS: Readonly<Record<Language, ReadonlyMap<string, string>>> = {
  sv: new Map([
    ['file', 'fil'],
    ['files...', 'filer...'],
    ['column', 'kolumn'],
    ['columns', 'kolumner'],
    ['name', 'namn'],
    ['number', 'tal'],
    ['method', 'metod'],
    ['unit', 'enhet'],
    ['char', 'tecken'],
    ['COLUMN=VALUE', 'KOLUMN=VÄRDE'],
    ['sheet', 'blad'],
  ]),
  en: new Map(),
};

/** An option's syntax with its placeholder in `language`: `-c, --config <file>` → `-c, --config <fil>`. */
export function localSyntax(language: Language, syntax: string): string {
  return syntax.replace(/<([^>]+)>/, (whole, word: string) => {
    const local = PLACEHOLDERS[language].get(word);
    return local === undefined ? whole : `<${local}>`;
  });
}

/** The help text of `key` in `language`. */
export function helpText(language: Language, key: HelpKey): string {
  return HELP_TEXTS[language][key]({});
}
