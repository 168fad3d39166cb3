/**
 * The one catalogue of texts a user reads: error messages and labels, in Swedish
 * (the default) and English. Core code emits codes and arguments; only renderers
 * and the CLI turn them into words, through `formatMessage` and `label`.
 */

import type { Language } from './languages.js';

export { LANGUAGES, type Language } from './languages.js';

export type MessageArgs = Readonly<Record<string, string | number | undefined>>;
type Template = (args: MessageArgs) => string;

const didYouMean = (suggestion: unknown, language: Language): string =>
  suggestion ? (language === 'sv' ? ` (menade du "${suggestion}"?)` : ` (did you mean "${suggestion}"?)`) : '';

/** What a configuration key should hold, by expectation code (see config/issue-text.ts). */
const EXPECTATIONS: Record<Language, Record<string, Template>> = {
  sv: {
    required: () => 'nyckeln saknas men måste anges',
    string: () => 'väntade text',
    number: () => 'väntade ett tal',
    integer: () => 'väntade ett heltal',
    boolean: () => 'väntade true eller false',
    list: () => 'väntade en lista, t.ex. [A, B]',
    mapping: () => 'väntade nycklar och värden (ett objekt)',
    'one-of': (a) => `väntade ett av: ${a.choices}`,
    'at-least': (a) => `väntade minst ${a.limit}`,
    'at-most': (a) => `väntade högst ${a.limit}`,
    'greater-than': (a) => `väntade mer än ${a.limit}`,
    'less-than': (a) => `väntade mindre än ${a.limit}`,
    'non-empty': () => 'får inte vara tom',
    'condition-operator-count': (a) => `ett villkor ska ha exakt en av equals, in, notIn, empty, all, any, not${a.found ? ` (har: ${a.found})` : ''}`,
    'condition-needs-column': () => 'villkoret behöver column: vilken kolumn det gäller',
    'condition-group-has-column': () => 'all, any och not tar villkor, inte column',
    'age-source': () => 'ålder anges antingen som { personnummer, at } (ålder vid ett datum) eller som { column } (en kolumn med ålder i år)',
    'bins-increasing': () => 'gränserna måste öka, t.ex. [0, 7, 13, 18]',
    'bins-labels': () => 'labels behöver en etikett per intervall: en färre än gränserna',
    'derived-kind-count': (a) => `en härledd variabel har exakt en av age, bins, map, period${a.found ? ` (har: ${a.found})` : ''}`,
    'unit-rule-needs-date': () => 'rule first och last behöver date: kolumnen som avgör ordningen',
    'sex-one-source': () => 'ange antingen column eller personnummer, inte båda och inte ingen',
    'sex-values-need-column': () => 'values gäller bara med column',
    'step-name-duplicate': () => 'två steg har samma namn; varje steg behöver ett eget namn',
    'population-step-unknown': (a) => `inget steg heter "${a.name}"${didYouMean(a.suggestion, 'sv')}; ange namnet på ett av stegen under steps: ${a.steps}`,
  },
  en: {
    required: () => 'the key is missing but required',
    string: () => 'expected text',
    number: () => 'expected a number',
    integer: () => 'expected a whole number',
    boolean: () => 'expected true or false',
    list: () => 'expected a list, e.g. [A, B]',
    mapping: () => 'expected keys and values (a mapping)',
    'one-of': (a) => `expected one of: ${a.choices}`,
    'at-least': (a) => `expected at least ${a.limit}`,
    'at-most': (a) => `expected at most ${a.limit}`,
    'greater-than': (a) => `expected more than ${a.limit}`,
    'less-than': (a) => `expected less than ${a.limit}`,
    'non-empty': () => 'must not be empty',
    'condition-operator-count': (a) => `a condition has exactly one of equals, in, notIn, empty, all, any, not${a.found ? ` (has: ${a.found})` : ''}`,
    'condition-needs-column': () => 'the condition needs column: the column it is about',
    'condition-group-has-column': () => 'all, any and not take conditions, not column',
    'age-source': () => 'give age either as { personnummer, at } (age at a date) or as { column } (a column of ages in years)',
    'bins-increasing': () => 'the edges must increase, e.g. [0, 7, 13, 18]',
    'bins-labels': () => 'labels needs one label per band: one fewer than the edges',
    'derived-kind-count': (a) => `a derived variable has exactly one of age, bins, map, period${a.found ? ` (has: ${a.found})` : ''}`,
    'unit-rule-needs-date': () => 'rule first and last need date: the column that orders the rows',
    'sex-one-source': () => 'give either column or personnummer, not both and not neither',
    'sex-values-need-column': () => 'values applies only with column',
    'step-name-duplicate': () => 'two steps have the same name; each step needs its own',
    'population-step-unknown': (a) => `no step is named "${a.name}"${didYouMean(a.suggestion, 'en')}; give the name of one of the steps under steps: ${a.steps}`,
  },
};

const sv = {
  'file-not-found': () => `filen finns inte. Kontrollera sökvägen och namnet.`,
  'file-unreadable': (a) => `kan inte läsa filen (${a.detail}). Kontrollera att sökvägen pekar på en fil och att du får läsa den.`,
  'file-empty': () => `filen är tom. Exportera uttaget igen.`,
  'file-binary': () => `filen innehåller binära data (NUL-tecken) och är inte en CSV-fil. Exportera uttaget som CSV (semikolonavgränsad text).`,
  'file-header-only': () => `filen har en rubrikrad men inga datarader. Kontrollera urvalet (t.ex. perioden) och exportera uttaget igen.`,
  'no-header': () => `hittar ingen rubrikrad. Ange hur många titelrader som ska hoppas över med --skip-lines.`,
  'header-mismatch': (a) => `kolumnerna skiljer sig från den första filen (${a.firstFile}).\n  ${a.firstFile}: ${a.firstHeader}\n  ${a.file}: ${a.header}\nFiler som analyseras tillsammans måste ha samma kolumner.`,
  'duplicate-header': (a) => `kolumnnamnet "${a.name}" finns flera gånger (kolumn ${a.columns}). Byt namn på kolumnerna så att varje namn är unikt.`,
  'blank-header': (a) => `kolumn ${a.column} saknar namn i rubrikraden. Ge kolumnen ett namn eller ta bort den.`,
  'unterminated-quote': () => `ett citattecken (") öppnas men stängs aldrig. Kontrollera raden; ett fält som innehåller " ska skrivas med dubbla "".`,
  'invalid-utf8': () => `filen är inte giltig UTF-8 här. Kör igen med --encoding windows-1252 om uttaget är gjort i Windows.`,
  'invalid-encoding-bytes': (a) => `filen innehåller byte som varken är UTF-8 eller Windows-1252 (${a.bytes}). Kontrollera att filen är en textexport.`,
  'csv-syntax': (a) => `filen kan inte läsas som CSV: ${a.detail}.`,
  'record-too-long': (a) => `raden är längre än ${a.limit} tecken och kan inte vara en rad i ett uttag. Saknas radslut, eller öppnas ett citattecken (") som aldrig stängs? Exportera uttaget igen som CSV.`,
  'too-many-ragged': (a) => `${a.ragged} av ${a.rows} rader har fel antal fält (${a.expected} väntades). Fel avgränsare? Upptäckt: "${a.delimiter}". Ange rätt med --delimiter.`,
  'config-not-found': () => `konfigurationsfilen finns inte. Kontrollera sökvägen.`,
  'output-unwritable': (a) => `kan inte skriva utfilen (${a.detail}). Finns mappen, och får du skriva där?`,
  'config-yaml': (a) => `YAML-fel: ${a.detail}. Kontrollera indrag och kolon på raden.`,
  'config-unknown-key': (a) => `okänd nyckel "${a.key}"${didYouMean(a.suggestion, 'sv')}. Giltiga nycklar här: ${a.allowed}.`,
  'config-invalid': (a) => `${a.keyPath}: ${EXPECTATIONS.sv[a.expected as string]?.(a) ?? a.expected}${a.got ? `, fick ${a.got}` : ''}.`,
  'config-missing-column': (a) => `kolumnen "${a.column}" finns inte i ${a.dataFile}${didYouMean(a.suggestion, 'sv')}. Kolumnerna är: ${a.columns}.`,
  'config-empty': () => `konfigurationsfilen är tom. Se README för ett exempel.`,
  'no-sex-recognised': (a) => `inga värden i kolumnen "${a.column}" känns igen som kvinna/flicka eller man/pojke (sedda värden: ${a.seen}). Ange vad värdena betyder i konfigurationen, t.ex. sex: { column: ${a.column}, values: { '2': female, '1': male } } (SCB:s kod: 1 = man, 2 = kvinna).`,
  'unmapped-value': (a) => `värdet "${a.value}" i kolumnen ${a.column} saknas i map-listan för ${a.variable}. Lägg till det under derive.${a.variable}.map.values, eller ange other: för alla övriga värden.`,
  'config-derived-cycle': (a) => `de härledda variablerna bygger på varandra i en cirkel (${a.variables}).`,
  'personnummer-as-group': (a) => `kolumnen "${a.column}" innehåller personnummer och kan inte användas för att dela upp tabeller (by, explain eller period): då skulle varje person synas. Använd en härledd variabel, t.ex. ålder eller åldersgrupp.`,
  'population-missing-group': (a) => `befolkningsfilen ${a.file} saknar gruppen "${a.group}" (${a.variable}), eller har 0 personer av ett kön där. Varje grupp i uttaget behöver en befolkning för båda könen.`,
  'population-invalid-count': (a) => `kolumnen ${a.column} ska innehålla hela tal (antal personer).`,
  'population-missing-column': (a) => `befolkningsfilen saknar kolumnen "${a.column}"${didYouMean(a.suggestion, 'sv')}.`,
  'population-by-not-in-analysis': (a) => `population.by nämner "${a.variable}", som inte finns i by. Lägg till den i by eller ta bort den ur population.by.`,
  'step-selects-nothing': (a) => `steget "${a.step}" väljer inga rader. Kontrollera villkoret och värdena i kolumnen.`,
  'all-rows-excluded': (a) => `alla ${a.rows} rader uteslöts innan stegen (se radredovisningen), så inget steg har några ärenden. Kontrollera uttaget med jamstat validate.`,
  'usage-no-analysis': () => `ange en konfigurationsfil med --config, eller --sex och --outcome för en snabb analys.`,
  'usage-unit-needs-id': () => `--unit person behöver --id KOLUMN: kolumnen som identifierar en person (t.ex. personnumret).`,
  'usage-bad-condition': (a) => `${a.flag} väntar sig KOLUMN=VÄRDE, fick "${a.value}".`,
  'usage-bad-number': (a) => `${a.flag} väntar sig ett tal${a.range ? ` (${a.range})` : ''}, fick "${a.value}".`,
  'usage-bad-choice': (a) => `${a.flag} väntar sig ett av ${a.choices}, fick "${a.value}".`,
  'usage-output-is-input': (a) => `utfilen ${a.file} är också en infil; jamstat skriver aldrig över sina indata. Välj ett annat namn.`,
  'usage-same-file-twice': (a) => `${a.first} och ${a.second} är samma fil, och dess ärenden skulle räknas två gånger. Ange varje uttag bara en gång.`,
  'usage-previous-is-input': (a) => `--previous ${a.second} är samma fil som ${a.first}, som ska kontrolleras. Ange ett tidigare uttag efter --previous.`,
  'usage-format-needs-output': (a) => `formatet ${a.format} måste skrivas till en fil: ange --output.`,
  'usage-validate-needs-config': () => `validate behöver en konfigurationsfil: ange --config FIL.`,
  'usage-commander': (a) => `${a.detail}. Se jamstat --help.`,
  'usage-unknown-option': (a) => `okänd flagga ${a.name}${didYouMean(a.suggestion, 'sv')}. Se jamstat ${a.command} --help.`,
  'usage-unknown-command': (a) => `okänt kommando ${a.name}${didYouMean(a.suggestion, 'sv')}. Kommandon: analyze, inspect, init, validate.`,
  'usage-missing-argument': (a) => `${a.name} saknas. Se jamstat ${a.command} --help.`,
  'usage-option-missing-value': (a) => `${a.name} behöver ett värde.`,
  'usage-invalid-choice': (a) => `${a.name} kan inte vara ${a.value}; välj ett av ${a.choices}.`,
  'init-exists': () => `filen finns redan. jamstat init skriver inte över den utan --force.`,
  'init-no-sex': () => `hittar ingen kolumn med kön eller personnummer. Skriv sex: i konfigurationen själv (se README).`,
  'init-no-steps': () => `hittar ingen kolumn med ja/nej-utfall att göra steg av. Skriv steps: i konfigurationen själv (se README).`,
  'internal-error': (a) => `internt fel (en bugg i jamstat): ${a.detail}. Kör igen med --debug och rapportera felet.`,
} satisfies Record<string, Template>;

export type MessageCode = keyof typeof sv;

const en: Record<MessageCode, Template> = {
  'file-not-found': () => `no such file. Check the path and the name.`,
  'file-unreadable': (a) => `cannot read the file (${a.detail}). Check that the path names a file and that you may read it.`,
  'file-empty': () => `the file is empty. Export the extract again.`,
  'file-binary': () => `the file holds binary data (NUL bytes) and is not a CSV file. Export the extract as CSV (semicolon-separated text).`,
  'file-header-only': () => `the file has a header line but no data rows. Check the selection (e.g. the period) and export the extract again.`,
  'no-header': () => `cannot find a header line. Say how many title lines to skip with --skip-lines.`,
  'header-mismatch': (a) => `the columns differ from the first file's (${a.firstFile}).\n  ${a.firstFile}: ${a.firstHeader}\n  ${a.file}: ${a.header}\nFiles analysed together must have the same columns.`,
  'duplicate-header': (a) => `the column name "${a.name}" occurs more than once (columns ${a.columns}). Rename the columns so that each name is unique.`,
  'blank-header': (a) => `column ${a.column} has no name in the header line. Name the column or remove it.`,
  'unterminated-quote': () => `a quote (") is opened but never closed. Check the line; a field holding " must write it as "".`,
  'invalid-utf8': () => `the file is not valid UTF-8 here. Run again with --encoding windows-1252 if the extract was made on Windows.`,
  'invalid-encoding-bytes': (a) => `the file holds bytes that are neither UTF-8 nor Windows-1252 (${a.bytes}). Check that the file is a text export.`,
  'csv-syntax': (a) => `the file cannot be read as CSV: ${a.detail}.`,
  'record-too-long': (a) => `the row is longer than ${a.limit} characters and cannot be a row of an extract. Are line ends missing, or is a quote (") opened and never closed? Export the extract again as CSV.`,
  'too-many-ragged': (a) => `${a.ragged} of ${a.rows} rows have the wrong number of fields (${a.expected} expected). Wrong delimiter? Detected: "${a.delimiter}". Set it with --delimiter.`,
  'config-not-found': () => `no such configuration file. Check the path.`,
  'output-unwritable': (a) => `cannot write the output file (${a.detail}). Does the folder exist, and may you write there?`,
  'config-yaml': (a) => `YAML error: ${a.detail}. Check the indentation and colons on the line.`,
  'config-unknown-key': (a) => `unknown key "${a.key}"${didYouMean(a.suggestion, 'en')}. Valid keys here: ${a.allowed}.`,
  'config-invalid': (a) => `${a.keyPath}: ${EXPECTATIONS.en[a.expected as string]?.(a) ?? a.expected}${a.got ? `, got ${a.got}` : ''}.`,
  'config-missing-column': (a) => `no column "${a.column}" in ${a.dataFile}${didYouMean(a.suggestion, 'en')}. The columns are: ${a.columns}.`,
  'config-empty': () => `the configuration file is empty. See the README for an example.`,
  'no-sex-recognised': (a) => `no value in column "${a.column}" is recognised as female or male (values seen: ${a.seen}). Say what the values mean in the configuration, e.g. sex: { column: ${a.column}, values: { '2': female, '1': male } } (SCB's code: 1 = man, 2 = woman).`,
  'unmapped-value': (a) => `the value "${a.value}" in column ${a.column} is not in the map list of ${a.variable}. Add it under derive.${a.variable}.map.values, or give other: for every other value.`,
  'config-derived-cycle': (a) => `the derived variables depend on each other in a circle (${a.variables}).`,
  'personnummer-as-group': (a) => `column "${a.column}" holds personnummer and cannot split tables (by, explain or period): every person would show. Use a derived variable such as age or age group.`,
  'population-missing-group': (a) => `the population file ${a.file} lacks the group "${a.group}" (${a.variable}), or has 0 people of one sex there. Every group in the extract needs a population of both sexes.`,
  'population-invalid-count': (a) => `column ${a.column} must hold whole numbers (numbers of people).`,
  'population-missing-column': (a) => `the population file has no column "${a.column}"${didYouMean(a.suggestion, 'en')}.`,
  'population-by-not-in-analysis': (a) => `population.by names "${a.variable}", which is not in by. Add it to by or remove it from population.by.`,
  'step-selects-nothing': (a) => `step "${a.step}" selects no rows. Check its condition and the values in the column.`,
  'all-rows-excluded': (a) => `all ${a.rows} rows were excluded before the steps (see the row accounting), so no step has any cases. Check the extract with jamstat validate.`,
  'usage-no-analysis': () => `give a configuration file with --config, or --sex and --outcome for a quick analysis.`,
  'usage-unit-needs-id': () => `--unit person needs --id COLUMN: the column that identifies a person (e.g. the personnummer).`,
  'usage-bad-condition': (a) => `${a.flag} expects COLUMN=VALUE, got "${a.value}".`,
  'usage-bad-number': (a) => `${a.flag} expects a number${a.range ? ` (${a.range})` : ''}, got "${a.value}".`,
  'usage-bad-choice': (a) => `${a.flag} expects one of ${a.choices}, got "${a.value}".`,
  'usage-output-is-input': (a) => `the output file ${a.file} is also an input file; jamstat never writes over its inputs. Choose another name.`,
  'usage-same-file-twice': (a) => `${a.first} and ${a.second} are the same file, whose cases would be counted twice. Give each extract only once.`,
  'usage-previous-is-input': (a) => `--previous ${a.second} is the same file as ${a.first}, which is to be checked. Give an earlier extract after --previous.`,
  'usage-format-needs-output': (a) => `the ${a.format} format must be written to a file: give --output.`,
  'usage-validate-needs-config': () => `validate needs a configuration file: give --config FILE.`,
  'usage-commander': (a) => `${a.detail}. See jamstat --help.`,
  'usage-unknown-option': (a) => `unknown option ${a.name}${didYouMean(a.suggestion, 'en')}. See jamstat ${a.command} --help.`,
  'usage-unknown-command': (a) => `unknown command ${a.name}${didYouMean(a.suggestion, 'en')}. Commands: analyze, inspect, init, validate.`,
  'usage-missing-argument': (a) => `${a.name} is missing. See jamstat ${a.command} --help.`,
  'usage-option-missing-value': (a) => `${a.name} needs a value.`,
  'usage-invalid-choice': (a) => `${a.name} cannot be ${a.value}; choose one of ${a.choices}.`,
  'init-exists': () => `the file exists already. jamstat init does not write over it without --force.`,
  'init-no-sex': () => `no column holds sex or personnummer. Write sex: in the configuration yourself (see the README).`,
  'init-no-steps': () => `no column holds a yes/no outcome to make steps of. Write steps: in the configuration yourself (see the README).`,
  'internal-error': (a) => `internal error (a bug in jamstat): ${a.detail}. Run again with --debug and report it.`,
};

const catalogues: Record<Language, Record<MessageCode, Template>> = { sv, en };

/** The words for a message code in the given language. */
export function formatMessage(code: MessageCode, args: MessageArgs, language: Language): string {
  return catalogues[language][code](args);
}

/** The message codes of both languages, for the test that no key is missing. */
export function messageCodes(language: Language): string[] {
  return Object.keys(catalogues[language]).sort();
}
