/**
 * The words of the HTML and Word reports for the steps beyond yes/no (issue 15): a
 * categorical step's shares per category and a numeric step's medians, their charts, tables,
 * summary sentences and glossary terms, in Swedish and English. Part of the catalogue's
 * `label` topic through summary-texts.ts, in a file of its own so that the table words of
 * the other renderers (label-texts.ts) stay where they are.
 */
import type { Language } from '../messages/languages.js';
import type { NoArgs } from '../messages/message.js';
import type { Texts } from './texts.js';

/** A value a text shows: a formatted number or a word. */
type Shown = string | number;

/** Every key of these steps' words and the values its text shows. */
export interface DistributionLabelArgs {
  'dist.categoriesChartTitle': { readonly step: Shown };
  'dist.measureChartTitle': { readonly step: Shown };
  'dist.sharesAxis': NoArgs;
  /** The measure's axis; `unit` is '' when the step names none. */
  'dist.measureAxis': { readonly unit: Shown };
  'dist.categoriesAlt': { readonly female: Shown; readonly male: Shown; readonly step: Shown; readonly summary: Shown };
  'dist.measureAlt': { readonly female: Shown; readonly male: Shown; readonly step: Shown; readonly summary: Shown };
  'dist.altFlaggedCategories': { readonly items: Shown };
  'dist.altNoneCategories': NoArgs;
  'dist.flaggedBold': NoArgs;
  /** Variables whose every group lies wholly in one category (a step split by its own column), left out of the chart. */
  'dist.singleCategoryLeftOut': { readonly variables: Shown };
  'dist.flaggedGroupsBold': NoArgs;
  'dist.seeCategories': { readonly female: Shown; readonly male: Shown };
  'dist.seeMeasure': { readonly female: Shown; readonly male: Shown };
  'dist.groupAndCategory': NoArgs;
  'dist.countShare': { readonly sex: Shown };
  'dist.report.medianQuartiles': { readonly sex: Shown };
  'dist.report.meanSd': { readonly sex: Shown };
  /** The shift's column; `unit` is '' when the step names none. */
  'dist.report.shift': { readonly unit: Shown };
  'dist.report.trend': NoArgs;
  'dist.method': { readonly female: Shown; readonly male: Shown };
  'dist.report.singleStratum': NoArgs;
  'dist.adjustedRow': { readonly criterion: Shown; readonly variables: Shown };
  'dist.test.wilcoxon': NoArgs;
  'dist.test.cmh': NoArgs;
  'dist.test.van-elteren': NoArgs;
  'dist.welchNote': { readonly where: Shown; readonly diff: Shown; readonly unit: Shown; readonly low: Shown; readonly high: Shown; readonly p: Shown };
  'dist.summary.categoryMore': { readonly higher: Shown; readonly value: Shown; readonly where: Shown; readonly higherShare: Shown; readonly lowerShare: Shown; readonly verdict: Shown };
  'dist.summary.categoryHidden': { readonly value: Shown; readonly where: Shown; readonly verdict: Shown };
  'dist.summary.measure': {
    readonly where: Shown;
    /** The word of 'dist.longer' or 'dist.higher'. */
    readonly direction: Shown;
    readonly sex: Shown;
    readonly higherMedian: Shown;
    readonly lowerMedian: Shown;
    readonly unit: Shown;
    readonly size: Shown;
    readonly low: Shown;
    readonly high: Shown;
    readonly verdict: Shown;
  };
  'dist.longer': NoArgs;
  'dist.higher': NoArgs;
  'dist.summary.measureHidden': { readonly where: Shown; readonly verdict: Shown };
  'dist.summary.hiddenCategories': { readonly step: Shown; readonly count: Shown };
  'dist.summary.hiddenMeasure': { readonly step: Shown; readonly count: Shown };
  'glossary.wilcoxon': NoArgs;
  'glossary.hodgesLehmann': NoArgs;
  'glossary.cmhGeneralized': NoArgs;
  'glossary.vanElteren': NoArgs;
  'glossary.quartile': NoArgs;
}

/** The glossary's terms for these steps, shown after the others when a report has such a step; each key `glossary.X` holds "term|explanation". */
export const DISTRIBUTION_GLOSSARY_TERMS = ['quartile', 'wilcoxon', 'hodgesLehmann', 'cmhGeneralized', 'vanElteren'] as const;

/** " (dagar)" after a word, or nothing when the step names no unit. */
const inUnit = (unit: Shown): string => (unit === '' ? '' : ` (${unit})`);
/** " dagar" after a number, or nothing when the step names no unit. */
const afterNumber = (unit: Shown): string => (unit === '' ? '' : ` ${unit}`);
/** "; förklaras av behov" after a sentence, or nothing for a candidate (its section says it). */
const qualified = (verdict: Shown): string => (verdict === '' ? '' : `; ${verdict}`);

export const DISTRIBUTION_TEXTS = {
  sv: {
    'dist.categoriesChartTitle': (a) => `${a.step}: andel i varje kategori per kön`,
    'dist.measureChartTitle': (a) => `${a.step}: median och kvartiler per kön`,
    'dist.sharesAxis': () => 'Andel (%)',
    'dist.measureAxis': (a) => `Median, första till tredje kvartil${inUnit(a.unit)}`,
    'dist.categoriesAlt': (a) => `Diagram: andelen i varje kategori av ${a.step} bland ${a.female} och bland ${a.male}, per grupp. ${a.summary}`,
    'dist.measureAlt': (a) => `Diagram: median med första och tredje kvartil av ${a.step} bland ${a.female} och bland ${a.male}, per grupp. ${a.summary}`,
    'dist.altFlaggedCategories': (a) => `Flaggade kategorier: ${a.items}.`,
    'dist.altNoneCategories': () => 'Ingen kategori är flaggad.',
    'dist.flaggedBold': () => 'Flaggade kategorier står i fetstil.',
    'dist.singleCategoryLeftOut': (a) => `Diagrammet delas inte upp efter ${a.variables}: varje grupp där ligger helt i en enda kategori, så det finns inget att jämföra (tabellen visar dem).`,
    'dist.flaggedGroupsBold': () => 'Flaggade grupper står i fetstil.',
    'dist.seeCategories': (a) => `Diagrammet visar för varje grupp hur ${a.female} och ${a.male} fördelar sig på kategorierna (andel av respektive kön). Tabellen jämför varje kategori med övriga: skillnad i procentenheter med 95 % konfidensintervall.`,
    'dist.seeMeasure': (a) => `Diagrammet visar för varje grupp medianen bland ${a.female} och bland ${a.male} (punkten) och första till tredje kvartil (strecket): hälften av ärendena ligger inom strecket. Skillnaden i tabellen är Hodges–Lehmanns skattning med 95 % konfidensintervall, räknad par för par: medianen av skillnaderna mellan alla par, inte skillnaden mellan medianerna.`,
    'dist.groupAndCategory': () => 'Grupp och kategori',
    'dist.countShare': (a) => `${a.sex} antal (andel)`,
    'dist.report.medianQuartiles': (a) => `${a.sex} median (kvartiler)`,
    'dist.report.meanSd': (a) => `${a.sex} medel (sd)`,
    'dist.report.shift': (a) => `Skillnad${inUnit(a.unit)}`,
    'dist.report.trend': () => 'Trend över ordningen',
    'dist.method': (a) =>
      `Steg med kategorier: i varje grupp prövas hela fördelningen med Pearsons chi²-test (Fishers exakta test när något förväntat antal är under 5), och varje kategori jämförs med övriga som i ett ja/nej-steg: skillnad i procentenheter med Newcombes intervall, samma val av test, flagga och bedömning. Ordnade kategorier prövas också med Wilcoxons rangsummetest på ordningen, och kriterierna med det generaliserade Cochran–Mantel–Haenszel-testet. Steg med mått: median och kvartiler, medelvärde och standardavvikelse per kön; Wilcoxons rangsummetest med Hodges–Lehmanns skattning av skillnaden (${a.female} − ${a.male}, räknad par för par: medianen av skillnaderna mellan alla par, inte skillnaden mellan medianerna) och dess 95 % konfidensintervall, Welchs t-test för medelvärdena, och van Elterens stratifierade Wilcoxontest för kriterierna. Ett mått flaggas när q är under gränsen, skillnaden är minst den minsta skillnad som steget anger (minShift) och varje kön har tillräckligt många värden. Ett icke-signifikant stratifierat test kan inte visa att kriteriet förklarar en skillnad i mått, så ett flaggat mått bedöms som kandidat, oklart eller ej bedömbart, aldrig som förklarat.`,
    'dist.report.singleStratum': () => 'kan inte prövas inom gruppen',
    'dist.adjustedRow': (a) => `Med hänsyn till ${a.criterion} (${a.variables})`,
    'dist.test.wilcoxon': () => 'Wilcoxons test',
    'dist.test.cmh': () => 'gen. CMH-test',
    'dist.test.van-elteren': () => 'van Elterens test',
    'dist.welchNote': (a) => `Medelvärdena (Welchs t-test), ${a.where}: skillnad ${a.diff}${afterNumber(a.unit)} (95 % KI ${a.low} – ${a.high}), p ${a.p}.`,
    'dist.summary.categoryMore': (a) => `${a.higher} har oftare ${a.value} (${a.where}): ${a.higherShare}\u00a0% mot ${a.lowerShare}\u00a0%${qualified(a.verdict)}.`,
    'dist.summary.categoryHidden': (a) => `${a.value} (${a.where}): skillnaden är flaggad, men siffrorna döljs för att skydda enskilda${qualified(a.verdict)}.`,
    'dist.summary.measure': (a) =>
      `${a.where}: ${a.direction} för ${a.sex}, median ${a.higherMedian} mot ${a.lowerMedian}${afterNumber(a.unit)} (skillnad ${a.size}${afterNumber(a.unit)} räknat par för par, 95\u00a0% KI ${a.low}–${a.high})${qualified(a.verdict)}.`,
    'dist.longer': () => 'längre',
    'dist.higher': () => 'högre',
    'dist.summary.measureHidden': (a) => `${a.where}: skillnaden är flaggad, men siffrorna döljs för att skydda enskilda${qualified(a.verdict)}.`,
    'dist.summary.hiddenCategories': (a) => `${a.step}: ${a.count} ${String(a.count) === '1' ? 'kategori visas' : 'kategorier visas'} inte i någon grupp, eftersom så små antal kan röja enskilda.`,
    'dist.summary.hiddenMeasure': (a) => `${a.step}: ${a.count} ${String(a.count) === '1' ? 'grupp visas' : 'grupper visas'} inte, eftersom så få värden kan röja enskilda.`,
    'glossary.quartile': () => 'Kvartil|Första kvartilen är det värde som en fjärdedel av ärendena ligger under, tredje kvartilen det som tre fjärdedelar ligger under. Mellan dem ligger den mittersta hälften; medianen delar dem på mitten.',
    'glossary.wilcoxon': () => 'Wilcoxons rangsummetest|Ett test av om värdena (till exempel handläggningstider) brukar vara högre för det ena könet. Det bygger på ordningen mellan värdena, inte på medelvärden, så enstaka mycket långa ärenden väger inte tyngre än andra.',
    'glossary.hodgesLehmann': () => 'Skillnad i mått (Hodges–Lehmann)|Skillnaden mellan könen i tabellen för mått, räknad par för par: medianen av skillnaderna mellan varje flickas och varje pojkes värde (eller kvinnas och mans). Den är inte skillnaden mellan medianerna och kan vara större eller mindre än den. Den hör till Wilcoxons test.',
    'glossary.cmhGeneralized': () => 'Generaliserat CMH|CMH-testet för fler än två kategorier: jämför hur könen fördelar sig på kategorierna inom grupper som är lika i kriteriets variabler.',
    'glossary.vanElteren': () => 'van Elteren|Wilcoxons test inom grupper som är lika i kriteriets variabler, sammanvägt: kvarstår skillnaden i mått när man jämför lika med lika?',
  },
  en: {
    'dist.categoriesChartTitle': (a) => `${a.step}: share in each category by sex`,
    'dist.measureChartTitle': (a) => `${a.step}: median and quartiles by sex`,
    'dist.sharesAxis': () => 'Share (%)',
    'dist.measureAxis': (a) => `Median, first to third quartile${inUnit(a.unit)}`,
    'dist.categoriesAlt': (a) => `Chart: the share in each category of ${a.step} among ${a.female} and among ${a.male}, by group. ${a.summary}`,
    'dist.measureAlt': (a) => `Chart: the median with the first and third quartile of ${a.step} among ${a.female} and among ${a.male}, by group. ${a.summary}`,
    'dist.altFlaggedCategories': (a) => `Flagged categories: ${a.items}.`,
    'dist.altNoneCategories': () => 'No category is flagged.',
    'dist.flaggedBold': () => 'Flagged categories are in bold.',
    'dist.singleCategoryLeftOut': (a) => `The chart is not split by ${a.variables}: each of its groups lies wholly in one category, so there is nothing to compare (the table shows them).`,
    'dist.flaggedGroupsBold': () => 'Flagged groups are in bold.',
    'dist.seeCategories': (a) => `The chart shows for each group how ${a.female} and ${a.male} are spread over the categories (share of each sex). The table compares each category with the rest: the difference in percentage points with its 95% confidence interval.`,
    'dist.seeMeasure': (a) => `The chart shows for each group the median among ${a.female} and among ${a.male} (the dot) and the first to third quartile (the line): half of the cases lie within the line. The shift in the table is the Hodges–Lehmann estimate with its 95% confidence interval: the median of the differences over all pairs, not the difference between the medians.`,
    'dist.groupAndCategory': () => 'Group and category',
    'dist.countShare': (a) => `${a.sex} count (share)`,
    'dist.report.medianQuartiles': (a) => `${a.sex} median (quartiles)`,
    'dist.report.meanSd': (a) => `${a.sex} mean (sd)`,
    'dist.report.shift': (a) => `Shift${inUnit(a.unit)}`,
    'dist.report.trend': () => 'Trend over the order',
    'dist.method': (a) =>
      `Steps with categories: in each group the whole distribution is tested with Pearson's chi-square test (Fisher's exact test when an expected count is below 5), and each category is compared with the rest as in a yes/no step: the difference in percentage points with Newcombe's interval, the same choice of test, flag and verdict. Ordered categories are also tested with Wilcoxon's rank-sum test on their order, and the criteria with the generalized Cochran–Mantel–Haenszel test. Steps with a measure: median and quartiles, mean and standard deviation by sex; Wilcoxon's rank-sum test with the Hodges–Lehmann estimate of the shift (${a.female} − ${a.male}: the median of the differences over all pairs, not the difference between the medians) and its 95% confidence interval, Welch's t-test for the means, and van Elteren's stratified Wilcoxon test for the criteria. A measure is flagged when q is below the limit, the shift is at least the step's smallest shift (minShift), and each sex has enough values. A non-significant stratified test cannot show that a criterion explains a difference in a measure, so a flagged measure is judged a candidate, inconclusive or not judgeable, never explained.`,
    'dist.report.singleStratum': () => 'cannot be examined within the group',
    'dist.adjustedRow': (a) => `Adjusted for ${a.criterion} (${a.variables})`,
    'dist.test.wilcoxon': () => 'Wilcoxon',
    'dist.test.cmh': () => 'gen. CMH',
    'dist.test.van-elteren': () => 'van Elteren',
    'dist.welchNote': (a) => `The means (Welch's t-test), ${a.where}: difference ${a.diff}${afterNumber(a.unit)} (95% CI ${a.low} – ${a.high}), p ${a.p}.`,
    'dist.summary.categoryMore': (a) => `${a.higher} more often have ${a.value} (${a.where}): ${a.higherShare}% vs ${a.lowerShare}%${qualified(a.verdict)}.`,
    'dist.summary.categoryHidden': (a) => `${a.value} (${a.where}): the difference is flagged, but its figures are hidden to protect individuals${qualified(a.verdict)}.`,
    'dist.summary.measure': (a) =>
      `${a.where}: ${a.direction} for ${a.sex}, median ${a.higherMedian} vs ${a.lowerMedian}${afterNumber(a.unit)} (shift ${a.size}${afterNumber(a.unit)}, 95% CI ${a.low}–${a.high})${qualified(a.verdict)}.`,
    'dist.longer': () => 'longer',
    'dist.higher': () => 'higher',
    'dist.summary.measureHidden': (a) => `${a.where}: the difference is flagged, but its figures are hidden to protect individuals${qualified(a.verdict)}.`,
    'dist.summary.hiddenCategories': (a) => `${a.step}: ${a.count} ${String(a.count) === '1' ? 'category is' : 'categories are'} not shown in some group, since such small counts could reveal individuals.`,
    'dist.summary.hiddenMeasure': (a) => `${a.step}: ${a.count} ${String(a.count) === '1' ? 'group is' : 'groups are'} not shown, since so few values could reveal individuals.`,
    'glossary.quartile': () => 'Quartile|The first quartile is the value a quarter of the cases lie below, the third quartile the value three quarters lie below. The middle half lies between them; the median splits it in two.',
    'glossary.wilcoxon': () => "Wilcoxon rank-sum test|A test of whether the values (handling times, say) tend to be higher for one sex. It rests on the order of the values, not on means, so a few very long cases weigh no more than others.",
    'glossary.hodgesLehmann': () => "Shift (Hodges–Lehmann)|The difference between the sexes in a measure's table: the median of the differences between every girl's and every boy's value (or woman's and man's). It is not the difference between the medians and can be larger or smaller. It belongs to Wilcoxon's test.",
    'glossary.cmhGeneralized': () => "Generalized CMH|The CMH test for more than two categories: compares how the sexes are spread over the categories within groups alike in the criterion's variables.",
    'glossary.vanElteren': () => "van Elteren|Wilcoxon's test within groups alike in the criterion's variables, pooled: does the difference in a measure remain when like is compared with like?",
  },
} as const satisfies Record<Language, Texts<DistributionLabelArgs>>;
