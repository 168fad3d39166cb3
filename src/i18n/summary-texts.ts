/**
 * The words of the report's Sammanfattning (src/report/summary.ts), its title block and
 * its glossary, in Swedish and English. Part of the catalogue's `label` topic
 * (label-texts.ts spreads them in), kept in a file of their own so that the summary's
 * many sentences do not crowd the table words. The words of the categorical and numeric
 * steps (distribution-texts.ts) come in through here.
 */
import type { Language } from '../messages/languages.js';
import type { NoArgs } from '../messages/message.js';
import type { Texts } from './texts.js';
import { DISTRIBUTION_TEXTS, type DistributionLabelArgs } from './report-distribution-texts.js';

/** A value a text shows: a formatted number or a word. */
type Shown = string | number;

/** Swedish "1 grupp" / "2 grupper", English "1 group" / "2 groups": the count is shown as formatted. */
const plural = (count: Shown, one: string, many: string): string => `${count} ${String(count) === '1' ? one : many}`;

/** Every summary, title-block and glossary key and the values its text shows. */
export interface SummaryLabelArgs extends DistributionLabelArgs {
  'summary.title': NoArgs;
  'summary.overview': { readonly steps: Shown; readonly rows: Shown; readonly candidates: Shown; readonly explained: Shown; readonly inconclusive: Shown; readonly insufficient: Shown };
  'summary.candidates': NoArgs;
  'summary.candidatesNone': NoArgs;
  /** One step's overall difference in words, with both shares and the counts behind them. */
  'summary.overall': {
    readonly step: Shown;
    readonly female: Shown;
    readonly femaleShare: Shown;
    readonly femaleYes: Shown;
    readonly femaleN: Shown;
    readonly male: Shown;
    readonly maleShare: Shown;
    readonly maleYes: Shown;
    readonly maleN: Shown;
    readonly unit: Shown;
    readonly diff: Shown;
    readonly higher: Shown;
  };
  'summary.overallHidden': { readonly step: Shown };
  /** A step's flagged groups of one variable: "Utredning inleds, per Stadsdelsområde: …". */
  'summary.groups': { readonly step: Shown; readonly by: Shown; readonly parts: Shown };
  'summary.higherIn': { readonly higher: Shown; readonly groups: Shown };
  'summary.hiddenGroups': { readonly count: Shown };
  'summary.explained': NoArgs;
  'summary.explainedNone': NoArgs;
  'summary.explainedItem': { readonly where: Shown; readonly diff: Shown; readonly verdict: Shown };
  'summary.inconclusive': NoArgs;
  'summary.inconclusiveNone': NoArgs;
  'summary.inconclusiveItem': { readonly where: Shown; readonly diff: Shown; readonly intervals: Shown; readonly count: Shown };
  'summary.inconclusiveInterval': { readonly criterion: Shown; readonly variables: Shown; readonly low: Shown; readonly high: Shown };
  'summary.inconclusiveHidden': { readonly criterion: Shown; readonly variables: Shown };
  'summary.detectableGroups': { readonly step: Shown; readonly count: Shown; readonly low: Shown; readonly high: Shown };
  'summary.insufficient': NoArgs;
  'summary.insufficientItem': { readonly where: Shown; readonly verdict: Shown };
  'summary.limits': NoArgs;
  'summary.limitsNone': NoArgs;
  'summary.hidden': { readonly step: Shown; readonly count: Shown };
  'summary.tooSmall': { readonly step: Shown; readonly count: Shown; readonly minN: Shown; readonly unit: Shown };
  'summary.excluded': NoArgs;
  'summary.excludedNone': NoArgs;
  'summary.excludedInput': { readonly reasons: Shown };
  'summary.excludedStep': { readonly step: Shown; readonly reasons: Shown };
  'summary.reasonRows': { readonly reason: Shown; readonly rows: Shown };
  'definite.female.children': NoArgs;
  'definite.male.children': NoArgs;
  'definite.female.adults': NoArgs;
  'definite.male.adults': NoArgs;
  'definite.female.neutral': NoArgs;
  'definite.male.neutral': NoArgs;
  'ppShort': NoArgs;
  'meta.author': NoArgs;
  'chart.title': { readonly step: Shown };
  'chart.sharesAxis': NoArgs;
  'chart.differenceAxis': { readonly female: Shown; readonly male: Shown };
  'field.change': NoArgs;
  'field.who': NoArgs;
  'field.followUp': NoArgs;
  'field.placeholder': NoArgs;
  'glossary.title': NoArgs;
  'glossary.intro': NoArgs;
  'glossary.q': NoArgs;
  'glossary.bh': NoArgs;
  'glossary.candidate': NoArgs;
  'glossary.explained': NoArgs;
  'glossary.inconclusive': NoArgs;
  'glossary.cmh': NoArgs;
  'glossary.oddsRatio': NoArgs;
  'glossary.homogeneity': NoArgs;
  'glossary.strata': NoArgs;
  'glossary.ci': NoArgs;
  'glossary.pp': NoArgs;
  'glossary.hidden': NoArgs;
}

/** The glossary's terms in the order shown; each key `glossary.X` holds "term|explanation". */
export const GLOSSARY_TERMS = ['pp', 'ci', 'q', 'bh', 'candidate', 'explained', 'inconclusive', 'cmh', 'oddsRatio', 'homogeneity', 'strata', 'hidden'] as const;

export const SUMMARY_TEXTS = {
  sv: {
    ...DISTRIBUTION_TEXTS.sv,
    'summary.title': () => 'Sammanfattning',
    'summary.overview': (a) =>
      `Rapporten jämför ${plural(a.steps, 'steg', 'steg')} i handläggningen (${a.rows} rader). ${plural(a.candidates, 'skillnad är en kandidat', 'skillnader är kandidater')} till omotiverade skillnader, ${a.explained} förklaras av kriterierna, ${a.inconclusive} är osäkra${String(a.insufficient) === '0' ? '' : ` och ${a.insufficient} kan inte bedömas`}.`,
    'summary.candidates': () => 'Kandidater: skillnader som kvarstår',
    'summary.candidatesNone': () => 'Ingen skillnad kvarstår som kandidat till en omotiverad skillnad.',
    'summary.overall': (a) =>
      `${a.step}: bland ${a.female} ${a.femaleShare}\u00a0% (${a.femaleYes} av ${a.femaleN} ${a.unit}), bland ${a.male} ${a.maleShare}\u00a0% (${a.maleYes} av ${a.maleN}) – ${a.diff} procentenheter högre bland ${a.higher}.`,
    'summary.overallHidden': (a) => `${a.step}: skillnaden är en kandidat, men siffrorna döljs för att skydda enskilda.`,
    'summary.groups': (a) => `${a.step}, per ${a.by}: ${a.parts}.`,
    'summary.higherIn': (a) => `högre bland ${a.higher} i ${a.groups}`,
    'summary.hiddenGroups': (a) => `${plural(a.count, 'grupp', 'grupper')} till med dolda siffror`,
    'summary.explained': () => 'Förklarade skillnader',
    'summary.explainedNone': () => 'Ingen flaggad skillnad förklaras av kriterierna.',
    'summary.explainedItem': (a) => `${a.where}: ${a.diff} procentenheter, ${a.verdict}.`,
    'summary.inconclusive': () => 'Osäkra skillnader',
    'summary.inconclusiveNone': () => 'Ingen flaggad skillnad är osäker.',
    'summary.inconclusiveItem': (a) =>
      `${a.where}: ${a.diff} procentenheter. Med hänsyn till ${a.intervals} ${String(a.count) === '1' ? 'är intervallet för brett' : 'är intervallen för breda'} för att avgöra om skillnaden förklaras.`,
    'summary.inconclusiveInterval': (a) => `${a.criterion} (${a.variables}: ${a.low} till ${a.high} p.e.)`,
    'summary.inconclusiveHidden': (a) => `${a.criterion} (${a.variables}: intervallet döljs)`,
    'summary.detectableGroups': (a) => `${a.step}: ${plural(a.count, 'grupp', 'grupper')} utan flagga kunde bara visa skillnader större än ${a.low} till ${a.high} p.e.`,
    'summary.insufficient': () => 'Skillnader som inte kan bedömas',
    'summary.insufficientItem': (a) => `${a.where}: skillnaden ${a.verdict}.`,
    'summary.limits': () => 'Vad uppgifterna inte kunde visa',
    'summary.limitsNone': () => 'Alla grupper var stora nog att jämföra.',
    'summary.hidden': (a) => `${a.step}: ${plural(a.count, 'grupp visas', 'grupper visas')} inte, eftersom så små antal kan röja enskilda.`,
    'summary.tooSmall': (a) => `${a.step}: ${plural(a.count, 'grupp har', 'grupper har')} färre än ${a.minN} ${a.unit} för något kön och kan inte flaggas.`,
    'summary.excluded': () => 'Vad som uteslöts',
    'summary.excludedNone': () => 'Inga rader uteslöts.',
    'summary.excludedInput': (a) => `Före analysen: ${a.reasons}.`,
    'summary.excludedStep': (a) => `Steget ${a.step}: ${a.reasons}.`,
    'summary.reasonRows': (a) => `${a.rows} rader uteslöts (${a.reason})`,
    'definite.female.children': () => 'flickorna',
    'definite.male.children': () => 'pojkarna',
    'definite.female.adults': () => 'kvinnorna',
    'definite.male.adults': () => 'männen',
    'definite.female.neutral': () => 'kvinnorna/flickorna',
    'definite.male.neutral': () => 'männen/pojkarna',
    ppShort: () => 'p.e.',
    'meta.author': () => 'Upprättad av',
    'chart.title': (a) => `${a.step}: andel ”ja” per kön och skillnaden`,
    'chart.sharesAxis': () => 'Andel ”ja” (%)',
    'chart.differenceAxis': (a) => `Skillnad ${a.female} − ${a.male} (p.e.)`,
    'field.change': () => 'Vad behöver ändras?',
    'field.who': () => 'Vem ansvarar, och när?',
    'field.followUp': () => 'Hur och när följer vi upp?',
    'field.placeholder': () => 'Skriv här.',
    'glossary.title': () => 'Ordlista',
    'glossary.intro': () => 'Orden i rapporten, på vanlig svenska.',
    'glossary.pp': () => 'p.e. (procentenheter)|Skillnaden mellan två andelar: från 30 % till 38 % är 8 procentenheter.',
    'glossary.ci': () => 'KI (konfidensintervall)|Det spann där den verkliga skillnaden troligen ligger (95 % säkerhet). Ett brett intervall betyder att siffrorna är osäkra.',
    'glossary.q': () => 'q|Ett p-värde som är justerat för att rapporten gör många jämförelser samtidigt. Ju lägre q, desto mindre troligt att skillnaden beror på slumpen. Under den valda gränsen (oftast 0,05) räknas skillnaden som säker.',
    'glossary.bh': () => 'Benjamini–Hochberg|Metoden som justerar p-värdena till q-värden, så att några få av alla jämförelser inte ser säkra ut bara av en slump.',
    'glossary.candidate': () => 'Kandidat|En flaggad skillnad som finns kvar när kriterierna har prövats: en möjlig omotiverad skillnad att granska vidare, inte ett bevis.',
    'glossary.explained': () => 'Förklarad|Skillnaden försvinner, eller blir liten, när man jämför könen bland dem som har samma behov, annat stöd eller samtycke.',
    'glossary.inconclusive': () => 'Osäker|Siffrorna räcker inte för att avgöra om kriteriet förklarar skillnaden: intervallet är för brett.',
    'glossary.cmh': () => 'CMH (Cochran–Mantel–Haenszel)|Ett test som jämför könen inom grupper som är lika i kriteriets variabler och lägger ihop resultatet.',
    'glossary.oddsRatio': () => 'Oddskvot|Ett annat mått på skillnaden: hur många gånger större chansen till ”ja” är för det ena könet. 1 betyder ingen skillnad.',
    'glossary.homogeneity': () => 'Homogenitet|Om skillnaden är ungefär lika stor i alla grupperna. Ett lågt q (homogenitet) betyder att grupperna skiljer sig åt.',
    'glossary.strata': () => 'Strata|De grupper som jämförelsen görs inom, till exempel varje kontaktorsak för sig. ”18 strata” betyder 18 sådana grupper.',
    'glossary.hidden': () => '.. (dolt värde)|Ett antal som döljs för att det är så litet att det kan röja enskilda personer.',
  },
  en: {
    ...DISTRIBUTION_TEXTS.en,
    'summary.title': () => 'Summary',
    'summary.overview': (a) =>
      `The report compares ${plural(a.steps, 'step', 'steps')} of case handling (${a.rows} rows). ${plural(a.candidates, 'difference is a candidate', 'differences are candidates')} for unwarranted differences, ${a.explained} are explained by the criteria, ${a.inconclusive} are inconclusive${String(a.insufficient) === '0' ? '' : ` and ${a.insufficient} cannot be judged`}.`,
    'summary.candidates': () => 'Candidates: differences that persist',
    'summary.candidatesNone': () => 'No difference persists as a candidate for an unwarranted difference.',
    'summary.overall': (a) =>
      `${a.step}: among ${a.female} ${a.femaleShare}% (${a.femaleYes} of ${a.femaleN} ${a.unit}), among ${a.male} ${a.maleShare}% (${a.maleYes} of ${a.maleN}) – ${a.diff} percentage points higher among ${a.higher}.`,
    'summary.overallHidden': (a) => `${a.step}: the difference is a candidate, but its figures are hidden to protect individuals.`,
    'summary.groups': (a) => `${a.step}, by ${a.by}: ${a.parts}.`,
    'summary.higherIn': (a) => `higher among ${a.higher} in ${a.groups}`,
    'summary.hiddenGroups': (a) => `${plural(a.count, 'more group', 'more groups')} with hidden figures`,
    'summary.explained': () => 'Explained differences',
    'summary.explainedNone': () => 'No flagged difference is explained by the criteria.',
    'summary.explainedItem': (a) => `${a.where}: ${a.diff} percentage points, ${a.verdict}.`,
    'summary.inconclusive': () => 'Inconclusive differences',
    'summary.inconclusiveNone': () => 'No flagged difference is inconclusive.',
    'summary.inconclusiveItem': (a) =>
      `${a.where}: ${a.diff} percentage points. Taking ${a.intervals} into account, ${String(a.count) === '1' ? 'the interval is' : 'the intervals are'} too wide to tell whether the difference is explained.`,
    'summary.inconclusiveInterval': (a) => `${a.criterion} (${a.variables}: ${a.low} to ${a.high} pp)`,
    'summary.inconclusiveHidden': (a) => `${a.criterion} (${a.variables}: interval hidden)`,
    'summary.detectableGroups': (a) => `${a.step}: ${plural(a.count, 'group', 'groups')} without a flag could only show differences larger than ${a.low} to ${a.high} pp.`,
    'summary.insufficient': () => 'Differences that cannot be judged',
    'summary.insufficientItem': (a) => `${a.where}: the difference ${a.verdict}.`,
    'summary.limits': () => 'What the data could not show',
    'summary.limitsNone': () => 'Every group was large enough to compare.',
    'summary.hidden': (a) => `${a.step}: ${plural(a.count, 'group is', 'groups are')} not shown, since such small counts could reveal individuals.`,
    'summary.tooSmall': (a) => `${a.step}: ${plural(a.count, 'group has', 'groups have')} fewer than ${a.minN} ${a.unit} of one sex and cannot be flagged.`,
    'summary.excluded': () => 'What was excluded',
    'summary.excludedNone': () => 'No rows were excluded.',
    'summary.excludedInput': (a) => `Before the analysis: ${a.reasons}.`,
    'summary.excludedStep': (a) => `Step ${a.step}: ${a.reasons}.`,
    'summary.reasonRows': (a) => `${a.rows} rows excluded (${a.reason})`,
    'definite.female.children': () => 'girls',
    'definite.male.children': () => 'boys',
    'definite.female.adults': () => 'women',
    'definite.male.adults': () => 'men',
    'definite.female.neutral': () => 'women/girls',
    'definite.male.neutral': () => 'men/boys',
    ppShort: () => 'pp',
    'meta.author': () => 'Prepared by',
    'chart.title': (a) => `${a.step}: share "yes" by sex, and the difference`,
    'chart.sharesAxis': () => 'Share "yes" (%)',
    'chart.differenceAxis': (a) => `Difference ${a.female} − ${a.male} (pp)`,
    'field.change': () => 'What needs to change?',
    'field.who': () => 'Who is responsible, and when?',
    'field.followUp': () => 'How and when do we follow up?',
    'field.placeholder': () => 'Write here.',
    'glossary.title': () => 'Glossary',
    'glossary.intro': () => 'The words of the report, in plain English.',
    'glossary.pp': () => 'pp (percentage points)|The difference between two shares: from 30% to 38% is 8 percentage points.',
    'glossary.ci': () => 'CI (confidence interval)|The range where the true difference probably lies (95% certainty). A wide interval means the figures are uncertain.',
    'glossary.q': () => 'q|A p-value adjusted for the many comparisons the report makes at once. The lower q, the less likely the difference is chance. Below the chosen limit (usually 0.05) the difference counts as clear.',
    'glossary.bh': () => 'Benjamini–Hochberg|The method that adjusts p-values into q-values, so that a few of all the comparisons do not look clear by chance alone.',
    'glossary.candidate': () => 'Candidate|A flagged difference that remains once the criteria are tested: a possible unwarranted difference to look into, not proof.',
    'glossary.explained': () => 'Explained|The difference disappears, or becomes small, when the sexes are compared among those with the same need, other support or consent.',
    'glossary.inconclusive': () => 'Inconclusive|The figures cannot tell whether the criterion explains the difference: the interval is too wide.',
    'glossary.cmh': () => 'CMH (Cochran–Mantel–Haenszel)|A test that compares the sexes within groups alike in the criterion\'s variables and pools the result.',
    'glossary.oddsRatio': () => 'Odds ratio|Another measure of the difference: how many times larger the odds of "yes" are for one sex. 1 means no difference.',
    'glossary.homogeneity': () => 'Homogeneity|Whether the difference is about the same size in every group. A low homogeneity q means the groups differ.',
    'glossary.strata': () => 'Strata|The groups the comparison is made within, for example each reason for contact on its own. "18 strata" means 18 such groups.',
    'glossary.hidden': () => '.. (hidden value)|A count hidden because it is so small that it could reveal individuals.',
  },
} as const satisfies Record<Language, Texts<SummaryLabelArgs>>;
