/**
 * The words of the report's Sammanfattning (src/report/summary.ts), its title block and
 * its glossary, in Swedish and English. Part of the catalogue's `label` topic
 * (label-texts.ts spreads them in), kept in a file of their own so that the summary's
 * many sentences do not crowd the table words.
 */
import type { Language } from '../messages/languages.js';
import type { NoArgs } from '../messages/message.js';
import type { Texts } from './texts.js';

/** A value a text shows: a formatted number or a word. */
type Shown = string | number;

/** Swedish "1 grupp" / "2 grupper", English "1 group" / "2 groups": the count is shown as formatted. */
const plural = (count: Shown, one: string, many: string): string => `${count} ${String(count) === '1' ? one : many}`;

/** Every summary, title-block and glossary key and the values its text shows. */
export interface SummaryLabelArgs {
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
}

export const SUMMARY_TEXTS = {
  sv: {
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
  },
  en: {
    'summary.title': () => 'Summary',
    'summary.overview': (a) =>
      `The report compares ${plural(a.steps, 'step', 'steps')} of case handling (${a.rows} rows). ${plural(a.candidates, 'difference is a candidate', 'differences are candidates')} for unwarranted differences, ${a.explained} explained by the criteria, ${a.inconclusive} inconclusive${String(a.insufficient) === '0' ? '' : ` and ${a.insufficient} cannot be judged`}.`,
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
  },
} as const satisfies Record<Language, Texts<SummaryLabelArgs>>;
