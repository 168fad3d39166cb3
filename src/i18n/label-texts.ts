/**
 * The words of tables, notes, charts, starter configurations and the validation list,
 * in Swedish (the default) and English: one text per key, each a function of the values
 * it shows (their types: LabelArgs). Renderers take every word they print from here,
 * through `say(language, 'label', key, args)` (catalogue.ts).
 */
import type { Language } from '../messages/languages.js';
import type { NoArgs } from '../messages/message.js';
import { lookup, type Texts } from './texts.js';
import { SUMMARY_TEXTS, type SummaryLabelArgs } from './summary-texts.js';
import { DISTRIBUTION_TEXTS, type DistributionLabelArgs } from './distribution-texts.js';

/** A value a label shows: a formatted number or a word. */
type Shown = string | number;

/** True when a list of names joined with commas holds more than one. */
const several = (names: Shown): boolean => String(names).includes(', ');

/** Every label key and the values its text shows. */
export interface LabelArgs extends SummaryLabelArgs, DistributionLabelArgs {
  /** Status lines on standard error (src/cli): the file written, the configuration found. */
  wroteFile: { readonly file: string };
  usingDefaultConfig: { readonly file: string };
  overall: NoArgs;
  blankGroup: NoArgs;
  group: NoArgs;
  n: NoArgs;
  share: NoArgs;
  difference: NoArgs;
  ci95: NoArgs;
  /** The terminal table's per-sex cell: yes of n (share), and its head's line that says so (render-table.ts). */
  yesOf: NoArgs;
  percentText: { readonly value: Shown };
  yesOfNHead: NoArgs;
  /** The terminal table's line under a table too wide for the terminal: the columns left out. */
  narrowTable: { readonly columns: Shown };
  // xlsx and the --excel CSV: headers for people (plain CSV keeps its machine names)
  ci95Low: NoArgs;
  ci95High: NoArgs;
  ci95LowOf: { readonly estimate: Shown };
  ci95HighOf: { readonly estimate: Shown };
  'csv.otherYes': NoArgs;
  'csv.statistic': NoArgs;
  'csv.df': NoArgs;
  'csv.reason': NoArgs;
  'csv.warnings': NoArgs;
  'csv.allCategoriesP': NoArgs;
  'csv.explainedBy': NoArgs;
  'csv.insufficientFor': NoArgs;
  'csv.inconclusiveFor': NoArgs;
  'csv.adjusted': { readonly criterion: Shown; readonly figure: Shown };
  'csv.adjustedDiff': NoArgs;
  'csv.change': { readonly figure: Shown };
  'csv.suppressed': NoArgs;
  'csv.publication': NoArgs;
  'xlsx.page': NoArgs;
  test: NoArgs;
  p: NoArgs;
  q: NoArgs;
  flag: NoArgs;
  flagged: NoArgs;
  step: NoArgs;
  chi2: NoArgs;
  fisher: NoArgs;
  noTest: NoArgs;
  rowsInStep: NoArgs;
  accountingHidden: NoArgs;
  used: NoArgs;
  cases: NoArgs;
  excluded: NoArgs;
  notSelected: NoArgs;
  inputRows: NoArgs;
  inputExcluded: NoArgs;
  file: NoArgs;
  encoding: NoArgs;
  delimiter: NoArgs;
  titleLines: NoArgs;
  sheet: NoArgs;
  sheets: NoArgs;
  correction: NoArgs;
  settingsLine: { readonly alpha: Shown; readonly minDiffPp: Shown; readonly minN: Shown; readonly correction: Shown; readonly familySize: Shown };
  flagNote: NoArgs;
  'reason.no-cases': NoArgs;
  'reason.empty-margin': NoArgs;
  'reason.too-few-strata': NoArgs;
  'reason.too-few-rows': NoArgs;
  'reason.undefined-common-odds-ratio': NoArgs;
  'reason.constant-values': NoArgs;
  'reason.too-complex': NoArgs;
  'reason.singular-covariance': NoArgs;
  'warning.haldane-correction': NoArgs;
  'warning.p-underflow': NoArgs;
  'warning.strata-dropped': NoArgs;
  'warning.small-expected': NoArgs;
  'warning.rows-dropped': NoArgs;
  'exclusion.ragged-row': NoArgs;
  'exclusion.total-row': NoArgs;
  'exclusion.hidden-in-source': NoArgs;
  'exclusion.not-applicable': NoArgs;
  'exclusion.invalid-count': NoArgs;
  'exclusion.missing-sex': NoArgs;
  'exclusion.invalid-personnummer': NoArgs;
  'exclusion.missing-outcome': NoArgs;
  'exclusion.unlisted-category': NoArgs;
  'exclusion.invalid-measure': NoArgs;
  'exclusion.invalid-date': NoArgs;
  'exclusion.missing-id': NoArgs;
  'sex.female.children': NoArgs;
  'sex.male.children': NoArgs;
  'sex.female.adults': NoArgs;
  'sex.male.adults': NoArgs;
  'sex.female.neutral': NoArgs;
  'sex.male.neutral': NoArgs;
  other: NoArgs;
  // inspect
  rows: NoArgs;
  column: NoArgs;
  distinct: NoArgs;
  empty: NoArgs;
  role: NoArgs;
  top: NoArgs;
  'role.sex': NoArgs;
  'role.personnummer': NoArgs;
  'role.date': NoArgs;
  'role.number': NoArgs;
  'role.category': NoArgs;
  'role.id': NoArgs;
  'role.empty': NoArgs;
  /** After the role of a column inspect marks as sensitive (personnummer-shaped text in its values or name). */
  'role.sensitive': NoArgs;
  personnummerValid: { readonly valid: Shown; readonly invalid: Shown };
  header: NoArgs;
  raggedRows: NoArgs;
  notes: NoArgs;
  'inspect.fillDown': { readonly columns: Shown; readonly line: Shown };
  standardInput: NoArgs;
  // publishing: disclosure control, md, xlsx, html
  'pub.suppressionNote': { readonly max: Shown };
  'pub.notForPublication': NoArgs;
  'pub.yes': NoArgs;
  'pub.riskRatio': NoArgs;
  'pub.oddsRatio': NoArgs;
  'pub.shortfall': { readonly sex: Shown };
  'pub.settings': NoArgs;
  'pub.accounting': NoArgs;
  'pub.method': NoArgs;
  'pub.notes': NoArgs;
  'pub.inputFiles': NoArgs;
  'pub.about': NoArgs;
  'pub.generator': NoArgs;
  'pub.variable': NoArgs;
  'pub.setting.alpha': NoArgs;
  'pub.setting.minDiffPp': NoArgs;
  'pub.setting.minN': NoArgs;
  'pub.setting.correction': NoArgs;
  'pub.setting.familySize': NoArgs;
  'pub.setting.yates': NoArgs;
  'pub.setting.unit': NoArgs;
  'pub.setting.by': NoArgs;
  'pub.setting.suppressBelow': NoArgs;
  'pub.setting.suppressOff': NoArgs;
  'pub.setting.suppressRange': { readonly max: Shown };
  'pub.noWord': NoArgs;
  'pub.unit.case': NoArgs;
  'pub.unit.person': NoArgs;
  'pub.method.difference': { readonly female: Shown; readonly male: Shown };
  'pub.method.test': { readonly correction: Shown };
  'pub.method.flag': { readonly alpha: Shown; readonly minDiffPp: Shown; readonly minN: Shown };
  'pub.method.criteria': NoArgs;
  'pub.method.shortfall': NoArgs;
  'pub.html.title': { readonly steps: Shown };
  'pub.html.lead': NoArgs;
  'pub.html.contents': NoArgs;
  'pub.html.see': NoArgs;
  'pub.html.seeIntro': { readonly female: Shown; readonly male: Shown };
  'pub.html.reflect': NoArgs;
  'pub.html.reflectIntro': NoArgs;
  'pub.html.reflectNone': NoArgs;
  'pub.html.conclude': NoArgs;
  'pub.html.concludeIntro': NoArgs;
  'pub.html.candidates': NoArgs;
  'pub.html.explained': NoArgs;
  'pub.html.insufficient': NoArgs;
  'pub.html.change': NoArgs;
  'pub.html.changeIntro': NoArgs;
  'pub.html.notesPlaceholder': NoArgs;
  'pub.html.chartAlt': { readonly female: Shown; readonly male: Shown; readonly step: Shown; readonly summary: Shown };
  'pub.html.chartAltFlagged': { readonly groups: Shown };
  'pub.html.chartAltNone': NoArgs;
  'pub.html.chartHidden': { readonly groups: Shown };
  'pub.html.axis': { readonly female: Shown; readonly male: Shown };
  'pub.html.flagLegend': NoArgs;
  'pub.html.notFlagged': NoArgs;
  'pub.html.footer': { readonly generator: Shown };
  'pub.question.need': NoArgs;
  'pub.question.otherSupport': NoArgs;
  'pub.question.consent': NoArgs;
  'pub.question.participation': NoArgs;
  'pub.answer.explained': { readonly variables: Shown };
  'pub.answer.persists': { readonly variables: Shown };
  'pub.answer.insufficient': { readonly variables: Shown };
  'pub.answer.hidden': NoArgs;
  'pub.answer.notAsked': NoArgs;
  'pub.answer.consentNote': NoArgs;
  'pub.evidence': { readonly q: Shown; readonly oddsRatio: Shown; readonly oddsLow: Shown; readonly oddsHigh: Shown; readonly riskDiff: Shown; readonly riskLow: Shown; readonly riskHigh: Shown; readonly homogeneity: Shown; readonly strata: Shown };
  // init: the comments of a starter configuration
  'init.header': { readonly file: Shown };
  'init.run': { readonly file: Shown; readonly config: Shown };
  'init.sex': { readonly column: Shown };
  'init.sexNumeric': { readonly column: Shown };
  'init.personnummer': { readonly column: Shown };
  'init.count': { readonly column: Shown };
  'init.fill': NoArgs;
  'init.by': NoArgs;
  'init.moreBy': { readonly columns: Shown };
  'init.intersection': NoArgs;
  'init.steps': NoArgs;
  'init.step': { readonly column: Shown; readonly value: Shown };
  'init.stepFilled': { readonly column: Shown; readonly value: Shown };
  'init.explain': NoArgs;
  'init.period': NoArgs;
  'init.age': NoArgs;
  'init.thresholds': NoArgs;
  'init.suppress': NoArgs;
  'init.lang': NoArgs;
  'init.written': { readonly config: Shown; readonly file: Shown };
  'init.writtenTodo': { readonly config: Shown; readonly file: Shown; readonly count: Shown };
  'init.sexValues': { readonly column: Shown };
  'init.sexTotals': { readonly totals: Shown };
  'init.otherValue': { readonly value: Shown };
  'init.todoSteps': NoArgs;
  'init.todoRates': { readonly columns: Shown };
  'init.todoCount': { readonly columns: Shown };
  'init.sexColumns': { readonly columns: Shown };
  'init.sexColumnsTotal': { readonly total: Shown };
  'init.sexWords': { readonly columns: Shown };
  'init.funnelSteps': NoArgs;
  'init.funnelStep': { readonly of: Shown; readonly yes: Shown };
  'init.stepTotals': { readonly column: Shown; readonly totals: Shown };
  'init.totalsSeen': { readonly totals: Shown };
  'init.totalsExtra': { readonly labels: Shown };
  'init.markersSeen': { readonly markers: Shown };
  'init.todoRatesWide': { readonly columns: Shown };
  'init.moreMeasures': { readonly measures: Shown };
  'init.categoriesStep': { readonly column: Shown; readonly count: Shown };
  'init.categoriesOrdered': { readonly values: Shown };
  'init.categoriesMaybe': { readonly column: Shown; readonly count: Shown };
  'init.measureStep': { readonly column: Shown };
  'init.measureMaybe': { readonly column: Shown };
  'init.moreStepsTodo': NoArgs;
  'verdict.none': NoArgs;
  'verdict.candidate': NoArgs;
  'verdict.explained': { readonly criteria: Shown };
  'verdict.insufficient': { readonly criteria: Shown };
  'criterion.need': NoArgs;
  'criterion.otherSupport': NoArgs;
  'criterion.consent': NoArgs;
  'criterion.participation': NoArgs;
  verdict: NoArgs;
  and: NoArgs;
  'sentence.counts': { readonly female: Shown; readonly femaleShare: Shown; readonly femaleN: Shown; readonly male: Shown; readonly maleShare: Shown; readonly maleN: Shown; readonly diff: Shown; readonly low: Shown; readonly high: Shown };
  'sentence.candidate': { readonly where: Shown; readonly counts: Shown; readonly shortfall: Shown; readonly adjusted: Shown };
  'sentence.adjustedPersists': { readonly criteria: Shown };
  'sentence.shortfall': { readonly higher: Shown; readonly count: Shown; readonly lower: Shown };
  'genitive.female.children': NoArgs;
  'genitive.male.children': NoArgs;
  'genitive.female.adults': NoArgs;
  'genitive.male.adults': NoArgs;
  'genitive.female.neutral': NoArgs;
  'genitive.male.neutral': NoArgs;
  'sentence.noCriteria': NoArgs;
  'sentence.explained': { readonly where: Shown; readonly counts: Shown; readonly criteria: Shown; readonly consentNote: Shown };
  'sentence.consentNote': NoArgs;
  'sentence.insufficient': { readonly where: Shown; readonly counts: Shown; readonly criteria: Shown };
  'sentence.change': { readonly from: Shown; readonly to: Shown; readonly where: Shown; readonly diff: Shown; readonly low: Shown; readonly high: Shown; readonly q: Shown };
  'sentence.noChange': { readonly from: Shown; readonly to: Shown };
  personsCounted: { readonly id: Shown; readonly rule: Shown };
  period: NoArgs;
  rates: NoArgs;
  perThousand: NoArgs;
  rateRatio: NoArgs;
  population: NoArgs;
  // messages and validate: severities, places and the summary
  'severity.error': NoArgs;
  'severity.warning': NoArgs;
  'severity.note': NoArgs;
  'place.line': NoArgs;
  'place.column': NoArgs;
  'place.key': NoArgs;
  'place.commandLine': NoArgs;
  'validate.rows': { readonly count: Shown };
  'validate.row': NoArgs;
  'validate.errors': { readonly count: Shown };
  'validate.oneError': NoArgs;
  'validate.warnings': { readonly count: Shown };
  'validate.oneWarning': NoArgs;
  'validate.failed': NoArgs;
  'validate.failedStrict': NoArgs;
  'validate.clean': NoArgs;
  'validate.passed': NoArgs;
  // what the counts could have shown, and other/unknown sex
  'detectable.cell': { readonly pp: Shown };
  'detectable.sentence': { readonly where: Shown; readonly pp: Shown };
  'detectable.groups': { readonly count: Shown; readonly low: Shown; readonly high: Shown };
  'detectable.step': { readonly step: Shown; readonly pp: Shown };
  'pub.method.detectable': { readonly minDiffPp: Shown };
  'pub.html.noneFound': NoArgs;
  'pub.html.noneFoundDetectable': { readonly steps: Shown };
  otherN: NoArgs;
  detectableHead: NoArgs;
  // verdicts that need evidence (issue 12)
  'verdict.inconclusive': { readonly criteria: Shown };
  'sentence.inconclusive': { readonly where: Shown; readonly counts: Shown; readonly details: Shown };
  'sentence.inconclusiveDetails': { readonly criteria: Shown; readonly names: Shown };
  'sentence.inconclusiveInterval': { readonly criterion: Shown; readonly variables: Shown; readonly low: Shown; readonly high: Shown };
  or: NoArgs;
  'sentence.singleStratum': { readonly criterion: Shown; readonly variables: Shown };
  'sentence.heterogeneousExplained': { readonly criterion: Shown; readonly variables: Shown; readonly q: Shown; readonly range: Shown };
  'sentence.heterogeneousPersists': { readonly criterion: Shown; readonly variables: Shown; readonly q: Shown; readonly range: Shown };
  'sentence.heterogeneousUnclear': { readonly criterion: Shown; readonly variables: Shown; readonly q: Shown; readonly range: Shown };
  'sentence.strataRange': { readonly highest: Shown; readonly highestDiff: Shown; readonly lowest: Shown; readonly lowestDiff: Shown };
  'pub.answer.inconclusive': { readonly variables: Shown; readonly low: Shown; readonly high: Shown };
  'pub.answer.singleStratum': { readonly variables: Shown };
  'pub.answer.measureUnclear': { readonly variables: Shown };
  'pub.measureEvidence': { readonly z: Shown; readonly q: Shown; readonly strata: Shown };
  'pub.answer.heterogeneous': { readonly q: Shown; readonly range: Shown };
  'pub.method.verdicts': { readonly alpha: Shown; readonly minDiffPp: Shown };
  'pub.html.inconclusive': NoArgs;
  'verdict.explainedOnAverage': { readonly criteria: Shown };
  'notices.title': NoArgs;
  'warning.excluded-rows': NoArgs;
  'warning.outcome-constant': NoArgs;
  'warning.hidden-in-source': NoArgs;
  'warning.partly-hidden': NoArgs;
  'csv.notForPublication': NoArgs;
}

export type LabelKey = keyof LabelArgs;

export const LABEL_TEXTS = {
  sv: {
    ...SUMMARY_TEXTS.sv,
    ...DISTRIBUTION_TEXTS.sv,
    wroteFile: (a) => `Skrev ${a.file}.`,
    usingDefaultConfig: (a) => `Använder konfigurationen ${a.file} (ingen --config angavs).`,
    overall: () => 'Totalt',
    blankGroup: () => '(tomt)',
    group: () => 'Grupp',
    n: () => 'n',
    share: () => 'andel',
    difference: () => 'Skillnad (p.e.)',
    ci95: () => '95 % KI',
    yesOf: () => 'av',
    percentText: ({ value }) => `${value} %`,
    yesOfNHead: () => 'ja av n (andel)',
    narrowTable: ({ columns }) => `Smal terminal: ${several(columns) ? 'kolumnerna' : 'kolumnen'} ${columns} visas inte; --wide visar alla.`,
    ci95Low: () => '95 % KI, nedre',
    ci95High: () => '95 % KI, övre',
    ci95LowOf: (a) => `${a.estimate}, 95 % KI, nedre`,
    ci95HighOf: (a) => `${a.estimate}, 95 % KI, övre`,
    'csv.otherYes': () => 'Annat/okänt kön ja',
    'csv.statistic': () => 'Teststorhet',
    'csv.df': () => 'Frihetsgrader',
    'csv.reason': () => 'Orsak till att test saknas',
    'csv.warnings': () => 'Varningar',
    'csv.allCategoriesP': () => 'p, alla könskategorier',
    'csv.explainedBy': () => 'Förklarad av',
    'csv.insufficientFor': () => 'Kan ej bedömas för',
    'csv.inconclusiveFor': () => 'Osäker för',
    'csv.adjusted': (a) => `Justerat för ${a.criterion}: ${a.figure}`,
    'csv.adjustedDiff': () => 'skillnad (p.e.)',
    'csv.change': (a) => `Förändring över tid: ${a.figure}`,
    'csv.suppressed': () => 'Värden dolda',
    'csv.publication': () => 'Publicering',
    // Excel's header and footer codes: &P the page, &N the pages.
    'xlsx.page': () => 'Sida &P av &N',
    test: () => 'Test',
    p: () => 'p',
    q: () => 'q',
    flag: () => 'Flagga',
    flagged: () => 'FLAGGA',
    step: () => 'Steg',
    chi2: () => 'chi²',
    fisher: () => 'Fisher',
    noTest: () => '–',
    rowsInStep: () => 'Rader i steget',
    accountingHidden: () => '.. = dolt för att skydda enskilda (röjandeskydd)',
    used: () => 'använda',
    cases: () => 'ärenden',
    excluded: () => 'uteslutna',
    notSelected: () => 'ej i steget',
    inputRows: () => 'Rader lästa',
    inputExcluded: () => 'uteslutna före analys',
    file: () => 'Fil',
    encoding: () => 'teckenkodning',
    delimiter: () => 'avgränsare',
    titleLines: () => 'titelrader',
    sheet: () => 'blad',
    sheets: () => 'blad i arbetsboken',
    correction: () => 'korrektion',
    settingsLine: (a) => `Flagga när q < ${a.alpha}, |skillnad| ≥ ${a.minDiffPp} p.e. och minst ${a.minN} i varje grupp. Korrektion: ${a.correction} över ${a.familySize} test.`,
    flagNote: () => 'En flagga markerar en skillnad att granska, inte ett bevis för olikabehandling.',
    'reason.no-cases': () => 'inga ärenden',
    'reason.empty-margin': () => 'tom rad eller kolumn',
    'reason.too-few-strata': () => 'för få strata',
    'reason.too-few-rows': () => 'för få grupper med ärenden',
    'reason.undefined-common-odds-ratio': () => 'gemensam oddskvot saknas',
    'reason.constant-values': () => 'alla värden lika',
    'reason.too-complex': () => 'för stor tabell för ett exakt test',
    'reason.singular-covariance': () => 'kategorierna möts inte i något gemensamt stratum',
    'warning.haldane-correction': () => '0,5 lagt till varje cell (en cell var noll)',
    'warning.p-underflow': () => 'p mindre än det minsta talet som kan visas',
    'warning.strata-dropped': () => 'strata utan information uteslutna',
    'warning.small-expected': () => 'litet förväntat antal',
    'warning.rows-dropped': () => 'grupper utan ärenden uteslutna',
    'exclusion.ragged-row': () => 'fel antal fält',
    'exclusion.total-row': () => 'summarad (Totalt)',
    'exclusion.hidden-in-source': () => 'dold i källan (..)',
    'exclusion.not-applicable': () => 'kan inte förekomma (.)',
    'exclusion.invalid-count': () => 'ogiltigt antal',
    'exclusion.missing-sex': () => 'kön saknas',
    'exclusion.invalid-personnummer': () => 'ogiltigt personnummer',
    'exclusion.missing-outcome': () => 'utfall saknas',
    'exclusion.unlisted-category': () => 'kategorin finns inte i listan',
    'exclusion.invalid-measure': () => 'inget tal',
    'exclusion.invalid-date': () => 'datum kan inte läsas',
    'exclusion.missing-id': () => 'person-id saknas',
    'sex.female.children': () => 'Flickor',
    'sex.male.children': () => 'Pojkar',
    'sex.female.adults': () => 'Kvinnor',
    'sex.male.adults': () => 'Män',
    'sex.female.neutral': () => 'Kvinnor/flickor',
    'sex.male.neutral': () => 'Män/pojkar',
    other: () => 'Annat/okänt',
    // inspect
    rows: () => 'Rader',
    column: () => 'Kolumn',
    distinct: () => 'Olika värden',
    empty: () => 'Tomma',
    role: () => 'Roll',
    top: () => 'Vanligaste värden',
    'role.sex': () => 'kön',
    'role.personnummer': () => 'personnummer',
    'role.date': () => 'datum',
    'role.number': () => 'tal',
    'role.category': () => 'kategori',
    'role.id': () => 'id',
    'role.empty': () => 'tom',
    'role.sensitive': () => 'känslig (personnummer)',
    personnummerValid: (a) => `${a.valid} giltiga, ${a.invalid} ogiltiga personnummer (värdena visas aldrig)`,
    header: () => 'Rubrikrad',
    raggedRows: () => 'Rader med annat antal fält än rubrikraden',
    notes: () => 'Noter under tabellen (inte rader)',
    'inspect.fillDown': (a) =>
      `Tomma celler som ser ut att fortsätta värdet ovanför (sammanslagna celler från Excel) i ${a.columns}. Lägg till i konfigurationen: ${a.line}`,
    standardInput: () => 'standardinmatning',
    // publishing: disclosure control, md, xlsx, html
    'pub.suppressionNote': (a) => `Antal från 1 till ${a.max} visas som .. för att skydda enskilda, liksom värden som annars skulle gå att räkna fram ur dem (röjandeskydd).`,
    'pub.notForPublication': () => 'INTE FÖR PUBLICERING: små antal visas (--no-suppress).',
    'pub.yes': () => 'ja',
    'pub.riskRatio': () => 'Riskkvot',
    'pub.oddsRatio': () => 'Oddskvot',
    'pub.shortfall': (a) => `Fler ja för ${a.sex} vid den andra gruppens andel`,
    'pub.settings': () => 'Inställningar',
    'pub.accounting': () => 'Radredovisning',
    'pub.method': () => 'Metod',
    'pub.notes': () => 'Noter',
    'pub.inputFiles': () => 'Infiler',
    'pub.about': () => 'Om analysen',
    'pub.generator': () => 'Framtagen med',
    'pub.variable': () => 'Variabel',
    'pub.setting.alpha': () => 'Signifikansnivå (alfa)',
    'pub.setting.minDiffPp': () => 'Minsta skillnad att flagga (p.e.)',
    'pub.setting.minN': () => 'Minsta antal per kön att flagga',
    'pub.setting.correction': () => 'Korrektion för många jämförelser',
    'pub.setting.familySize': () => 'Antal test i korrektionen',
    'pub.setting.yates': () => 'Yates kontinuitetskorrektion',
    'pub.setting.unit': () => 'Räknat',
    'pub.setting.by': () => 'Jämförs inom',
    'pub.setting.suppressBelow': () => 'Röjandeskydd: dolda antal',
    'pub.setting.suppressOff': () => 'av (inte för publicering)',
    'pub.setting.suppressRange': (a) => `1–${a.max}`,
    'pub.noWord': () => 'nej',
    'pub.unit.case': () => 'ärenden',
    'pub.unit.person': () => 'personer',
    'pub.method.difference': (a) => `För varje steg och grupp jämförs andelen ”ja” bland ${a.female} och ${a.male}. Skillnaden anges i procentenheter med ett 95 % konfidensintervall (Newcombe).`,
    'pub.method.test': (a) => `Skillnaden prövas med chi²-test (med Yates korrektion), eller Fishers exakta test när en grupp är liten. Eftersom många jämförelser görs samtidigt justeras p-värdena (${a.correction}) till q.`,
    'pub.method.flag': (a) => `En skillnad flaggas när q < ${a.alpha}, skillnaden är minst ${a.minDiffPp} procentenheter och varje kön har minst ${a.minN} ärenden.`,
    'pub.method.criteria': () => 'En flaggad skillnad prövas mot kriterierna behov, annat stöd, samtycke och delaktighet: jämförelsen görs inom grupper som är lika i kriteriets variabler (Cochran–Mantel–Haenszel). Försvinner skillnaden där, förklaras den av kriteriet; annars är den en möjlig omotiverad skillnad.',
    'pub.method.shortfall': () => 'Skillnaden i antal anger hur många fler (eller färre) som skulle ha fått ”ja” om gruppen haft den andra gruppens andel.',
    'pub.html.title': (a) => `Könsuppdelad statistik: ${a.steps}`,
    'pub.html.lead': () => 'Tänk alltid kön, men aldrig bara kön. En flagga markerar en skillnad att granska, inte ett bevis för olikabehandling.',
    'pub.html.contents': () => 'Innehåll',
    'pub.html.see': () => '1. Vad ser vi?',
    'pub.html.seeIntro': (a) => `Diagrammen visar för varje grupp andelen ”ja” bland ${a.female} och bland ${a.male} (till vänster, en punkt per kön) och skillnaden mellan dem (till höger), med 95 % konfidensintervall. Till höger om noll har ${a.female} den högre andelen. Flaggade grupper är markerade.`,
    'pub.html.reflect': () => '2. Vi reflekterar',
    'pub.html.reflectIntro': () => 'För varje flaggad skillnad: förklaras den av behov, av att behovet tillgodoses på annat sätt, av samtycke eller av delaktighet? Svaren bygger på jämförelser inom grupper som är lika i kriteriets variabler.',
    'pub.html.reflectNone': () => 'Ingen skillnad är flaggad, så det finns inget att pröva mot kriterierna.',
    'pub.html.conclude': () => '3. Kan vi dra slutsatser?',
    'pub.html.concludeIntro': () => 'Sammanställning av de flaggade skillnaderna. En möjlig omotiverad skillnad behöver granskas vidare: i akter, med handläggare och med dem det gäller.',
    'pub.html.candidates': () => 'Möjliga omotiverade skillnader',
    'pub.html.explained': () => 'Förklarade skillnader',
    'pub.html.insufficient': () => 'Kan inte bedömas',
    'pub.html.change': () => '4. Hur kan vi göra annorlunda?',
    'pub.html.changeIntro': () => 'Analytikerns och verksamhetens anteckningar: vad behöver göras annorlunda, vem ansvarar och när följer vi upp?',
    'pub.html.notesPlaceholder': () => 'Skriv här.',
    'pub.html.chartAlt': (a) => `Diagram: andel ”ja” bland ${a.female} och bland ${a.male}, och skillnaden (${a.female} − ${a.male}) i procentenheter, med 95 % konfidensintervall för ${a.step}, per grupp. ${a.summary}`,
    'pub.html.chartAltFlagged': (a) => `Flaggade: ${a.groups}.`,
    'pub.html.chartAltNone': () => 'Ingen grupp är flaggad.',
    'pub.html.chartHidden': (a) => `Grupper med dolda värden saknas i diagrammet: ${a.groups}.`,
    'pub.html.axis': (a) => `Skillnad ${a.female} − ${a.male} (procentenheter)`,
    'pub.html.flagLegend': () => 'Flaggad',
    'pub.html.notFlagged': () => 'Ej flaggad',
    'pub.html.footer': (a) => `Skapad av ${a.generator}.`,
    'pub.question.need': () => 'Behov: förklaras skillnaden av de behov utredningen fann (t.ex. riskbedömning)?',
    'pub.question.otherSupport': () => 'Annat stöd: tillgodoses behovet på annat sätt (nätverk, annan huvudman)?',
    'pub.question.consent': () => 'Samtycke: förklaras skillnaden av samtycke eller inställning hos den enskilde eller vårdnadshavarna?',
    'pub.question.participation': () => 'Delaktighet: förklaras skillnaden av önskan att delta, vårdnadshavarnas inställning eller hinder som kvarstod trots anpassningar (tolk)?',
    'pub.answer.explained': (a) => `Ja, troligen. Inom grupper lika i ${a.variables} är skillnaden inte säkerställd.`,
    'pub.answer.persists': (a) => `Nej. Skillnaden kvarstår inom grupper lika i ${a.variables}.`,
    'pub.answer.insufficient': (a) => `Kan inte avgöras: för få jämförbara grupper i ${a.variables}.`,
    'pub.answer.hidden': () => 'Underlaget visas inte (små antal).',
    'pub.answer.notAsked': () => 'Inte prövat: kriteriet har inga variabler för det här steget (explain: i konfigurationen, eller under steget, som då gäller i stället).',
    'pub.answer.consentNote': () => 'En skillnad som förklaras av samtycke är laglig men kan ändå vara värd att uppmärksamma.',
    'pub.evidence': (a) => `CMH q ${a.q}; oddskvot ${a.oddsRatio} (95 % KI ${a.oddsLow}–${a.oddsHigh}); riskskillnad ${a.riskDiff} p.e. (95 % KI ${a.riskLow} till ${a.riskHigh}); homogenitet p ${a.homogeneity}; ${a.strata} strata.`,
    // init: the comments of a starter configuration
    'init.header': (a) => `Startkonfiguration för ${a.file}, skapad av jamstat init. Läs igenom varje nyckel och ändra det som inte stämmer.`,
    'init.run': (a) => `Kör: jamstat analyze ${a.file} --config ${a.config}`,
    'init.sex': (a) => `Var könet står: kolumnen ${a.column}. Flicka/Pojke, Kvinna/Man, K/M med flera känns igen utan values.`,
    'init.sexNumeric': (a) => `Kolumnen ${a.column} har sifferkoder. SCB:s kod är 1 = man, 2 = kvinna; kontrollera att det stämmer för ert uttag.`,
    'init.personnummer': (a) => `Könet läses ur personnumret i kolumnen ${a.column} (näst sista siffran: udda = man, jämn = kvinna). Personnummer skrivs aldrig ut.`,
    'init.count': (a) => `Uttaget är aggregerat: varje rad står för så många ärenden som kolumnen ${a.column} anger.`,
    'init.fill': () => 'Tomma celler i dessa kolumner fortsätter värdet ovanför (sammanslagna celler från Excel).',
    'init.by': () => 'Jämför könen även inom varje grupp av dessa variabler, var för sig. Varje steg får också en rad för alla.',
    'init.moreBy': (a) => `Fler kolumner att jämföra inom: ${a.columns}.`,
    'init.intersection': () => 'En korsning av två variabler skrivs med *, till exempel:',
    'init.steps': () => 'Handläggningskedjan: varje steg är andelen "ja" (outcome) bland de ärenden steget tar (among). Ordna stegen och ändra among så att varje steg tar dem som nådde steget före.',
    'init.step': (a) => `Andel där ${a.column} är ${a.value}.`,
    'init.stepFilled': (a) => `Andel där ${a.column} är ${a.value}, bland ärenden där kolumnen är ifylld.`,
    'init.explain': () => 'Kriterier som kan förklara en skillnad: jämförelsen görs då inom grupper som är lika i kolumnerna. need = behov, otherSupport = annat stöd, consent = samtycke, participation = delaktighet. Ta bort # för att använda dem (här för alla steg, eller under ett steg).',
    'init.period': () => 'Datumkolumn: ta bort # för att också jämföra per period (per: month, quarter eller year).',
    'init.age': () => 'Ålder kan delas in i åldersgrupper, som sedan kan användas i by:',
    'init.thresholds': () => 'Flagga när q < alpha, skillnaden är minst minDiffPp procentenheter och varje kön har minst minN ärenden. correction: korrektion för många jämförelser (bh = Benjamini–Hochberg).',
    'init.suppress': () => 'Röjandeskydd: antal från 1 till below − 1 visas som "..", liksom värden som skulle avslöja dem. Socialstyrelsen använder 10.',
    'init.lang': () => 'Språk i utdata: sv eller en.',
    'init.written': (a) => `Skrev ${a.config}. Kör: jamstat analyze ${a.file} --config ${a.config}`,
    'init.writtenTodo': (a) => `Skrev ${a.config}, men ${a.count} ${a.count === 1 ? 'sak saknas' : 'saker saknas'}: fyll i det som står efter ATT GÖRA: i filen. Kör sedan: jamstat analyze ${a.file} --config ${a.config}`,
    'init.sexValues': (a) => `Kolumnen ${a.column} har koder som values säger vilket kön de står för.`,
    'init.sexTotals': (a) => `Värdet ${a.totals} är en summa av könen, inte ett kön: det står inte i values och räknas inte som ett kön.`,
    'init.otherValue': (a) => `Det andra värdet är ${a.value}.`,
    'init.todoSteps': () => `ATT GÖRA: ingen kolumn har ett utfall i två värden (som Ja/Nej, Beviljad/Avslag, Bifall/Avslag eller Admitted/Rejected). Skriv stegen själv under nyckeln steps, med en kolumn och det värde som räknas som ja (se README).`,
    'init.todoRates': (a) => `ATT GÖRA: ${several(a.columns) ? 'kolumnerna' : 'kolumnen'} ${a.columns} har decimaltal (andelar, medelvärden eller tal per 100 000?). jamstat jämför antal, inte kvoter: hämta tabellen med antal i stället och ange kolumnen med antalet under nyckeln count.`,
    'init.todoCount': (a) => `ATT GÖRA: är tabellen aggregerad? Om ${several(a.columns) ? 'en av kolumnerna' : 'kolumnen'} ${a.columns} är antalet ärenden eller personer på raden, ange den under nyckeln count.`,
    'init.sexColumns': (a) => `Tabellen har en kolumn per kön (${a.columns}): varje rad räknas med antalet i varje könskolumn.`,
    'init.sexColumnsTotal': (a) => `Kolumnen ${a.total} är summan av könen: den räknas inte som ett kön utan jämförs med summan av könskolumnerna.`,
    'init.sexWords': (a) => `Tabellen har en kolumn per kön och mått. Nycklarna under columns är könsorden i kolumnnamnen (${a.columns}); stegens of och yes är måtten.`,
    'init.funnelSteps': () => 'Tratten: varje steg är andelen i kolumnen yes bland dem i kolumnen of. Antalen ligger inuti varandra på varje rad (yes är högst of), och nästa stegs of är förra stegets yes.',
    'init.funnelStep': (a) => `Andelen ${a.yes} bland ${a.of}.`,
    'init.stepTotals': (a) => `${a.totals} i ${a.column} är en summa, inte ett utfall: steget tar bara rader med ett av de två värdena.`,
    'init.totalsSeen': (a) => `Summor i tabellen (${a.totals}) räknas inte som kön eller grupper: raderna utesluts som summarader och jämförs med summan av delarna. Vilka etiketter som är summor anges i totals.labels (standard: Totalt, Summa, Samtliga, Båda könen, Hela staden, Riket med flera).`,
    'init.totalsExtra': (a) => `${a.labels} finns inte bland standardetiketterna för summor och läggs därför till i totals.labels.`,
    'init.todoRatesWide': (a) => `ATT GÖRA: ${several(a.columns) ? 'kolumnerna' : 'kolumnen'} ${a.columns} har decimaltal (andelar, medelvärden eller tal per 100 000?). jamstat jämför antal, inte kvoter: hämta samma tabell med antal per kön i stället; sex.columns ovan läser den då.`,
    'init.moreMeasures': (a) => `Fler mått har en kolumn per kön: ${a.measures}. Byt kolumnnamnen under columns för att jämföra ett av dem i stället.`,
    'init.categoriesStep': (a) => `Hur ärendena fördelar sig på värdena i ${a.column} (${a.count} värden), flickor mot pojkar: ett test för hela fördelningen och ett för varje värde (andelen med värdet).`,
    'init.categoriesOrdered': (a) => `Värdena är en skala (${a.values}): ordered anger ordningen och ger också ett trendtest.`,
    'init.categoriesMaybe': (a) => `Även fördelningen på värdena i ${a.column} (${a.count} värden) kan jämföras mellan könen: ta bort # för att använda steget.`,
    'init.measureStep': (a) => `Talen i ${a.column} jämförs mellan könen: median och kvartiler, medelvärde och Wilcoxons rangsummetest, bland ärenden där kolumnen är ifylld. Med minShift flaggas bara en förskjutning av minst så många enheter.`,
    'init.measureMaybe': (a) => `Om talen i ${a.column} är ett mått per ärende (inte ett antal, en kod eller ett år) kan de jämföras mellan könen: ta bort # för att använda steget.`,
    'init.moreStepsTodo': () => 'Steg som jämför fördelningar och tal kan också skrivas under steps, till exempel:',
    'init.markersSeen': (a) => `Antalen har tecken från källan: ${a.markers}. Standardtecknen läser dem: .., ... och x är dolt i källan (raden räknas inte, och resultatet säger det), -, – och — är noll, . är ej tillämpligt. Andra tecken anges i markers.hidden, markers.zero och markers.notApplicable.`,
    'verdict.none': () => '',
    'verdict.candidate': () => 'kandidat',
    'verdict.explained': (a) => `förklaras av ${a.criteria}`,
    'verdict.insufficient': (a) => `kan ej bedömas (${a.criteria})`,
    'criterion.need': () => 'behov',
    'criterion.otherSupport': () => 'annat stöd',
    'criterion.consent': () => 'samtycke',
    'criterion.participation': () => 'delaktighet',
    verdict: () => 'Bedömning',
    and: () => 'och',
    'sentence.counts': (a) => `${a.female} ${a.femaleShare} % (n = ${a.femaleN}) och ${a.male} ${a.maleShare} % (n = ${a.maleN}), skillnad ${a.diff} procentenheter (95 % KI ${a.low} till ${a.high})`,
    'sentence.candidate': (a) => `Kandidat – ${a.where}: ${a.counts}${a.shortfall}${a.adjusted}.`,
    'sentence.adjustedPersists': (a) => `kvarstår justerat för ${a.criteria}`,
    'sentence.shortfall': (a) => `med ${a.higher} andel skulle ${a.count} fler ${a.lower} ha fått ”ja” i steget`,
    'genitive.female.children': () => 'flickornas',
    'genitive.male.children': () => 'pojkarnas',
    'genitive.female.adults': () => 'kvinnornas',
    'genitive.male.adults': () => 'männens',
    'genitive.female.neutral': () => 'kvinnornas/flickornas',
    'genitive.male.neutral': () => 'männens/pojkarnas',
    'sentence.noCriteria': () => 'Inga kriterier är angivna för steget (explain): de flaggade skillnaderna är inte prövade mot behov, annat stöd, samtycke eller delaktighet.',
    'sentence.explained': (a) => `Förklaras – ${a.where}: ${a.counts}; ingen säkerställd skillnad justerat för ${a.criteria}.${a.consentNote}`,
    'sentence.consentNote': () => ' En skillnad som förklaras av samtycke är laglig men kan ändå vara värd att uppmärksamma.',
    'sentence.insufficient': (a) => `Kan ej bedömas – ${a.where}: ${a.counts}; inga jämförbara grupper för ${a.criteria}.`,
    'sentence.change': (a) => `Förändring ${a.from} → ${a.to}, ${a.where}: skillnaden ändrades med ${a.diff} procentenheter (95 % KI ${a.low} till ${a.high}), q = ${a.q}.`,
    'sentence.noChange': (a) => `Ingen grupp har en säkerställd förändring av skillnaden mellan ${a.from} och ${a.to}.`,
    personsCounted: (a) => `Räknat: personer (${a.id}), varje person en gång per steg och grupp (regel: ${a.rule}).`,
    period: () => 'Period',
    rates: () => 'Antal per 1 000 invånare',
    perThousand: () => 'per 1 000',
    rateRatio: () => 'Kvot (95 % KI)',
    population: () => 'befolkning',
    // messages and validate: severities, places and the summary
    'severity.error': () => 'fel',
    'severity.warning': () => 'varning',
    'severity.note': () => 'notering',
    'place.line': () => 'rad',
    'place.column': () => 'kolumn',
    'place.key': () => 'nyckel',
    'place.commandLine': () => 'kommandoraden',
    'validate.rows': (a) => `${a.count} rader`,
    'validate.row': () => '1 rad',
    'validate.errors': (a) => `${a.count} fel`,
    'validate.oneError': () => '1 fel',
    'validate.warnings': (a) => `${a.count} varningar`,
    'validate.oneWarning': () => '1 varning',
    'validate.failed': () => 'Rätta felen innan filerna analyseras.',
    'validate.failedStrict': () => 'Med --strict räknas varningar som fel.',
    'validate.clean': () => 'Inga problem: filerna kan analyseras.',
    'validate.passed': () => 'Filerna kan analyseras; se över varningarna.',
    'detectable.cell': (a) => `syns först > ${a.pp} p.e.`,
    'detectable.sentence': (a) => `${a.where}: ingen flaggad skillnad, men med dessa antal syns bara skillnader större än ${a.pp} p.e.`,
    'detectable.groups': (a) => `${a.count} grupper utan flagga: med dessa antal syns bara skillnader större än ${a.low} till ${a.high} p.e. (se kolumnen Bedömning).`,
    'detectable.step': (a) => `${a.step}: större än ${a.pp} p.e.`,
    'pub.method.detectable': (a) => `Där ingen skillnad flaggas anges hur stor skillnad antalen hade kunnat visa: den minsta skillnad som testet hittar med 80 % sannolikhet (styrka) vid dessa antal och signifikansnivån α, beräknad med normalapproximation och den sammanvägda andelen för båda könen. När den är större än ${a.minDiffPp} p.e. betyder en saknad flagga inte att det saknas skillnad, bara att antalen är för små för att visa den.`,
    'pub.html.noneFound': () => 'Inga hittades.',
    'pub.html.noneFoundDetectable': (a) => `Inga hittades. Med dessa antal hade bara större skillnader kunnat synas (${a.steps}); mindre skillnader kan finnas utan att synas här.`,
    otherN: () => 'Annat/okänt kön n',
    detectableHead: () => 'Minsta synliga skillnad (p.e.)',
    // verdicts that need evidence (issue 12)
    'verdict.inconclusive': (a) => `oklart (${a.criteria})`,
    'sentence.inconclusive': (a) => `Oklart – ${a.where}: ${a.counts}; ${a.details}.`,
    'sentence.inconclusiveDetails': (a) =>
      `justerat för ${a.criteria} är skillnaden inte säkerställd, men intervallet för den justerade skillnaden är brett och rymmer fortfarande den ojusterade skillnaden: underlaget räcker inte för att avgöra om ${a.names} förklarar den`,
    'sentence.inconclusiveInterval': (a) => `${a.criterion} (${a.variables}; 95 % KI ${a.low} till ${a.high} p.e.)`,
    or: () => 'eller',
    'sentence.singleStratum': (a) => `${a.criterion} (${a.variables}) kan inte prövas inom gruppen: alla dess ärenden har samma ${a.variables}`,
    'sentence.heterogeneousExplained': (a) =>
      ` Justerat för ${a.criterion} (${a.variables}) förklaras skillnaden i genomsnitt, men den skiljer sig mellan grupperna (Breslow–Day–Tarone q = ${a.q})${a.range}.`,
    'sentence.heterogeneousPersists': (a) =>
      ` Justerat för ${a.criterion} (${a.variables}) kvarstår skillnaden i genomsnitt, men den skiljer sig mellan grupperna (Breslow–Day–Tarone q = ${a.q})${a.range}.`,
    'sentence.heterogeneousUnclear': (a) => ` Skillnaden skiljer sig mellan grupperna i ${a.variables} (Breslow–Day–Tarone q = ${a.q})${a.range}.`,
    'sentence.strataRange': (a) => `: störst i ${a.highest} (${a.highestDiff} p.e.), lägst i ${a.lowest} (${a.lowestDiff} p.e.)`,
    'pub.answer.inconclusive': (a) =>
      `Oklart. Inom grupper lika i ${a.variables} är skillnaden inte säkerställd när hänsyn tas till de många jämförelserna (q), men intervallet (${a.low} till ${a.high} p.e.) är brett och rymmer den ojusterade skillnaden.`,
    'pub.answer.singleStratum': (a) => `Kan inte prövas inom gruppen: alla dess ärenden har samma ${a.variables}.`,
    'pub.answer.measureUnclear': (a) =>
      `Oklart. Inom grupper lika i ${a.variables} är skillnaden inte säkerställd. Det kan bero på att ${a.variables} förklarar skillnaden, men också på att grupperna är för små för att visa den; testet kan inte skilja på de två.`,
    'pub.measureEvidence': (a) => `van Elterens test: z = ${a.z}, q ${a.q}; ${a.strata} strata.`,
    'pub.answer.heterogeneous': (a) => ` Skillnaden skiljer sig mellan grupperna (Breslow–Day–Tarone q = ${a.q})${a.range}.`,
    'pub.method.verdicts': (a) =>
      `En flaggad skillnad förklaras av ett kriterium när skillnaden justerad för kriteriet inte är säkerställd (q ≥ ${a.alpha}, justerat över alla stratifierade test) och den justerade skillnadens 95 % konfidensintervall (Mantel–Haenszel) antingen ligger inom ±${a.minDiffPp} procentenheter eller helt ligger på nollans sida om den ojusterade skillnaden (justerat är skillnaden mindre). Är den justerade skillnaden inte säkerställd men intervallet brett och rymmer den ojusterade skillnaden, är bedömningen oklar: underlaget räcker inte för att avgöra om kriteriet förklarar skillnaden. Bedömningarna vägs samman i denna ordning: förklaras om något kriterium förklarar skillnaden, annars oklart om något kriterium ger ett oklart svar, annars kan ej bedömas om något kriterium saknar jämförbara grupper, annars kandidat (skillnaden kvarstår under varje kriterium som kan prövas). Ett kriterium kan inte prövas inom en grupp vars alla ärenden har samma värde i kriteriets variabler; det räknas då inte. Skiljer sig skillnaden mellan kriteriets grupper (Breslow–Day–Tarone, q < ${a.alpha}, justerat för sig) sägs det, med de grupper där skillnaden är störst och lägst.`,
    'pub.html.inconclusive': () => 'Oklart om kriterierna förklarar skillnaden',
    'verdict.explainedOnAverage': (a) => `förklaras av ${a.criteria} i genomsnitt; grupperna skiljer sig`,
    'notices.title': () => 'Observera',
    'warning.excluded-rows': () => 'för många uteslutna rader: inga flaggor',
    'warning.outcome-constant': () => 'utfallet är detsamma på varje rad: inga flaggor',
    'warning.hidden-in-source': () => 'vilar på celler som är dolda i källan: ingen flagga',
    'warning.partly-hidden': () => 'vilar delvis på celler som är dolda i källan: mindre säkert',
    'csv.notForPublication': () => 'ej för publicering',
  },
  en: {
    ...SUMMARY_TEXTS.en,
    ...DISTRIBUTION_TEXTS.en,
    wroteFile: (a) => `Wrote ${a.file}.`,
    usingDefaultConfig: (a) => `Using the configuration ${a.file} (no --config given).`,
    overall: () => 'Overall',
    blankGroup: () => '(blank)',
    group: () => 'Group',
    n: () => 'n',
    share: () => 'share',
    difference: () => 'Difference (pp)',
    ci95: () => '95% CI',
    yesOf: () => 'of',
    percentText: ({ value }) => `${value}%`,
    yesOfNHead: () => 'yes of n (share)',
    narrowTable: ({ columns }) => `Narrow terminal: ${several(columns) ? 'columns' : 'column'} ${columns} not shown; --wide shows all.`,
    ci95Low: () => '95% CI, lower',
    ci95High: () => '95% CI, upper',
    ci95LowOf: (a) => `${a.estimate}, 95% CI, lower`,
    ci95HighOf: (a) => `${a.estimate}, 95% CI, upper`,
    'csv.otherYes': () => 'Other/unknown sex yes',
    'csv.statistic': () => 'Test statistic',
    'csv.df': () => 'Degrees of freedom',
    'csv.reason': () => 'Reason for no test',
    'csv.warnings': () => 'Warnings',
    'csv.allCategoriesP': () => 'p, all sex categories',
    'csv.explainedBy': () => 'Explained by',
    'csv.insufficientFor': () => 'Cannot be judged for',
    'csv.inconclusiveFor': () => 'Inconclusive for',
    'csv.adjusted': (a) => `Adjusted for ${a.criterion}: ${a.figure}`,
    'csv.adjustedDiff': () => 'difference (pp)',
    'csv.change': (a) => `Change over time: ${a.figure}`,
    'csv.suppressed': () => 'Values hidden',
    'csv.publication': () => 'Publication',
    'xlsx.page': () => 'Page &P of &N',
    test: () => 'Test',
    p: () => 'p',
    q: () => 'q',
    flag: () => 'Flag',
    flagged: () => 'FLAG',
    step: () => 'Step',
    chi2: () => 'chi²',
    fisher: () => 'Fisher',
    noTest: () => '–',
    rowsInStep: () => 'Rows in step',
    accountingHidden: () => '.. = hidden to protect individuals (disclosure control)',
    used: () => 'used',
    cases: () => 'cases',
    excluded: () => 'excluded',
    notSelected: () => 'not in step',
    inputRows: () => 'Rows read',
    inputExcluded: () => 'excluded before analysis',
    file: () => 'File',
    encoding: () => 'encoding',
    delimiter: () => 'delimiter',
    titleLines: () => 'title lines',
    sheet: () => 'sheet',
    sheets: () => 'sheets in the workbook',
    correction: () => 'correction',
    settingsLine: (a) => `Flagged when q < ${a.alpha}, |difference| ≥ ${a.minDiffPp} pp and at least ${a.minN} in each group. Correction: ${a.correction} over ${a.familySize} tests.`,
    flagNote: () => 'A flag marks a difference to look into, not proof of unequal treatment.',
    'reason.no-cases': () => 'no cases',
    'reason.empty-margin': () => 'empty row or column',
    'reason.too-few-strata': () => 'too few strata',
    'reason.too-few-rows': () => 'too few groups with cases',
    'reason.undefined-common-odds-ratio': () => 'no common odds ratio',
    'reason.constant-values': () => 'all values equal',
    'reason.too-complex': () => 'table too large for an exact test',
    'reason.singular-covariance': () => 'the categories do not meet in a common stratum',
    'warning.haldane-correction': () => '0.5 added to every cell (a cell was zero)',
    'warning.p-underflow': () => 'p below the smallest number that can be shown',
    'warning.strata-dropped': () => 'strata without information left out',
    'warning.small-expected': () => 'small expected count',
    'warning.rows-dropped': () => 'groups without cases left out',
    'exclusion.ragged-row': () => 'wrong number of fields',
    'exclusion.total-row': () => 'summary row (Total)',
    'exclusion.hidden-in-source': () => 'hidden in the source (..)',
    'exclusion.not-applicable': () => 'cannot occur (.)',
    'exclusion.invalid-count': () => 'invalid count',
    'exclusion.missing-sex': () => 'sex missing',
    'exclusion.invalid-personnummer': () => 'invalid personnummer',
    'exclusion.missing-outcome': () => 'outcome missing',
    'exclusion.unlisted-category': () => 'category not listed',
    'exclusion.invalid-measure': () => 'not a number',
    'exclusion.invalid-date': () => 'unreadable date',
    'exclusion.missing-id': () => 'person id missing',
    'sex.female.children': () => 'Girls',
    'sex.male.children': () => 'Boys',
    'sex.female.adults': () => 'Women',
    'sex.male.adults': () => 'Men',
    'sex.female.neutral': () => 'Female',
    'sex.male.neutral': () => 'Male',
    other: () => 'Other/unknown',
    rows: () => 'Rows',
    column: () => 'Column',
    distinct: () => 'Distinct',
    empty: () => 'Empty',
    role: () => 'Role',
    top: () => 'Most common values',
    'role.sex': () => 'sex',
    'role.personnummer': () => 'personnummer',
    'role.date': () => 'date',
    'role.number': () => 'number',
    'role.category': () => 'category',
    'role.id': () => 'id',
    'role.empty': () => 'empty',
    'role.sensitive': () => 'sensitive (personnummer)',
    personnummerValid: (a) => `${a.valid} valid, ${a.invalid} invalid personnummer (values are never shown)`,
    header: () => 'Header',
    raggedRows: () => 'Rows with another number of fields than the header',
    notes: () => 'Notes below the table (not rows)',
    'inspect.fillDown': (a) =>
      `Blank cells that seem to continue the value above (merged cells exported from Excel) in ${a.columns}. Add to the configuration: ${a.line}`,
    standardInput: () => 'standard input',
    'pub.suppressionNote': (a) => `Counts from 1 to ${a.max} are shown as .. to protect individuals, as are figures from which they could be computed (disclosure control).`,
    'pub.notForPublication': () => 'NOT FOR PUBLICATION: small counts are shown (--no-suppress).',
    'pub.yes': () => 'yes',
    'pub.riskRatio': () => 'Risk ratio',
    'pub.oddsRatio': () => 'Odds ratio',
    'pub.shortfall': (a) => `More yes for ${a.sex} at the other group's share`,
    'pub.settings': () => 'Settings',
    'pub.accounting': () => 'Row accounting',
    'pub.method': () => 'Method',
    'pub.notes': () => 'Notes',
    'pub.inputFiles': () => 'Input files',
    'pub.about': () => 'About',
    'pub.generator': () => 'Made with',
    'pub.variable': () => 'Variable',
    'pub.setting.alpha': () => 'Significance level (alpha)',
    'pub.setting.minDiffPp': () => 'Smallest difference to flag (pp)',
    'pub.setting.minN': () => 'Smallest number per sex to flag',
    'pub.setting.correction': () => 'Multiple-comparison correction',
    'pub.setting.familySize': () => 'Tests in the correction',
    'pub.setting.yates': () => "Yates' continuity correction",
    'pub.setting.unit': () => 'Counted',
    'pub.setting.by': () => 'Compared within',
    'pub.setting.suppressBelow': () => 'Disclosure control: hidden counts',
    'pub.setting.suppressOff': () => 'off (not for publication)',
    'pub.setting.suppressRange': (a) => `1–${a.max}`,
    'pub.noWord': () => 'no',
    'pub.unit.case': () => 'cases',
    'pub.unit.person': () => 'persons',
    'pub.method.difference': (a) => `For each step and group, the share of "yes" among ${a.female} and ${a.male} is compared. The difference is given in percentage points with a 95% confidence interval (Newcombe).`,
    'pub.method.test': (a) => `The difference is tested with a chi-square test (with Yates' correction), or Fisher's exact test when a group is small. As many comparisons are made at once, the p-values are adjusted (${a.correction}) into q.`,
    'pub.method.flag': (a) => `A difference is flagged when q < ${a.alpha}, the difference is at least ${a.minDiffPp} percentage points and each sex has at least ${a.minN} cases.`,
    'pub.method.criteria': () => "A flagged difference is tested against the criteria need, support from elsewhere, consent and participation: the comparison is made within groups alike in the criterion's variables (Cochran–Mantel–Haenszel). If the difference disappears there, the criterion explains it; otherwise it is a possible unwarranted difference.",
    'pub.method.shortfall': () => 'The difference in numbers says how many more (or fewer) would have had "yes" had the group had the other group\'s share.',
    'pub.html.title': (a) => `Sex-disaggregated statistics: ${a.steps}`,
    'pub.html.lead': () => 'Always think sex, but never only sex. A flag marks a difference to look into, not proof of unequal treatment.',
    'pub.html.contents': () => 'Contents',
    'pub.html.see': () => '1. What do we see?',
    'pub.html.seeIntro': (a) => `For each group the charts show the share "yes" among ${a.female} and among ${a.male} (left, a dot per sex) and the difference between them (right), with 95% confidence intervals. Right of zero, ${a.female} have the higher share. Flagged groups are marked.`,
    'pub.html.reflect': () => '2. We reflect',
    'pub.html.reflectIntro': () => "For each flagged difference: is it explained by need, by the need being met otherwise, by consent or by participation? The answers rest on comparisons within groups alike in the criterion's variables.",
    'pub.html.reflectNone': () => 'No difference is flagged, so there is nothing to test against the criteria.',
    'pub.html.conclude': () => '3. Can we draw conclusions?',
    'pub.html.concludeIntro': () => 'The flagged differences in one place. A possible unwarranted difference needs a closer look: in case files, with case workers and with the people concerned.',
    'pub.html.candidates': () => 'Possible unwarranted differences',
    'pub.html.explained': () => 'Explained differences',
    'pub.html.insufficient': () => 'Cannot be judged',
    'pub.html.change': () => '4. How can we do things differently?',
    'pub.html.changeIntro': () => 'Notes of the analyst and the service: what needs to change, who is responsible and when do we follow up?',
    'pub.html.notesPlaceholder': () => 'Write here.',
    'pub.html.chartAlt': (a) => `Chart: share "yes" among ${a.female} and among ${a.male}, and the difference (${a.female} − ${a.male}) in percentage points, with 95% confidence intervals for ${a.step}, by group. ${a.summary}`,
    'pub.html.chartAltFlagged': (a) => `Flagged: ${a.groups}.`,
    'pub.html.chartAltNone': () => 'No group is flagged.',
    'pub.html.chartHidden': (a) => `Groups with hidden values are left out of the chart: ${a.groups}.`,
    'pub.html.axis': (a) => `Difference ${a.female} − ${a.male} (percentage points)`,
    'pub.html.flagLegend': () => 'Flagged',
    'pub.html.notFlagged': () => 'Not flagged',
    'pub.html.footer': (a) => `Made by ${a.generator}.`,
    'pub.question.need': () => 'Need: is the difference explained by the needs the investigation found (e.g. risk assessment)?',
    'pub.question.otherSupport': () => 'Support from elsewhere: is the need met otherwise (network, another authority)?',
    'pub.question.consent': () => "Consent: is the difference explained by the person's or the guardians' consent or attitude?",
    'pub.question.participation': () => "Participation: is the difference explained by the wish to take part, the guardians' stance or barriers that remained despite adaptations (interpreter)?",
    'pub.answer.explained': (a) => `Yes, probably. Within groups alike in ${a.variables}, the difference is not significant.`,
    'pub.answer.persists': (a) => `No. The difference persists within groups alike in ${a.variables}.`,
    'pub.answer.insufficient': (a) => `Cannot be decided: too few comparable groups in ${a.variables}.`,
    'pub.answer.hidden': () => 'The evidence is not shown (small counts).',
    'pub.answer.notAsked': () => "Not tested: the criterion has no variables for this step (explain: in the configuration, or under the step, which then replaces it).",
    'pub.answer.consentNote': () => 'A difference explained by consent is lawful but may still deserve attention.',
    'pub.evidence': (a) => `CMH q ${a.q}; odds ratio ${a.oddsRatio} (95% CI ${a.oddsLow}–${a.oddsHigh}); risk difference ${a.riskDiff} pp (95% CI ${a.riskLow} to ${a.riskHigh}); homogeneity p ${a.homogeneity}; ${a.strata} strata.`,
    'init.header': (a) => `Starter configuration for ${a.file}, made by jamstat init. Read every key and change what does not fit.`,
    'init.run': (a) => `Run: jamstat analyze ${a.file} --config ${a.config}`,
    'init.sex': (a) => `Where sex is: the column ${a.column}. Flicka/Pojke, Kvinna/Man, K/M and more are recognised without values.`,
    'init.sexNumeric': (a) => `The column ${a.column} holds number codes. SCB's code is 1 = man, 2 = woman; check that it holds for your extract.`,
    'init.personnummer': (a) => `Sex is read from the personnummer in the column ${a.column} (second-to-last digit: odd = male, even = female). Personnummer are never printed.`,
    'init.count': (a) => `The extract is aggregated: each row stands for as many cases as the column ${a.column} says.`,
    'init.fill': () => 'Blank cells in these columns continue the value above (merged cells exported from Excel).',
    'init.by': () => 'Compare the sexes also within each group of these variables, each on its own. Every step also gets a row for all.',
    'init.moreBy': (a) => `More columns to compare within: ${a.columns}.`,
    'init.intersection': () => 'An intersection of two variables is written with *, for example:',
    'init.steps': () => 'The case-handling chain: each step is the share of "yes" (outcome) among the cases the step takes (among). Order the steps and change among so that each step takes those who reached the step before.',
    'init.step': (a) => `Share where ${a.column} is ${a.value}.`,
    'init.stepFilled': (a) => `Share where ${a.column} is ${a.value}, among cases where the column is filled in.`,
    'init.explain': () => 'Criteria that may explain a difference: the comparison is then made within groups alike in the columns. need, otherSupport (support from elsewhere), consent, participation. Remove the # to use them (here for every step, or under one step).',
    'init.period': () => 'A date column: remove the # to also compare per period (per: month, quarter or year).',
    'init.age': () => 'Age can be banded into age groups, which can then be used in by:',
    'init.thresholds': () => 'Flag when q < alpha, the difference is at least minDiffPp percentage points and each sex has at least minN cases. correction: multiple-comparison correction (bh = Benjamini–Hochberg).',
    'init.suppress': () => 'Disclosure control: counts from 1 to below − 1 are shown as "..", as are figures that would reveal them. Socialstyrelsen uses 10.',
    'init.lang': () => 'Language of the output: sv or en.',
    'init.written': (a) => `Wrote ${a.config}. Run: jamstat analyze ${a.file} --config ${a.config}`,
    'init.writtenTodo': (a) => `Wrote ${a.config}, but ${a.count} ${a.count === 1 ? 'thing is' : 'things are'} missing: fill in what follows TODO: in the file. Then run: jamstat analyze ${a.file} --config ${a.config}`,
    'init.sexValues': (a) => `The column ${a.column} holds codes; values says which sex each stands for.`,
    'init.sexTotals': (a) => `The value ${a.totals} is the sum of the sexes, not a sex: it is left out of values and not counted as a sex.`,
    'init.otherValue': (a) => `The other value is ${a.value}.`,
    'init.todoSteps': () => `TODO: no column holds an outcome in two values (such as Ja/Nej, Beviljad/Avslag, Bifall/Avslag or Admitted/Rejected). Write the steps yourself under the key steps, with a column and the value that counts as yes (see the README).`,
    'init.todoRates': (a) => `TODO: ${several(a.columns) ? 'the columns' : 'the column'} ${a.columns} ${several(a.columns) ? 'hold' : 'holds'} decimal numbers (shares, means or rates per 100,000?). jamstat compares counts, not ratios: get the table with counts instead and give the count column under the key count.`,
    'init.todoCount': (a) => `TODO: is the table aggregated? If ${several(a.columns) ? 'one of the columns' : 'the column'} ${a.columns} is the number of cases or persons on the row, give it under the key count.`,
    'init.sexColumns': (a) => `The table has one column per sex (${a.columns}): each row is counted with the number in each sex's column.`,
    'init.sexColumnsTotal': (a) => `The column ${a.total} is the sum of the sexes: it is not counted as a sex but compared with the sum of the sex columns.`,
    'init.sexWords': (a) => `The table has one column per sex and measure. The keys under columns are the sex words in the column names (${a.columns}); the steps' of and yes are the measures.`,
    'init.funnelSteps': () => "The funnel: each step is the share in the column yes among those in the column of. The counts nest in every row (yes is at most of), and the next step's of is the previous step's yes.",
    'init.funnelStep': (a) => `The share ${a.yes} among ${a.of}.`,
    'init.stepTotals': (a) => `${a.totals} in ${a.column} is a total, not an outcome: the step takes only rows with one of the two values.`,
    'init.totalsSeen': (a) => `Totals in the table (${a.totals}) are not counted as a sex or a group: their rows are excluded as total rows and compared with the sum of their parts. Which labels are totals is set in totals.labels (default: Totalt, Summa, Samtliga, Båda könen, Hela staden, Riket and more).`,
    'init.totalsExtra': (a) => `${a.labels} is not among the default total labels and is therefore added to totals.labels.`,
    'init.todoRatesWide': (a) => `TODO: ${several(a.columns) ? 'the columns' : 'the column'} ${a.columns} ${several(a.columns) ? 'hold' : 'holds'} decimal numbers (shares, means or rates per 100,000?). jamstat compares counts, not ratios: get the same table with counts per sex instead; sex.columns above then reads it.`,
    'init.moreMeasures': (a) => `More measures have a column per sex: ${a.measures}. Change the column names under columns to compare one of them instead.`,
    'init.categoriesStep': (a) => `How the cases spread over the values of ${a.column} (${a.count} values), girls against boys: one test of the whole distribution and one for each value (the share with the value).`,
    'init.categoriesOrdered': (a) => `The values are a scale (${a.values}): ordered gives their order and adds a trend test.`,
    'init.categoriesMaybe': (a) => `The spread over the values of ${a.column} (${a.count} values) can also be compared between the sexes: remove the # to use the step.`,
    'init.measureStep': (a) => `The numbers in ${a.column} are compared between the sexes: median and quartiles, mean and Wilcoxon's rank-sum test, among cases where the column is filled in. With minShift only a shift of at least that many units is flagged.`,
    'init.measureMaybe': (a) => `If the numbers in ${a.column} are a measure per case (not a count, a code or a year) they can be compared between the sexes: remove the # to use the step.`,
    'init.moreStepsTodo': () => 'Steps that compare distributions and numbers can also be written under steps, for example:',
    'init.markersSeen': (a) => `The counts hold symbols from the source: ${a.markers}. The default symbols read them: .., ... and x are hidden in the source (the row is not counted, and the results say so), -, – and — are zero, . is not applicable. Other symbols are set in markers.hidden, markers.zero and markers.notApplicable.`,
    'verdict.none': () => '',
    'verdict.candidate': () => 'candidate',
    'verdict.explained': (a) => `explained by ${a.criteria}`,
    'verdict.insufficient': (a) => `cannot be judged (${a.criteria})`,
    'criterion.need': () => 'need',
    'criterion.otherSupport': () => 'other support',
    'criterion.consent': () => 'consent',
    'criterion.participation': () => 'participation',
    verdict: () => 'Verdict',
    and: () => 'and',
    'sentence.counts': (a) => `${a.female} ${a.femaleShare}% (n = ${a.femaleN}) and ${a.male} ${a.maleShare}% (n = ${a.maleN}), difference ${a.diff} percentage points (95% CI ${a.low} to ${a.high})`,
    'sentence.candidate': (a) => `Candidate – ${a.where}: ${a.counts}${a.shortfall}${a.adjusted}.`,
    'sentence.adjustedPersists': (a) => `persists when adjusted for ${a.criteria}`,
    'sentence.shortfall': (a) => `at ${a.higher} share, ${a.count} more ${a.lower} would have had "yes" in this step`,
    'genitive.female.children': () => "the girls'",
    'genitive.male.children': () => "the boys'",
    'genitive.female.adults': () => "the women's",
    'genitive.male.adults': () => "the men's",
    'genitive.female.neutral': () => 'the female',
    'genitive.male.neutral': () => 'the male',
    'sentence.noCriteria': () => 'No criteria are configured for this step (explain): the flagged differences are not tested against need, other support, consent or participation.',
    'sentence.explained': (a) => `Explained – ${a.where}: ${a.counts}; no clear difference when adjusted for ${a.criteria}.${a.consentNote}`,
    'sentence.consentNote': () => ' A difference explained by consent is lawful but may still deserve attention.',
    'sentence.insufficient': (a) => `Cannot be judged – ${a.where}: ${a.counts}; no comparable groups for ${a.criteria}.`,
    'sentence.change': (a) => `Change ${a.from} → ${a.to}, ${a.where}: the difference moved by ${a.diff} percentage points (95% CI ${a.low} to ${a.high}), q = ${a.q}.`,
    'sentence.noChange': (a) => `No group shows a clear change of the difference between ${a.from} and ${a.to}.`,
    personsCounted: (a) => `Counted: persons (${a.id}), each once per step and group (rule: ${a.rule}).`,
    period: () => 'Period',
    rates: () => 'Cases per 1,000 inhabitants',
    perThousand: () => 'per 1,000',
    rateRatio: () => 'Ratio (95% CI)',
    population: () => 'population',
    // messages and validate: severities, places and the summary
    'severity.error': () => 'error',
    'severity.warning': () => 'warning',
    'severity.note': () => 'note',
    'place.line': () => 'line',
    'place.column': () => 'column',
    'place.key': () => 'key',
    'place.commandLine': () => 'command line',
    'validate.rows': (a) => `${a.count} rows`,
    'validate.row': () => '1 row',
    'validate.errors': (a) => `${a.count} errors`,
    'validate.oneError': () => '1 error',
    'validate.warnings': (a) => `${a.count} warnings`,
    'validate.oneWarning': () => '1 warning',
    'validate.failed': () => 'Correct the errors before analysing the files.',
    'validate.failedStrict': () => 'With --strict, warnings count as errors.',
    'validate.clean': () => 'No problems: the files can be analysed.',
    'validate.passed': () => 'The files can be analysed; look over the warnings.',
    'detectable.cell': (a) => `seen only > ${a.pp} pp`,
    'detectable.sentence': (a) => `${a.where}: no flagged difference, but with these counts only differences larger than ${a.pp} pp can be seen.`,
    'detectable.groups': (a) => `${a.count} groups without a flag: with these counts only differences larger than ${a.low} to ${a.high} pp can be seen (see the Verdict column).`,
    'detectable.step': (a) => `${a.step}: larger than ${a.pp} pp`,
    'pub.method.detectable': (a) => `Where no difference is flagged, the report says how large a difference the counts could have shown: the smallest difference the test finds with 80% probability (power) at these counts and significance level α, computed with the normal approximation and the share of both sexes pooled. When it is larger than ${a.minDiffPp} pp, a missing flag does not mean there is no difference, only that the counts are too small to show it.`,
    'pub.html.noneFound': () => 'None were found.',
    'pub.html.noneFoundDetectable': (a) => `None were found. With these counts only larger differences could have been seen (${a.steps}); smaller differences may exist without showing here.`,
    otherN: () => 'Other/unknown sex n',
    detectableHead: () => 'Smallest detectable difference (pp)',
    // verdicts that need evidence (issue 12)
    'verdict.inconclusive': (a) => `inconclusive (${a.criteria})`,
    'sentence.inconclusive': (a) => `Inconclusive – ${a.where}: ${a.counts}; ${a.details}.`,
    'sentence.inconclusiveDetails': (a) =>
      `adjusted for ${a.criteria} the difference is not significant, but the adjusted difference's interval is wide and still holds the crude difference: the data cannot tell whether ${a.names} explains it`,
    'sentence.inconclusiveInterval': (a) => `${a.criterion} (${a.variables}; 95% CI ${a.low} to ${a.high} pp)`,
    or: () => 'or',
    'sentence.singleStratum': (a) => `${a.criterion} (${a.variables}) cannot be examined within this group: all its cases have the same ${a.variables}`,
    'sentence.heterogeneousExplained': (a) =>
      ` Adjusted for ${a.criterion} (${a.variables}) the difference is explained on average, but it differs between the groups (Breslow–Day–Tarone q = ${a.q})${a.range}.`,
    'sentence.heterogeneousPersists': (a) =>
      ` Adjusted for ${a.criterion} (${a.variables}) the difference persists on average, but it differs between the groups (Breslow–Day–Tarone q = ${a.q})${a.range}.`,
    'sentence.heterogeneousUnclear': (a) => ` The difference differs between the groups of ${a.variables} (Breslow–Day–Tarone q = ${a.q})${a.range}.`,
    'sentence.strataRange': (a) => `: largest in ${a.highest} (${a.highestDiff} pp), lowest in ${a.lowest} (${a.lowestDiff} pp)`,
    'pub.answer.inconclusive': (a) =>
      `Inconclusive. Within groups alike in ${a.variables} the difference is not significant once the many comparisons are taken into account (q), but the interval (${a.low} to ${a.high} pp) is wide and holds the crude difference.`,
    'pub.answer.singleStratum': (a) => `Cannot be examined within this group: all its cases have the same ${a.variables}.`,
    'pub.answer.measureUnclear': (a) =>
      `Inconclusive. Within groups alike in ${a.variables} the difference is not significant. ${a.variables} may explain it, or the groups may be too small to show it; the test cannot tell the two apart.`,
    'pub.measureEvidence': (a) => `van Elteren's test: z = ${a.z}, q ${a.q}; ${a.strata} strata.`,
    'pub.answer.heterogeneous': (a) => ` The difference differs between the groups (Breslow–Day–Tarone q = ${a.q})${a.range}.`,
    'pub.method.verdicts': (a) =>
      `A flagged difference is explained by a criterion when the difference adjusted for the criterion is not significant (q ≥ ${a.alpha}, adjusted over all stratified tests) and the adjusted difference's 95% confidence interval (Mantel–Haenszel) either lies within ±${a.minDiffPp} percentage points or lies wholly on zero's side of the crude difference (adjusted, the difference is smaller). When the adjusted difference is not significant but the interval is wide and still holds the crude difference, the verdict is inconclusive: the data cannot tell whether the criterion explains it. The criteria combine in this order: explained if any criterion explains the difference, else inconclusive if any criterion is inconclusive, else cannot be judged if a criterion has no comparable groups, else candidate (the difference persists under every criterion that can be examined). A criterion cannot be examined within a group whose cases all have the same value of the criterion's variables; it then does not count. When the difference differs between the criterion's groups (Breslow–Day–Tarone, q < ${a.alpha}, adjusted on its own) the text says so, naming the groups with the largest and the lowest difference.`,
    'pub.html.inconclusive': () => 'Inconclusive: the criteria may or may not explain the difference',
    'verdict.explainedOnAverage': (a) => `explained by ${a.criteria} on average; the groups differ`,
    'notices.title': () => 'Please note',
    'warning.excluded-rows': () => 'too many excluded rows: no flags',
    'warning.outcome-constant': () => 'the outcome is the same in every row: no flags',
    'warning.hidden-in-source': () => 'rests on cells hidden in the source: no flag',
    'warning.partly-hidden': () => 'rests partly on cells hidden in the source: less certain',
    'csv.notForPublication': () => 'not for publication',
  },
} as const satisfies Record<Language, Texts<LabelArgs>>;

/** True for a string that is a label key (for a key built from text, e.g. an exclusion reason read back from a problem's arguments). */
export function isLabelKey(key: string): key is LabelKey {
  return Object.hasOwn(LABEL_TEXTS.sv, key);
}

/** An exclusion reason in words ("utfall saknas"), or its code when the catalogue has none (a reason read back from text). */
export function exclusionReasonWords(reason: string, language: Language): string {
  const key = `exclusion.${reason}`;
  return isLabelKey(key) ? lookup(LABEL_TEXTS[language], key, {}) : reason;
}
