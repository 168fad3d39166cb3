/**
 * The report's Sammanfattning: what a reader who reads nothing else should know, as
 * sections of plain sentences that every format for people renders (HTML, Word):
 * the candidates in words, with both shares, the counts behind them and the direction;
 * the explained and the inconclusive differences (and why); what the data could not
 * show (hidden groups, groups too small to flag, differences too small to see); and what
 * was excluded. Built from the published report only, so it never shows a hidden number.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedResult } from '../model/report.js';
import { formatNumber, formatPercent, formatSignedPp } from './numbers.js';
import { formatCount, isComparisonHidden } from './published-values.js';
import { groupName } from './step-rows.js';
import { rowPlace, verdictLabel } from './verdict-text.js';
import { distributionFlags, distributionLimitItems, type DistributionFlag } from './distribution-sentences.js';

/** The parts of the summary, in the order they are shown. */
export const SUMMARY_KINDS = ['candidates', 'explained', 'inconclusive', 'insufficient', 'limits', 'excluded'] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

export interface SummarySection {
  readonly kind: SummaryKind;
  readonly heading: string;
  /** One sentence (or sentence-like line) per item, each complete on its own. */
  readonly items: readonly string[];
}

export interface ReportSummary {
  readonly title: string;
  /** One paragraph: how many steps and rows, and how many differences of each verdict. */
  readonly overview: string;
  readonly sections: readonly SummarySection[];
}

type Sex = 'female' | 'male';

/** The rows the summary speaks of: one per step and group, not the per-period rows. */
function summaryRows(report: PublishedReport): PublishedResult[] {
  return report.results.filter((result) => result.period === null);
}

function definite(report: PublishedReport, sex: Sex, language: Language): string {
  return say(language, 'label', `definite.${sex}.${report.sexTerms}`);
}

/** The sex whose share is higher, or null when the difference is zero or hidden. */
function higherSex(result: PublishedResult): Sex | null {
  if (isComparisonHidden(result) || result.diffPp === null || result.diffPp === 0) return null;
  return result.diffPp > 0 ? 'female' : 'male';
}

/** The size of a difference without its sign: the direction is said in words. */
function sizePp(result: PublishedResult, language: Language): string {
  return formatNumber(Math.abs(result.diffPp!), language, 1);
}

function unitWord(report: PublishedReport, language: Language): string {
  return say(language, 'label', `pub.unit.${report.settings.unit}`);
}

/** "Utredning inleds: bland flickorna 42,5 % (3 877 av 9 123 ärenden), bland pojkarna … – 8,1 procentenheter högre bland flickorna." */
function overallSentence(result: PublishedResult, report: PublishedReport, language: Language): string {
  const higher = higherSex(result);
  if (higher === null) return say(language, 'label', 'summary.overallHidden', { step: result.step });
  return say(language, 'label', 'summary.overall', {
    step: result.step,
    female: definite(report, 'female', language),
    femaleShare: formatPercent(result.female.share, language),
    femaleYes: formatCount(result.female.yes, language),
    femaleN: formatCount(result.female.n, language),
    male: definite(report, 'male', language),
    maleShare: formatPercent(result.male.share, language),
    maleYes: formatCount(result.male.yes, language),
    maleN: formatCount(result.male.n, language),
    unit: unitWord(report, language),
    diff: sizePp(result, language),
    higher: definite(report, higher, language),
  });
}

/** "a, b och c". */
function listWords(words: readonly string[], language: Language): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${say(language, 'label', 'and')} ${words.at(-1)}`;
}

/** "Bromma (10,0 p.e.), Farsta (7,4 p.e.) och Älvsjö (9,2 p.e.)". */
function groupList(rows: readonly PublishedResult[], language: Language): string {
  return listWords(rows.map((result) => `${groupName(result, language)} (${sizePp(result, language)} ${say(language, 'label', 'ppShort')})`), language);
}

/** A variable or an intersection as readers see it: "Stadsdelsområde × Åldersgrupp". */
export function variableName(by: string): string {
  return by.split('*').join(' × ');
}

/** One line per step and variable with candidate groups: where the share is higher for each sex, and how many are hidden. */
function groupSentences(candidates: readonly PublishedResult[], report: PublishedReport, language: Language): string[] {
  const keys = [...new Set(candidates.filter((result) => result.by !== null).map((result) => `${result.step}\u0000${result.by}`))];
  return keys.map((key) => {
    const [step, by] = key.split('\u0000') as [string, string];
    const rows = candidates.filter((result) => result.step === step && result.by === by);
    const parts = (['female', 'male'] as const)
      .map((sex) => rows.filter((result) => higherSex(result) === sex))
      .map((shown, index) => (shown.length ? say(language, 'label', 'summary.higherIn', { higher: definite(report, index === 0 ? 'female' : 'male', language), groups: groupList(shown, language) }) : ''))
      .filter((part) => part !== '');
    const hidden = rows.filter((result) => higherSex(result) === null).length;
    if (hidden) parts.push(say(language, 'label', 'summary.hiddenGroups', { count: formatNumber(hidden, language) }));
    return say(language, 'label', 'summary.groups', { step, by: variableName(by), parts: parts.join('; ') });
  });
}

/** The sentences of the flagged categories and measures (issue 15) with this verdict. */
function flagSentences(flags: readonly DistributionFlag[], verdict: PublishedResult['verdict']): string[] {
  return flags.filter((flag) => flag.verdict === verdict).map((flag) => flag.sentence);
}

function candidateItems(rows: readonly PublishedResult[], flags: readonly DistributionFlag[], report: PublishedReport, language: Language): string[] {
  const candidates = rows.filter((result) => result.verdict === 'candidate');
  const others = flagSentences(flags, 'candidate');
  if (candidates.length === 0 && others.length === 0) return [say(language, 'label', 'summary.candidatesNone')];
  return [
    ...candidates.filter((result) => result.by === null).map((result) => overallSentence(result, report, language)),
    ...groupSentences(candidates, report, language),
    ...others,
  ];
}

/** A flagged row's signed difference, or ".." when its comparison is hidden. */
function signedDiff(result: PublishedResult, language: Language): string {
  return isComparisonHidden(result) ? '..' : formatSignedPp(result.diffPp, language);
}

function explainedItems(rows: readonly PublishedResult[], flags: readonly DistributionFlag[], language: Language): string[] {
  const explained = rows.filter((result) => result.verdict === 'explained');
  const others = flagSentences(flags, 'explained');
  if (explained.length === 0 && others.length === 0) return [say(language, 'label', 'summary.explainedNone')];
  return [
    ...explained.map((result) => {
      const consent = result.explainedBy.includes('consent') ? say(language, 'label', 'sentence.consentNote') : '';
      return say(language, 'label', 'summary.explainedItem', { where: rowPlace(result, language), diff: signedDiff(result, language), verdict: verdictLabel(result, language) }) + consent;
    }),
    ...others,
  ];
}

/** Each inconclusive criterion with its adjusted interval (unless hidden): why the question stays open. */
function inconclusiveIntervals(result: PublishedResult, language: Language): string[] {
  return result.adjusted
    .filter((comparison) => result.inconclusiveFor.includes(comparison.criterion))
    .map((comparison) => {
      const place = { criterion: say(language, 'label', `criterion.${comparison.criterion}`), variables: comparison.for.join(', ') };
      const interval = comparison.riskDiffPp?.ci95;
      return interval
        ? say(language, 'label', 'summary.inconclusiveInterval', { ...place, low: formatNumber(interval[0], language, 1), high: formatNumber(interval[1], language, 1) })
        : say(language, 'label', 'summary.inconclusiveHidden', place);
    });
}

function inconclusiveItems(rows: readonly PublishedResult[], flags: readonly DistributionFlag[], language: Language): string[] {
  const inconclusive = rows.filter((result) => result.verdict === 'inconclusive');
  const others = flagSentences(flags, 'inconclusive');
  if (inconclusive.length === 0 && others.length === 0) return [say(language, 'label', 'summary.inconclusiveNone')];
  return [...inconclusive.map((result) => {
    const intervals = inconclusiveIntervals(result, language);
    return say(language, 'label', 'summary.inconclusiveItem', {
      where: rowPlace(result, language),
      diff: signedDiff(result, language),
      intervals: listWords(intervals, language),
      count: intervals.length,
    });
  }), ...others];
}

function insufficientItems(rows: readonly PublishedResult[], flags: readonly DistributionFlag[], language: Language): string[] {
  return [
    ...rows
      .filter((result) => result.verdict === 'insufficient')
      .map((result) => say(language, 'label', 'summary.insufficientItem', { where: rowPlace(result, language), verdict: verdictLabel(result, language) })),
    ...flagSentences(flags, 'insufficient'),
  ];
}

/** True when the row has no flag and its counts could only have shown a difference larger than minDiffPp (as in detectable-text.ts). */
function isBelowDetection(result: PublishedResult, minDiffPp: number): boolean {
  return !result.flag && result.period === null && result.detectableDiffPp !== null && result.detectableDiffPp > minDiffPp;
}

/** The overall row's detectable difference, and the range over the step's groups, each named with the step. */
function detectableItems(rows: readonly PublishedResult[], step: string, report: PublishedReport, language: Language): string[] {
  const below = rows.filter((result) => isBelowDetection(result, report.settings.minDiffPp));
  const overall = below
    .filter((result) => result.by === null)
    .map((result) => say(language, 'label', 'detectable.sentence', { where: rowPlace(result, language), pp: formatNumber(result.detectableDiffPp!, language, 1) }));
  const values = below.filter((result) => result.by !== null).map((result) => result.detectableDiffPp!);
  if (values.length === 0) return overall;
  return [
    ...overall,
    say(language, 'label', 'summary.detectableGroups', {
      step,
      count: formatNumber(values.length, language),
      low: formatNumber(Math.min(...values), language, 1),
      high: formatNumber(Math.max(...values), language, 1),
    }),
  ];
}

/**
 * What the counts could not show, per step: groups whose comparison is hidden, groups
 * with too few cases of one sex to be flagged, and the smallest difference the overall
 * row and the groups could have shown (detectable-text.ts).
 */
function limitItems(rows: readonly PublishedResult[], report: PublishedReport, language: Language): string[] {
  const items: string[] = [];
  for (const step of report.steps) {
    const stepRows = rows.filter((result) => result.step === step.name);
    const groups = stepRows.filter((result) => result.by !== null);
    const hidden = groups.filter((result) => isComparisonHidden(result)).length;
    // A shown group is too small when one sex has fewer than minN cases: such a group is never flagged.
    const tooSmall = groups.filter(
      (result) => !isComparisonHidden(result) && ((result.female.n ?? 0) < report.settings.minN || (result.male.n ?? 0) < report.settings.minN),
    ).length;
    if (hidden) items.push(say(language, 'label', 'summary.hidden', { step: step.name, count: formatNumber(hidden, language) }));
    if (tooSmall) {
      items.push(
        say(language, 'label', 'summary.tooSmall', {
          step: step.name,
          count: formatNumber(tooSmall, language),
          minN: formatNumber(report.settings.minN, language),
          unit: unitWord(report, language),
        }),
      );
    }
    items.push(...detectableItems(stepRows, step.name, report, language));
  }
  items.push(...distributionLimitItems(report, language));
  return items.length ? items : [say(language, 'label', 'summary.limitsNone')];
}

/** "48 rader uteslöts (kön saknas), .. rader uteslöts (utfall saknas)": a hidden count stays "..". */
function reasonList(exclusions: readonly { readonly reason: string; readonly rows: number | null }[], language: Language): string {
  return exclusions
    .map((exclusion) =>
      say(language, 'label', 'summary.reasonRows', {
        reason: say(language, 'label', `exclusion.${exclusion.reason}` as 'exclusion.missing-sex'),
        rows: formatCount(exclusion.rows, language),
      }),
    )
    .join(', ');
}

function excludedItems(report: PublishedReport, language: Language): string[] {
  const items: string[] = [];
  const input = report.input.excluded.filter((exclusion) => exclusion.rows !== 0);
  if (input.length) items.push(say(language, 'label', 'summary.excludedInput', { reasons: reasonList(input, language) }));
  for (const step of report.steps) {
    const excluded = step.excluded.filter((exclusion) => exclusion.rows !== 0);
    if (excluded.length) items.push(say(language, 'label', 'summary.excludedStep', { step: step.name, reasons: reasonList(excluded, language) }));
  }
  return items.length ? items : [say(language, 'label', 'summary.excludedNone')];
}

/**
 * The Sammanfattning of a published report in `language`: a title, an overview paragraph
 * and the sections in SUMMARY_KINDS order (`insufficient` only when some difference
 * cannot be judged). Pure: the same report gives the same summary.
 */
export function reportSummary(report: PublishedReport, language: Language): ReportSummary {
  const rows = summaryRows(report);
  // The flagged categories and measures of the steps beyond yes/no count and speak with the yes/no rows.
  const flags = distributionFlags(report, language);
  const count = (verdict: PublishedResult['verdict']): string =>
    formatNumber(rows.filter((result) => result.verdict === verdict).length + flags.filter((flag) => flag.verdict === verdict).length, language);
  const insufficient = insufficientItems(rows, flags, language);
  const sections: SummarySection[] = [
    { kind: 'candidates', heading: say(language, 'label', 'summary.candidates'), items: candidateItems(rows, flags, report, language) },
    { kind: 'explained', heading: say(language, 'label', 'summary.explained'), items: explainedItems(rows, flags, language) },
    { kind: 'inconclusive', heading: say(language, 'label', 'summary.inconclusive'), items: inconclusiveItems(rows, flags, language) },
    ...(insufficient.length ? [{ kind: 'insufficient' as const, heading: say(language, 'label', 'summary.insufficient'), items: insufficient }] : []),
    { kind: 'limits', heading: say(language, 'label', 'summary.limits'), items: limitItems(rows, report, language) },
    { kind: 'excluded', heading: say(language, 'label', 'summary.excluded'), items: excludedItems(report, language) },
  ];
  return {
    title: say(language, 'label', 'summary.title'),
    overview: say(language, 'label', 'summary.overview', {
      steps: formatNumber(report.steps.length, language),
      rows: formatNumber(report.input.rows, language),
      candidates: count('candidate'),
      explained: count('explained'),
      inconclusive: count('inconclusive'),
      insufficient: count('insufficient'),
    }),
    sections,
  };
}

/** The summary as plain text: the overview, then each section's heading and its items as a list (for text formats and tests). */
export function summaryText(summary: ReportSummary): string {
  return [summary.title, '', summary.overview, ...summary.sections.flatMap((section) => ['', section.heading, ...section.items.map((item) => `- ${item}`)])].join('\n');
}
