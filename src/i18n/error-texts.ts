/**
 * The texts of the errors that stop a run (src/errors.ts), in Swedish (the default) and
 * English: one text per error code, each a function of the arguments the code carries
 * (their types: src/messages/error-codes.ts, which the texts are checked against).
 */
import type { ErrorArgs, ExpectationArgs } from '../messages/error-codes.js';
import type { Language } from '../messages/languages.js';
import { lookup, type Texts } from './texts.js';
import { excludedRowsSummary, hiddenCellsAdvice, unlistedValuesAdvice } from './warning-texts.js';
import type { ExcludedRowsArgs } from '../messages/report-warning-codes.js';

/** Whether most of a step's excluded rows fell outside its list of categories, which the advice then names: the fix is in the configuration, not the export. */
function unlistedFirst(a: ExcludedRowsArgs): boolean {
  return a.unlisted !== undefined && (a.unlisted.seen !== '' || a.unlisted.never !== '') && a.reasons.split(';')[0] === 'unlisted-category';
}

/** " (menade du "Kön"?)" after a name that was not found, when a close one exists. */
export function didYouMean(suggestion: string | undefined, language: Language): string {
  return suggestion ? (language === 'sv' ? ` (menade du "${suggestion}"?)` : ` (did you mean "${suggestion}"?)`) : '';
}

/**
 * What a YAML syntax problem means and what to do, by the yaml package's error code: its
 * own messages are English and name the symptom (where the parser gave up), not the
 * likely cause. A code without a text here shows the package's words.
 */
const YAML_PROBLEMS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  sv: {
    BAD_INDENT:
      'indraget stämmer inte. Nycklar på samma nivå ska börja i samma kolumn, och det som hör till en nyckel ska dras in under den; en lista i [ ] ska avslutas med ]. Jämför raden med raderna ovanför.',
    TAB_AS_INDENT: 'raden är indragen med tabbtecken. YAML tillåter bara mellanslag: byt tabbarna mot mellanslag.',
    DUPLICATE_KEY: 'nyckeln står redan tidigare på samma nivå. Varje nyckel får stå en gång: slå ihop dem eller ta bort den ena.',
    MISSING_CHAR: 'ett tecken saknas, oftast ett avslutande citattecken (" eller \') eller en avslutande ] eller }. Se efter på raden och raden ovanför.',
    BLOCK_AS_IMPLICIT_KEY:
      'raden kan inte läsas som "nyckel: värde". Oftast är raden eller raden under indragen för långt eller för kort jämfört med raden ovanför, eller så innehåller ett värde ": " och behöver citattecken ("a: b").',
    MULTILINE_IMPLICIT_KEY:
      'en nyckel fortsätter över flera rader. Oftast är en rad indragen för långt under ett värde, eller så saknas ett kolon efter nyckeln.',
    BAD_SCALAR_START: 'ett värde börjar med ett tecken som YAML reserverar (@, `, % eller - och ? utan mellanslag efter). Sätt värdet inom citattecken.',
    UNEXPECTED_TOKEN: 'här står ett tecken som inte passar in. Kontrollera kolon, kommatecken och klamrar på raden.',
    BAD_DQ_ESCAPE: 'inom dubbla citattecken står ett ogiltigt \\-tecken. Använd enkla citattecken, eller skriv \\\\ för ett \\.',
    MULTIPLE_DOCS: 'filen innehåller flera YAML-dokument (åtskilda med ---). En konfiguration är ett enda dokument.',
    BAD_ALIAS: 'ett alias (*namn) pekar på ett ankare (&namn) som inte finns.',
    KEY_OVER_1024_CHARS: 'en nyckel är längre än 1 024 tecken.',
  },
  en: {
    BAD_INDENT:
      'the indentation does not match. Keys at one level start in the same column, and what belongs to a key is indented below it; a list in [ ] ends with ]. Compare the line with the lines above.',
    TAB_AS_INDENT: 'the line is indented with tabs. YAML allows only spaces: replace the tabs with spaces.',
    DUPLICATE_KEY: 'the key already appears earlier at the same level. Each key may appear once: merge them or remove one.',
    MISSING_CHAR: 'a character is missing, most often a closing quote (" or \') or a closing ] or }. Look at the line and the line above.',
    BLOCK_AS_IMPLICIT_KEY:
      'the line cannot be read as "key: value". Most often the line or the one below is indented too far or not far enough compared with the line above, or a value holds ": " and needs quotes ("a: b").',
    MULTILINE_IMPLICIT_KEY: 'a key runs over several lines. Most often a line is indented too far below a value, or a colon is missing after a key.',
    BAD_SCALAR_START: 'a value starts with a character YAML reserves (@, `, %, or - and ? without a space after). Put the value in quotes.',
    UNEXPECTED_TOKEN: 'a character here does not fit. Check the colons, commas and brackets on the line.',
    BAD_DQ_ESCAPE: 'an invalid \\ escape inside double quotes. Use single quotes, or write \\\\ for a \\.',
    MULTIPLE_DOCS: 'the file holds several YAML documents (separated by ---). A configuration is one document.',
    BAD_ALIAS: 'an alias (*name) refers to an anchor (&name) that does not exist.',
    KEY_OVER_1024_CHARS: 'a key is longer than 1,024 characters.',
  },
};

/** The words for a YAML syntax problem (YAML_PROBLEMS), or the package's own words for another. */
function yamlProblem(problem: string, detail: string | undefined, language: Language): string {
  const known = Object.hasOwn(YAML_PROBLEMS[language], problem) ? YAML_PROBLEMS[language][problem] : undefined;
  if (known !== undefined) return known;
  return language === 'sv' ? `${detail ?? problem}. Kontrollera indrag, kolon och citattecken på raden.` : `${detail ?? problem}. Check the indentation, colons and quotes on the line.`;
}

/** What a configuration key should hold, by expectation code (see config/issue-text.ts). */
export const EXPECTATION_TEXTS = {
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
    'sex-one-source': () => 'ange en av column, personnummer eller columns (en kolumn per kön), inte flera och inte ingen',
    'sex-values-need-column': () => 'values gäller bara med column',
    'sex-columns-need-both': () => 'columns behöver minst en kolumn för female och en för male, t.ex. { Flickor: female, Pojkar: male, Totalt: total }',
    'step-outcome-or-funnel': () =>
      'ett steg har exakt en av outcome (ett villkor per rad), of och yes (två antalskolumner i en tratt), categories (en kolumns kategorier) eller measure (en kolumn med tal)',
    'step-funnel-needs-both': () => 'ett trattsteg behöver både of (kolumnen med alla som nått steget) och yes (kolumnen med dem av dem som fick utfallet)',
    'step-name-duplicate': () => 'två steg har samma namn; varje steg behöver ett eget namn',
    'step-one-kind': (a) =>
      `ett steg har exakt en av outcome (ett villkor per rad), of och yes (en tratt), categories (en kolumns kategorier) eller measure (en kolumn med tal)${a.found ? ` (har: ${a.found})` : ''}; dela upp det i flera steg`,
    'categories-values-or-ordered': () => 'ange antingen values (kategorierna i visningsordning) eller ordered (kategorierna i en ordning som betyder något, t.ex. Låg, Medel, Hög), inte båda',
    'categories-duplicate-value': () => 'värdet står redan i listan (eller är listat och samtidigt other); varje kategori får stå en gång',
    'categories-blank-value': () => 'en kategori kan inte vara tom: tomma celler utesluts som saknat utfall',
    'population-step-unknown': (a) => `inget steg heter "${a.name}"${didYouMean(a.suggestion, 'sv')}; ange namnet på ett av stegen under steps: ${a.steps}`,
    other: (a) => a.text,
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
    'sex-one-source': () => 'give one of column, personnummer or columns (one column per sex), not several and not none',
    'sex-values-need-column': () => 'values applies only with column',
    'sex-columns-need-both': () => 'columns needs at least one column for female and one for male, e.g. { Flickor: female, Pojkar: male, Totalt: total }',
    'step-outcome-or-funnel': () =>
      'a step has exactly one of outcome (a condition on each row), of and yes (two count columns of a funnel), categories (the categories of a column) or measure (a column of numbers)',
    'step-funnel-needs-both': () => 'a funnel step needs both of (the column counting all who reached the step) and yes (the column counting those of them with the outcome)',
    'step-name-duplicate': () => 'two steps have the same name; each step needs its own',
    'step-one-kind': (a) =>
      `a step has exactly one of outcome (a condition on each row), of and yes (a funnel), categories (the categories of a column) or measure (a column of numbers)${a.found ? ` (has: ${a.found})` : ''}; split it into several steps`,
    'categories-values-or-ordered': () => 'give either values (the categories in display order) or ordered (the categories in an order that means something, e.g. Low, Medium, High), not both',
    'categories-duplicate-value': () => 'the value is already in the list (or is listed and is other as well); each category may appear once',
    'categories-blank-value': () => 'a category cannot be blank: blank cells are excluded as a missing outcome',
    'population-step-unknown': (a) => `no step is named "${a.name}"${didYouMean(a.suggestion, 'en')}; give the name of one of the steps under steps: ${a.steps}`,
    other: (a) => a.text,
  },
} as const satisfies Record<Language, Texts<ExpectationArgs>>;

/** The words of each error, by code. */
export const ERROR_TEXTS = {
  sv: {
    'file-not-found': () => `filen finns inte. Kontrollera sökvägen och namnet.`,
    'file-unreadable': (a) => `kan inte läsa filen (${a.detail}). Kontrollera att sökvägen pekar på en fil och att du får läsa den.`,
    'file-not-regular': () => `sökvägen pekar inte på en vanlig fil (utan t.ex. en mapp). Ange uttagets CSV-fil.`,
    'file-changed': () => `filen ändrades medan den lästes. Läs den igen när exporten är klar.`,
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
    'title-quote': () =>
      `en titelrad ovanför rubrikraden har ett citattecken (") mitt i texten, eller text efter ett avslutande citattecken. Ta bort citattecknet ur titeln, eller skriv hela titeln inom citattecken med " dubblerat.`,
    'header-quote': () => `rubrikraden har ett citattecken (") mitt i ett kolumnnamn, eller text efter ett avslutande citattecken. Ta bort citattecknet, eller skriv hela namnet inom citattecken med " dubblerat ("Ål""der").`,
    'xlsx-old-format': () => `filen är en äldre Excel-fil (.xls, binärformat) som jamstat inte läser. Öppna den i Excel och spara som Excel-arbetsbok (.xlsx) eller som CSV (semikolonavgränsad).`,
    'xlsx-encrypted': () => `Excel-filen är lösenordsskyddad (krypterad) och kan inte läsas. Öppna den i Excel, ta bort lösenordet och spara som .xlsx eller CSV.`,
    // The zip and XML libraries' own words are English and name their internals: the Swedish text says what it means.
    'xlsx-unreadable': () => `filen kan inte läsas som Excel-arbetsbok (.xlsx): arkivet eller dess innehåll är skadat. Filen är trasig eller inte en .xlsx-fil; öppna den i Excel och spara som .xlsx eller CSV igen.`,
    'xlsx-too-large': (a) => `Excel-filen är ${a.size} MB; jamstat läser .xlsx-filer upp till ${a.limit} MB (publicerade tabeller). Spara stora uttag som CSV (semikolonavgränsad) och läs CSV-filen.`,
    'xlsx-sheet-unknown': (a) => `arbetsboken har inget blad som heter "${a.sheet}". Bladen: ${a.sheets}. Ange ett av dem med --sheet.`,
    'usage-sheet-not-xlsx': (a) => `--sheet gäller bara Excel-filer (.xlsx), men ${a.file} är en textfil. Ta bort --sheet.`,
    'config-not-found': () => `konfigurationsfilen finns inte. Kontrollera sökvägen.`,
    'output-unwritable': (a) => `kan inte skriva utfilen (${a.detail}). Finns mappen, och får du skriva där?`,
    'stdout-unwritable': (a) => `kan inte skriva till standard ut (${a.detail}). Är disken full? Skriv till en fil med --output på en disk med plats.`,
    'config-yaml': (a) => `YAML-fel${a.toLine ? ` (till och med rad ${a.toLine})` : ''}: ${yamlProblem(a.problem, a.detail, 'sv')}`,
    'config-too-deep': (a) =>
      `konfigurationen är nästlad i fler än ${a.limit} nivåer (mappningar och listor i varandra) från och med den här raden. Skriv villkoren plattare, t.ex. flera villkor i samma all: i stället för all: inuti all:.`,
    'config-unknown-alias': (a) => `YAML-aliaset *${a.name} har inget ankare &${a.name} före sig. Sätt &${a.name} på värdet som ska återanvändas, före den här raden, eller skriv ut värdet.`,
    'config-aliases': (a) =>
      `YAML-alias (*namn) här upprepar andra alias och växer till fler än ${a.limit} värden: filen ser ut som en aliasbomb. Skriv ut värdena direkt, eller låt inte alias peka på delar som själva innehåller alias.`,
    'config-unknown-key': (a) => `okänd nyckel "${a.key}"${didYouMean(a.suggestion, 'sv')}. Giltiga nycklar här: ${a.allowed}.`,
    'config-invalid': (a) => `${a.keyPath || '(rot)'}: ${lookup(EXPECTATION_TEXTS.sv, a.expectation.code, a.expectation.args)}${a.got ? `, fick ${a.got}` : ''}.`,
    'config-missing-column': (a) => `kolumnen "${a.column}" finns inte i ${a.dataFile}${didYouMean(a.suggestion, 'sv')}. Kolumnerna är: ${a.columns}.`,
    'config-empty': () => `konfigurationsfilen är tom. Se README för ett exempel.`,
    'no-sex-recognised': (a) => `inga värden i kolumnen "${a.column}" känns igen som kvinna/flicka eller man/pojke (sedda värden: ${a.seen}). Ange vad värdena betyder i konfigurationen, t.ex. sex: { column: ${a.column}, values: { '2': female, '1': male } } (SCB:s kod: 1 = man, 2 = kvinna).`,
    'unmapped-value': (a) => `värdet "${a.value}" i kolumnen ${a.column} saknas i map-listan för ${a.variable}. Lägg till det under derive.${a.variable}.map.values, eller ange other: för alla övriga värden.`,
    'config-derived-cycle': (a) => `de härledda variablerna bygger på varandra i en cirkel (${a.variables}).`,
    'too-many-groups': (a) =>
      `"${a.variable}" har fler än ${a.limit} grupper (olika värden eller kombinationer): läsningen stoppades vid grupp nummer ${a.seen}. En tabell med så många grupper går inte att läsa, och minnet skulle ta slut; dela upp efter en grövre variabel (t.ex. en härledd map eller bins), eller höj gränsen i konfigurationen med limits: { maxGroups: N }.`,
    'personnummer-as-group': (a) => `kolumnen "${a.column}" innehåller personnummer och kan inte användas för att dela upp tabeller (by, explain eller period): då skulle varje person synas. Använd en härledd variabel, t.ex. ålder eller åldersgrupp.`,
    'identity-values-as-group': (a) => `kolumnen "${a.column}" har ${a.values} olika värden som innehåller något som ser ut som personnummer (gränsen är ${a.limit}) och kan inte användas för att dela upp tabeller (by, explain eller period): då kunde en person synas. Ta bort numren ur kolumnen, eller använd en härledd variabel (derive: map) med grupper utan nummer.`,
    'count-is-personnummer': (a) => `antalet "${a.value}" i kolumnen ${a.column} ser ut som ett personnummer, inte ett antal. Kontrollera att count: pekar på rätt kolumn och att uttaget inte har blandat ihop kolumnerna.`,
    'count-over-limit': (a) => `antalet "${a.value}" i kolumnen ${a.column} är större än ${a.limit} (limits.maxCount). Kontrollera värdet; är det rätt, höj gränsen med limits: { maxCount: … } i konfigurationen.`,
    'population-missing-group': (a) => `befolkningsfilen ${a.file} saknar gruppen "${a.group}" (${a.variable}), eller har 0 personer av ett kön där. Varje grupp i uttaget behöver en befolkning för båda könen.`,
    'population-invalid-count': (a) => `kolumnen ${a.column} ska innehålla hela tal (antal personer).`,
    'population-count-marker': (a) =>
      `kolumnen ${a.column} har en dold eller inte tillämplig cell ("${a.marker}"), men kvoter per 1 000 behöver hela befolkningen för varje kön och grupp. Använd en befolkningsfil utan dolda celler (t.ex. från SCB:s statistikdatabas).`,
    'count-not-whole': (a) =>
      `antalskolumnen "${a.column}" har värdet "${a.value}", som inte är ett heltal: det ser ut som ${a.looksLike === 'share' ? 'en andel' : 'en kvot (t.ex. per 100 000) eller ett medelvärde'}, inte ett antal. Ange under count: den kolumn som räknar personer eller ärenden.`,
    'count-dot-conflict': (a) =>
      `antalskolumnen "${a.column}" skriver punkt både som tusentalsavgränsare ("${a.thousands}") och som decimaltecken ("${a.decimal}"), så talen kan inte läsas säkert. Exportera tabellen med tusental utan punkt (1 234 eller 1234).`,
    'population-missing-column': (a) => `befolkningsfilen saknar kolumnen "${a.column}"${didYouMean(a.suggestion, 'sv')}.`,
    'funnel-with-count': (a) => `count: kan inte användas med trattsteget "${a.step}": stegets antal står i dess of- och yes-kolumner. Ta bort count:, eller skriv steget med outcome:.`,
    'wide-with-count': () => `count: kan inte användas med sex.columns: antalen står i könskolumnerna. Ta bort count:.`,
    'funnel-with-unit': (a) => `unit: räknar personer i rader med ett ärende per rad, men trattsteget "${a.step}" läser antal ur kolumner. Ta bort unit:, eller använd ärenderader.`,
    'wide-with-unit': () => `unit: räknar personer i rader med ett ärende per rad, men sex.columns läser antal per kön ur kolumner. Ta bort unit:, eller använd ärenderader.`,
    'unit-any-with-kind': (a) =>
      `unit: med rule any (standard) räknar en person som ja om något av personens ärenden är ja, men steget "${a.step}" (${a.key}:) har inget ja eller nej. Ange rule: first eller rule: last (med date:), så tas kategorin eller värdet från personens första eller sista ärende.`,
    'population-step-kind': (a) =>
      `population.step ska vara ett ja/nej-steg (outcome: eller of/yes), men "${a.step}" är ett ${a.key}:-steg. Ange under population.step namnet på ett ja/nej-steg vars ärenden ska räknas per 1 000 invånare.`,
    'funnel-with-kind': (a) =>
      `steget "${a.step}" (${a.key}:) kan inte användas i en tratt: trattsteget "${a.funnelStep}" läser antal ur kolumner, och en tratt har bara ja och nej. Använd ärenderader (en rad per ärende) för ${a.key}:-steg.`,
    'too-many-categories': (a) =>
      `kolumnen "${a.column}" (steget "${a.step}") har ${a.count} kategorier, fler än ${a.limit}: en så stor tabell går inte att läsa. Välj kategorierna med values: [...] och slå ihop resten med other: "Övrigt", eller ange bara other: så slås ovanliga kategorier ihop.`,
    'funnel-not-nested': (a) =>
      `antalen är inte inbäddade: "${a.yesColumn}" är ${a.yesValue} men "${a.ofColumn}" bara ${a.ofValue}. Ett trattsteg räknar yes bland of, så yes får aldrig vara större än of. Kontrollera att of och yes är rätt kolumner och i rätt ordning.`,
    'wide-column-ambiguous': (a) =>
      `flera kolumner passar för "${a.measure}" och könskolumnen "${a.sexColumn}": ${a.columns}. Byt namn på kolumnerna så att bara en passar.`,
    'population-by-not-in-analysis': (a) => `population.by nämner "${a.variable}", som inte finns i by. Lägg till den i by eller ta bort den ur population.by.`,
    'step-selects-nothing': (a) => `steget "${a.step}" väljer inga rader. Kontrollera villkoret och värdena i kolumnen.`,
    'all-rows-excluded': (a) => `alla ${a.rows} rader uteslöts innan stegen (se radredovisningen), så inget steg har några ärenden. Kontrollera uttaget med jamstat validate.`,
    'usage-no-analysis': () => `ange en konfigurationsfil med --config (utan --config läses jamstat.yml i mappen där du står, om den finns; jamstat init skriver en), eller --sex och --outcome för en snabb analys.`,
    'usage-unit-needs-id': () => `--unit person behöver --id KOLUMN: kolumnen som identifierar en person (t.ex. personnumret).`,
    'usage-bad-condition': (a) => `${a.flag} väntar sig KOLUMN=VÄRDE, fick "${a.value}".`,
    'usage-bad-number': (a) => `${a.flag} väntar sig ett tal${a.range ? ` (${a.range})` : ''}, fick "${a.value}".`,
    'usage-bad-choice': (a) => `${a.flag} väntar sig ett av ${a.choices}, fick "${a.value}".`,
    'usage-output-is-input': (a) => `utfilen ${a.file} är också en infil; jamstat skriver aldrig över sina indata. Välj ett annat namn.`,
    'usage-same-file-twice': (a) => `${a.first} och ${a.second} är samma fil, och dess ärenden skulle räknas två gånger. Ange varje uttag bara en gång.`,
    'usage-stdin-twice': () => '"-" (läs uttaget från standardinmatningen) får anges bara en gång: standardinmatningen kan bara läsas en gång.',
    'usage-previous-is-input': (a) => `--previous ${a.second} är samma fil som ${a.first}, som ska kontrolleras. Ange ett tidigare uttag efter --previous.`,
    'usage-format-needs-output': (a) => `formatet ${a.format} måste skrivas till en fil: ange --output.`,
    'usage-unknown-output-extension': (a) =>
      `--output ${a.file}: jamstat kan inte skriva filformatet .${a.extension}. Välj ett filnamn som slutar på något av ${a.formats} (.txt är tabellen), eller ange formatet med --format.`,
    'usage-validate-needs-config': () => `validate behöver en konfigurationsfil: ange --config FIL, eller lägg jamstat.yml i mappen där du står (jamstat init skriver en).`,
    'usage-commander': (a) => `${a.detail}. Se jamstat --help.`,
    'usage-unknown-option': (a) => `okänd flagga ${a.name}${didYouMean(a.suggestion, 'sv')}. Se jamstat ${a.command} --help.`,
    'usage-unknown-command': (a) => `okänt kommando ${a.name}${didYouMean(a.suggestion, 'sv')}. Kommandon: analyze, inspect, init, validate.`,
    'usage-missing-argument': (a) => `${a.name} saknas. Se jamstat ${a.command} --help.`,
    'usage-option-missing-value': (a) => `${a.name} behöver ett värde.`,
    'usage-invalid-choice': (a) => `${a.name} kan inte vara ${a.value}; välj ett av ${a.choices}.`,
    'init-exists': () => `filen finns redan. jamstat init skriver inte över den utan --force.`,
    'init-no-sex': () =>
      `hittar inget att jämföra könen med. Letade efter en kolumn som heter Kön, Sex eller Gender eller har värden som Flicka/Pojke, Kvinna/Man, Kvinnor/Män, K/M eller Kv/M (också med Totalt eller Båda könen bredvid), en kolumn med personnummer, och kolumner som heter Kvinnor och Män, Flickor och Pojkar eller antal_kvinnor och antal_man. Skriv sex: i konfigurationen själv (se README).`,
    'internal-error': (a) => `internt fel (en bugg i jamstat): ${a.detail}. Kör igen med --debug och rapportera felet.`,
    'value-misspelt': (a) =>
      `värdet "${a.value}" förekommer aldrig i kolumnen "${a.column}"${didYouMean(a.suggestion, 'sv')}. Rätta värdet; stavning och stora och små bokstäver måste stämma med uttaget.`,
    'excluded-rows': (a) =>
      unlistedFirst(a)
        ? `steget "${a.step}" kan inte ge slutsatser: ${excludedRowsSummary(a, 'sv')}.${unlistedValuesAdvice(a, 'sv')} Med --allow-excluded körs analysen ändå, utan flaggor och bedömningar för steget.`
        : `steget "${a.step}" kan inte ge slutsatser: ${excludedRowsSummary(a, 'sv')}. Rätta exporten, fyll ned tomma celler (gruppceller som bara står på första raden), välj med among de rader där utfallet registreras, eller höj quality.maxExcludedShare medvetet i konfigurationen. Med --allow-excluded körs analysen ändå, utan flaggor och bedömningar för steget.${hiddenCellsAdvice(a, 'sv')}${unlistedValuesAdvice(a, 'sv')}`,
  },
  en: {
    'file-not-found': () => `no such file. Check the path and the name.`,
    'file-unreadable': (a) => `cannot read the file (${a.detail}). Check that the path names a file and that you may read it.`,
    'file-not-regular': () => `the path does not name a regular file (a folder, for instance). Give the extract's CSV file.`,
    'file-changed': () => `the file changed while it was read. Read it again once the export has finished.`,
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
    'title-quote': () =>
      `a title line above the header has a quote (") inside its text, or text after a closing quote. Remove the quote from the title, or write the whole title in quotes with " doubled.`,
    'header-quote': () => `the header line has a quote (") inside a column name, or text after a closing quote. Remove the quote, or write the whole name in quotes with " doubled ("Ag""e").`,
    'xlsx-old-format': () => `the file is an old Excel file (.xls, binary format), which jamstat does not read. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV (semicolon-separated).`,
    'xlsx-encrypted': () => `the Excel file is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password and save it as .xlsx or CSV.`,
    'xlsx-unreadable': () => `the file cannot be read as an Excel workbook (.xlsx): the archive or its contents are damaged. The file is damaged or not an .xlsx file; open it in Excel and save it as .xlsx or CSV again.`,
    'xlsx-too-large': (a) => `the Excel file is ${a.size} MB; jamstat reads .xlsx files of up to ${a.limit} MB (published tables). Save large extracts as CSV (semicolon-separated) and read the CSV file.`,
    'xlsx-sheet-unknown': (a) => `the workbook has no sheet named "${a.sheet}". Its sheets: ${a.sheets}. Name one of them with --sheet.`,
    'usage-sheet-not-xlsx': (a) => `--sheet applies only to Excel files (.xlsx), but ${a.file} is a text file. Leave out --sheet.`,
    'config-not-found': () => `no such configuration file. Check the path.`,
    'output-unwritable': (a) => `cannot write the output file (${a.detail}). Does the folder exist, and may you write there?`,
    'stdout-unwritable': (a) => `cannot write to standard output (${a.detail}). Is the disk full? Write to a file with --output on a disk with space.`,
    'config-yaml': (a) => `YAML error${a.toLine ? ` (through line ${a.toLine})` : ''}: ${yamlProblem(a.problem, a.detail, 'en')}`,
    'config-too-deep': (a) =>
      `the configuration nests more than ${a.limit} levels (mappings and lists inside each other) from this line on. Write the conditions flatter, e.g. several conditions in one all: instead of all: inside all:.`,
    'config-unknown-alias': (a) => `the YAML alias *${a.name} has no anchor &${a.name} before it. Put &${a.name} on the value to reuse, above this line, or write the value out.`,
    'config-aliases': (a) =>
      `a YAML alias (*name) here repeats other aliases and grows to more than ${a.limit} values: the file looks like an alias bomb. Write the values out, or do not let aliases point at parts that hold aliases themselves.`,
    'config-unknown-key': (a) => `unknown key "${a.key}"${didYouMean(a.suggestion, 'en')}. Valid keys here: ${a.allowed}.`,
    'config-invalid': (a) => `${a.keyPath || '(root)'}: ${lookup(EXPECTATION_TEXTS.en, a.expectation.code, a.expectation.args)}${a.got ? `, got ${a.got}` : ''}.`,
    'config-missing-column': (a) => `no column "${a.column}" in ${a.dataFile}${didYouMean(a.suggestion, 'en')}. The columns are: ${a.columns}.`,
    'config-empty': () => `the configuration file is empty. See the README for an example.`,
    'no-sex-recognised': (a) => `no value in column "${a.column}" is recognised as female or male (values seen: ${a.seen}). Say what the values mean in the configuration, e.g. sex: { column: ${a.column}, values: { '2': female, '1': male } } (SCB's code: 1 = man, 2 = woman).`,
    'unmapped-value': (a) => `the value "${a.value}" in column ${a.column} is not in the map list of ${a.variable}. Add it under derive.${a.variable}.map.values, or give other: for every other value.`,
    'config-derived-cycle': (a) => `the derived variables depend on each other in a circle (${a.variables}).`,
    'too-many-groups': (a) =>
      `"${a.variable}" has more than ${a.limit} groups (distinct values or combinations): reading stopped at group number ${a.seen}. A table with so many groups cannot be read, and memory would run out; group by a coarser variable (e.g. a derived map or bins), or raise the limit in the configuration with limits: { maxGroups: N }.`,
    'personnummer-as-group': (a) => `column "${a.column}" holds personnummer and cannot split tables (by, explain or period): every person would show. Use a derived variable such as age or age group.`,
    'identity-values-as-group': (a) => `column "${a.column}" has ${a.values} distinct values holding something shaped like a personnummer (the limit is ${a.limit}) and cannot split tables (by, explain or period): a person could show. Remove the numbers from the column, or use a derived variable (derive: map) with groups free of numbers.`,
    'count-is-personnummer': (a) => `the count "${a.value}" in column ${a.column} looks like a personnummer, not a count. Check that count: names the right column and that the extract has not mixed up its columns.`,
    'count-over-limit': (a) => `the count "${a.value}" in column ${a.column} is larger than ${a.limit} (limits.maxCount). Check the value; if it is right, raise the limit with limits: { maxCount: … } in the configuration.`,
    'population-missing-group': (a) => `the population file ${a.file} lacks the group "${a.group}" (${a.variable}), or has 0 people of one sex there. Every group in the extract needs a population of both sexes.`,
    'population-invalid-count': (a) => `column ${a.column} must hold whole numbers (numbers of people).`,
    'population-count-marker': (a) =>
      `column ${a.column} has a hidden or not-applicable cell ("${a.marker}"), but rates per 1,000 need the whole population of each sex and group. Use a population file without hidden cells (e.g. from SCB's statistical database).`,
    'count-not-whole': (a) =>
      `the count column "${a.column}" holds "${a.value}", which is not a whole number: it looks like ${a.looksLike === 'share' ? 'a share' : 'a rate (e.g. per 100,000) or a mean'}, not a count. Name under count: the column that counts people or cases.`,
    'count-dot-conflict': (a) =>
      `the count column "${a.column}" writes "." both as a thousands separator ("${a.thousands}") and as a decimal point ("${a.decimal}"), so its numbers cannot be read safely. Export the table with thousands written without a dot (1 234 or 1234).`,
    'population-missing-column': (a) => `the population file has no column "${a.column}"${didYouMean(a.suggestion, 'en')}.`,
    'funnel-with-count': (a) => `count: cannot be used with the funnel step "${a.step}": its counts are in its of and yes columns. Remove count:, or write the step with outcome:.`,
    'wide-with-count': () => `count: cannot be used with sex.columns: the counts are in the sex columns. Remove count:.`,
    'funnel-with-unit': (a) => `unit: counts persons in rows of one case each, but the funnel step "${a.step}" reads counts from columns. Remove unit:, or use case rows.`,
    'wide-with-unit': () => `unit: counts persons in rows of one case each, but sex.columns reads counts per sex from columns. Remove unit:, or use case rows.`,
    'unit-any-with-kind': (a) =>
      `unit: with rule any (the default) counts a person as yes when any of the person's cases is yes, but the step "${a.step}" (${a.key}:) has no yes or no. Give rule: first or rule: last (with date:), and the category or value is taken from the person's first or last case.`,
    'population-step-kind': (a) =>
      `population.step must be a yes/no step (outcome: or of/yes), but "${a.step}" is a ${a.key}: step. Give under population.step the name of a yes/no step whose cases are counted per 1,000 inhabitants.`,
    'funnel-with-kind': (a) =>
      `the step "${a.step}" (${a.key}:) cannot be used in a funnel: the funnel step "${a.funnelStep}" reads counts from columns, and a funnel has only yes and no. Use case rows (one row per case) for ${a.key}: steps.`,
    'too-many-categories': (a) =>
      `the column "${a.column}" (step "${a.step}") has ${a.count} categories, more than ${a.limit}: a table that large cannot be read. Choose the categories with values: [...] and pool the rest with other: "Other", or give only other: to pool the rare categories.`,
    'funnel-not-nested': (a) =>
      `the counts do not nest: "${a.yesColumn}" is ${a.yesValue} but "${a.ofColumn}" only ${a.ofValue}. A funnel step counts yes among of, so yes can never exceed of. Check that of and yes are the right columns, in the right order.`,
    'wide-column-ambiguous': (a) =>
      `several columns match "${a.measure}" and the sex column "${a.sexColumn}": ${a.columns}. Rename the columns so that only one matches.`,
    'population-by-not-in-analysis': (a) => `population.by names "${a.variable}", which is not in by. Add it to by or remove it from population.by.`,
    'step-selects-nothing': (a) => `step "${a.step}" selects no rows. Check its condition and the values in the column.`,
    'all-rows-excluded': (a) => `all ${a.rows} rows were excluded before the steps (see the row accounting), so no step has any cases. Check the extract with jamstat validate.`,
    'usage-no-analysis': () => `give a configuration file with --config (without --config, jamstat.yml in the current folder is read if there is one; jamstat init writes one), or --sex and --outcome for a quick analysis.`,
    'usage-unit-needs-id': () => `--unit person needs --id COLUMN: the column that identifies a person (e.g. the personnummer).`,
    'usage-bad-condition': (a) => `${a.flag} expects COLUMN=VALUE, got "${a.value}".`,
    'usage-bad-number': (a) => `${a.flag} expects a number${a.range ? ` (${a.range})` : ''}, got "${a.value}".`,
    'usage-bad-choice': (a) => `${a.flag} expects one of ${a.choices}, got "${a.value}".`,
    'usage-output-is-input': (a) => `the output file ${a.file} is also an input file; jamstat never writes over its inputs. Choose another name.`,
    'usage-same-file-twice': (a) => `${a.first} and ${a.second} are the same file, whose cases would be counted twice. Give each extract only once.`,
    'usage-stdin-twice': () => '"-" (read the extract from standard input) may be given only once: standard input can be read only once.',
    'usage-previous-is-input': (a) => `--previous ${a.second} is the same file as ${a.first}, which is to be checked. Give an earlier extract after --previous.`,
    'usage-format-needs-output': (a) => `the ${a.format} format must be written to a file: give --output.`,
    'usage-unknown-output-extension': (a) =>
      `--output ${a.file}: jamstat cannot write the .${a.extension} file format. Choose a file name ending in one of ${a.formats} (.txt is the table), or give the format with --format.`,
    'usage-validate-needs-config': () => `validate needs a configuration file: give --config FILE, or put jamstat.yml in the current folder (jamstat init writes one).`,
    'usage-commander': (a) => `${a.detail}. See jamstat --help.`,
    'usage-unknown-option': (a) => `unknown option ${a.name}${didYouMean(a.suggestion, 'en')}. See jamstat ${a.command} --help.`,
    'usage-unknown-command': (a) => `unknown command ${a.name}${didYouMean(a.suggestion, 'en')}. Commands: analyze, inspect, init, validate.`,
    'usage-missing-argument': (a) => `${a.name} is missing. See jamstat ${a.command} --help.`,
    'usage-option-missing-value': (a) => `${a.name} needs a value.`,
    'usage-invalid-choice': (a) => `${a.name} cannot be ${a.value}; choose one of ${a.choices}.`,
    'init-exists': () => `the file exists already. jamstat init does not write over it without --force.`,
    'init-no-sex': () =>
      `nothing to compare the sexes by. Looked for a column named Kön, Sex or Gender or holding values such as Flicka/Pojke, Kvinna/Man, Female/Male, K/M or Kv/M (also with Totalt or Båda könen beside them), a personnummer column, and columns named Kvinnor and Män, Flickor and Pojkar or antal_kvinnor and antal_man. Write sex: in the configuration yourself (see the README).`,
    'internal-error': (a) => `internal error (a bug in jamstat): ${a.detail}. Run again with --debug and report it.`,
    'value-misspelt': (a) =>
      `the value "${a.value}" never occurs in column "${a.column}"${didYouMean(a.suggestion, 'en')}. Correct the value; spelling and upper and lower case must match the extract.`,
    'excluded-rows': (a) =>
      unlistedFirst(a)
        ? `step "${a.step}" cannot support conclusions: ${excludedRowsSummary(a, 'en')}.${unlistedValuesAdvice(a, 'en')} With --allow-excluded the analysis runs anyway, with no flags and no verdicts for the step.`
        : `step "${a.step}" cannot support conclusions: ${excludedRowsSummary(a, 'en')}. Fix the export, fill down blank cells (grouping cells written only on the first row), choose with among the rows where the outcome is recorded, or raise quality.maxExcludedShare knowingly in the configuration. With --allow-excluded the analysis runs anyway, with no flags and no verdicts for the step.${hiddenCellsAdvice(a, 'en')}${unlistedValuesAdvice(a, 'en')}`,
  },
} as const satisfies Record<Language, Texts<ErrorArgs>>;
