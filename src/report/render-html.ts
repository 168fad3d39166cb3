/**
 * The HTML renderer: one self-contained page (no scripts, no network requests, no web
 * fonts) that follows SKR's four steps: 1 Vad ser vi? (a chart and a table per step),
 * 2 Vi reflekterar (each flagged difference against the criteria), 3 Kan vi dra
 * slutsatser? (candidates and explained differences), 4 Hur kan vi göra annorlunda?
 * (room for the analyst's notes); then the method, the row accounting and the settings.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedResult, PublishedStepSummary } from '../model/report.js';
import { stepColumns, stepResults } from './step-rows.js';
import { methodParagraphs, settingRows } from './method-text.js';
import { accountingLine, inputLines, reportNotes } from './report-notes.js';
import { rowPlace, verdictLabel, verdictSentence } from './verdict-text.js';
import { criterionAnswers } from './reflection-text.js';
import { criteriaListHtml } from './reflection-html.js';
import { renderSharesChartSvg } from './shares-chart.js';
import { stepChartData } from './step-chart-data.js';
import { reportSummary } from './summary.js';
import { GLOSSARY_TERMS } from '../i18n/summary-texts.js';
import { DISTRIBUTION_STYLE, HTML_STYLE } from './html-style.js';
import { rateCells, rateHeads, ratesTitle } from './rate-rows.js';
import { detectableSentences, noneFoundText } from './detectable-text.js';
import { noticeLines, noticesTitle } from './notices.js';
import { escapeHtml } from './html-escape.js';
import { distributionConclusions, distributionSectionHtml, distributionReflections } from './distribution-html.js';
import { distributionKind, distributionMethod, distributionSteps, hasDistributionSteps } from './distribution-html-rows.js';
import { DISTRIBUTION_GLOSSARY_TERMS } from '../i18n/report-distribution-texts.js';

export interface HtmlOptions {
  readonly language: Language;
}

/** Escaping lives in html-escape.ts (the parts of the page share it); kept here for callers of this module. */
export { escapeHtml };


/**
 * The figure of a step: one chart for the overall row and one per variable, each group
 * with both shares and the difference. The text alternative is the figure's accessible
 * name, in a visually hidden paragraph: read aloud, never shown.
 */
async function stepFigure(report: PublishedReport, step: PublishedStepSummary, index: number, language: Language): Promise<string> {
  const data = stepChartData(report, step, language);
  const charts: string[] = [];
  for (const part of data.parts) {
    const svg = await renderSharesChartSvg(part.points, data.texts, language);
    charts.push(`<div class="chart-part" data-by="${escapeHtml(part.by ?? '')}" data-groups="${part.points.length}"><p class="chart-variable" aria-hidden="true">${escapeHtml(part.heading)}</p>${svg}</div>`);
  }
  const hiddenNote = data.hiddenNote ? `<p class="note">${escapeHtml(data.hiddenNote)}</p>` : '';
  const id = `chart-text-${index}`;
  return `<figure class="chart" data-step="${escapeHtml(step.name)}" data-groups="${data.rows}"><figcaption>${escapeHtml(say(language, 'label', 'chart.title', { step: step.name }))}</figcaption><div role="img" aria-labelledby="${id}">${charts.join('')}</div><p class="visually-hidden" id="${id}">${escapeHtml(data.description)}</p>${hiddenNote}</figure>`;
}

function stepTable(report: PublishedReport, step: PublishedStepSummary, language: Language): string {
  const columns = stepColumns(report, language);
  const body: string[] = [];
  let currentBy: string | null = null;
  for (const result of stepResults(report, step.name)) {
    if (result.by !== null && result.by !== currentBy) {
      currentBy = result.by;
      body.push(`<tr class="by"><th colspan="${columns.length}" scope="rowgroup">${escapeHtml(result.by)}</th></tr>`);
    }
    const cells = columns.map((column, index) => {
      const tag = index === 0 ? 'th scope="row"' : 'td';
      const kind = column.text && index > 0 ? ' class="text"' : '';
      return `<${tag}${kind} data-field="${column.field}">${escapeHtml(column.cell(result))}</${tag.split(' ')[0]}>`;
    });
    const attributes = `data-by="${escapeHtml(result.by ?? '')}" data-group="${escapeHtml(result.group ?? '')}" data-period="${escapeHtml(result.period ?? '')}"`;
    body.push(`<tr${result.flag ? ' class="flagged"' : ''} ${attributes}>${cells.join('')}</tr>`);
  }
  const head = columns.map((column) => `<th scope="col"${column.text ? ' class="text"' : ''}>${escapeHtml(column.head)}</th>`).join('');
  return `<table class="results" data-step="${escapeHtml(step.name)}"><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function ratesTable(report: PublishedReport, language: Language): string {
  if (report.rates.length === 0) return '';
  const head = rateHeads(report, language).map((text, index) => `<th scope="col"${index === 0 || index === 8 ? ' class="text"' : ''}>${escapeHtml(text)}</th>`).join('');
  const body = report.rates
    .map((rate) => `<tr${rate.flag ? ' class="flagged"' : ''}>${rateCells(rate, language).map((text, index) => (index === 0 ? `<th scope="row">${escapeHtml(text)}</th>` : `<td>${escapeHtml(text)}</td>`)).join('')}</tr>`)
    .join('');
  return `<section class="step" id="rates"><h3>${escapeHtml(ratesTitle(report, language))}</h3><table class="rates"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
}

function flaggedRows(report: PublishedReport): PublishedResult[] {
  return report.results.filter((result) => result.flag);
}

function reflectSection(report: PublishedReport, language: Language): string {
  const flagged = flaggedRows(report);
  const others = distributionReflections(report, language);
  if (flagged.length === 0 && others === '') return `<p>${escapeHtml(say(language, 'label', 'pub.html.reflectNone'))}</p>`;
  return flagged
    .map((result) => {
      return `<article class="reflection"><h3>${escapeHtml(rowPlace(result, language))}</h3><p>${escapeHtml(verdictSentence(result, report, language) ?? '')}</p>${criteriaListHtml(criterionAnswers(result, language))}</article>`;
    })
    .join('') + others;
}

function conclusionList(report: PublishedReport, verdict: PublishedResult['verdict'], language: Language): string {
  const rows = flaggedRows(report).filter((result) => result.verdict === verdict);
  const others = distributionConclusions(report, verdict, language);
  // Never a bare "None": say that none were found and, for candidates, what the counts could have shown.
  if (rows.length === 0 && others.length === 0) return `<p>${escapeHtml(verdict === 'candidate' ? noneFoundText(report, language) : say(language, 'label', 'pub.html.noneFound'))}</p>`;
  return `<ul>${rows.map((result) => `<li>${escapeHtml(`${rowPlace(result, language)}: ${verdictLabel(result, language)}`)}</li>`).join('')}${others.join('')}</ul>`;
}

function concludeSection(report: PublishedReport, language: Language): string {
  return [
    `<p>${escapeHtml(say(language, 'label', 'pub.html.concludeIntro'))}</p>`,
    `<h3>${escapeHtml(say(language, 'label', 'pub.html.candidates'))}</h3>${conclusionList(report, 'candidate', language)}`,
    `<h3>${escapeHtml(say(language, 'label', 'pub.html.explained'))}</h3>${conclusionList(report, 'explained', language)}`,
    `<h3>${escapeHtml(say(language, 'label', 'pub.html.inconclusive'))}</h3>${conclusionList(report, 'inconclusive', language)}`,
    `<h3>${escapeHtml(say(language, 'label', 'pub.html.insufficient'))}</h3>${conclusionList(report, 'insufficient', language)}`,
  ].join('');
}

function accountingSection(report: PublishedReport, language: Language): string {
  const lines = [...inputLines(report, language), ...report.steps.map((step) => `${say(language, 'label', 'step')} ${step.name}: ${accountingLine(step, language)}`)];
  return `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
}

function settingsSection(report: PublishedReport, language: Language): string {
  const rows = settingRows(report, language).map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td class="text">${escapeHtml(value)}</td></tr>`);
  const notes = reportNotes(report, language).slice(-3);
  return `<table class="settings"><tbody>${rows.join('')}</tbody></table>${notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('')}`;
}

/** The Sammanfattning: the overview, then each part of the summary as a heading and a list. */
function summarySection(report: PublishedReport, language: Language): string {
  const summary = reportSummary(report, language);
  // In running text a number's thousands stay on one line ("3 877", not "3" and "877").
  const text = (words: string): string => escapeHtml(words).replace(/(\d) (?=\d{3}\b)/g, '$1&nbsp;');
  const parts = summary.sections.map(
    (part) => `<div class="summary-part" data-kind="${part.kind}"><h3>${escapeHtml(part.heading)}</h3><ul>${part.items.map((item) => `<li>${text(item)}</li>`).join('')}</ul></div>`,
  );
  return `<p class="overview">${text(summary.overview)}</p>${parts.join('')}`;
}

/** Section 4's fields: typed into on screen (no script: contenteditable), printed with their text, or as ruled lines when empty. */
function notesFields(language: Language): string {
  return (['field.change', 'field.who', 'field.followUp'] as const)
    .map((key, index) => {
      const id = `notes-${index + 1}`;
      return `<div class="field"><p class="field-label" id="${id}-label">${escapeHtml(say(language, 'label', key))}</p><div class="notes-area" id="${id}" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="${id}-label" data-placeholder="${escapeHtml(say(language, 'label', 'field.placeholder'))}"></div></div>`;
    })
    .join('');
}

/** The glossary: each term and its meaning in plain words; the terms of the categorical and numeric steps when the report has such a step. */
function glossarySection(report: PublishedReport, language: Language): string {
  const terms = [...GLOSSARY_TERMS, ...(hasDistributionSteps(report) ? DISTRIBUTION_GLOSSARY_TERMS : [])];
  const entries = terms.map((term) => {
    const [word, meaning] = say(language, 'label', `glossary.${term}`).split('|') as [string, string];
    return `<dt>${escapeHtml(word)}</dt><dd>${escapeHtml(meaning)}</dd>`;
  });
  return `<p>${escapeHtml(say(language, 'label', 'glossary.intro'))}</p><dl class="glossary">${entries.join('')}</dl>`;
}

/** The period the report covers: the configured text, else the first and last period of the data, else none. */
function reportPeriod(report: PublishedReport): string | null {
  if (report.report?.period) return report.report.period;
  const periods = [...new Set(report.results.map((result) => result.period).filter((period): period is string => period !== null))].sort();
  if (periods.length === 0) return null;
  return periods.length === 1 ? periods[0]! : `${periods[0]} – ${periods.at(-1)}`;
}

/** The title block: organisation, title, period and author, then the lead and what publication hid. */
function titleBlock(report: PublishedReport, title: string, language: Language): string {
  // The organisation stands above the title; the list under it says when and by whom.
  const meta: Array<[string, string | null | undefined]> = [
    [say(language, 'label', 'period'), reportPeriod(report)],
    [say(language, 'label', 'meta.author'), report.report?.author],
  ];
  const shown = meta.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  const list = shown.length ? `<dl class="meta">${shown.map(([name, value]) => `<div><dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl>` : '';
  const organisation = report.report?.organisation ? `<p class="organisation">${escapeHtml(report.report.organisation)}</p>` : '';
  return `<header class="title-block">${organisation}<h1>${escapeHtml(title)}</h1>${list}<p class="lead">${escapeHtml(say(language, 'label', 'pub.html.lead'))}</p><p class="publication">${escapeHtml(reportNotes(report, language).at(-1)!)}</p></header>`;
}

/** Swedish typography in running text: a non-breaking space before % and p.e. and after "<", so that a number never ends a line without its unit or sign. */
function keepUnits(html: string): string {
  return html.replace(/ (%|p\.e\.)/g, '&nbsp;$1').replace(/&lt; (?=\d)/g, '&lt;&nbsp;');
}

const section = (id: string, title: string, content: string): string => `<section id="${id}"><h2>${escapeHtml(title)}</h2>${content}</section>`;

/** Renders the published report as one self-contained HTML page. */
export async function renderHtml(report: PublishedReport, options: HtmlOptions): Promise<string> {
  const { language } = options;
  const female = say(language, 'label', `sex.female.${report.sexTerms}`).toLowerCase();
  const male = say(language, 'label', `sex.male.${report.sexTerms}`).toLowerCase();
  const title = report.report?.title ?? say(language, 'label', 'pub.html.title', { steps: report.steps.map((step) => step.name).join(', ') });
  const steps: string[] = [];
  for (const step of report.steps) {
    // The categorical and numeric steps follow the yes/no steps, in sections of their own.
    if (distributionKind(report, step.name)) continue;
    steps.push(
      `<section class="step" id="step-${steps.length + 1}"><h3>${escapeHtml(`${say(language, 'label', 'step')}: ${step.name}`)}</h3>${await stepFigure(report, step, steps.length + 1, language)}${stepTable(report, step, language)}${detectableSentences(stepResults(report, step.name), report, language).map((sentence) => `<p class="note">${escapeHtml(sentence)}</p>`).join('')}<p class="accounting">${escapeHtml(accountingLine(step, language))}</p></section>`,
    );
  }
  for (const { step, kind } of distributionSteps(report)) steps.push(await distributionSectionHtml(report, step, kind, steps.length + 1, language));
  const sections: Array<[string, string, string]> = [
    ['summary', say(language, 'label', 'summary.title'), summarySection(report, language)],
    ['see', say(language, 'label', 'pub.html.see'), `<p>${escapeHtml(say(language, 'label', 'pub.html.seeIntro', { female, male }))}</p>${steps.join('')}${ratesTable(report, language)}`],
    ['reflect', say(language, 'label', 'pub.html.reflect'), `<p>${escapeHtml(say(language, 'label', 'pub.html.reflectIntro'))}</p>${reflectSection(report, language)}`],
    ['conclude', say(language, 'label', 'pub.html.conclude'), concludeSection(report, language)],
    ['change', say(language, 'label', 'pub.html.change'), `<p>${escapeHtml(say(language, 'label', 'pub.html.changeIntro'))}</p>${notesFields(language)}`],
    ['glossary', say(language, 'label', 'glossary.title'), glossarySection(report, language)],
    ['method', say(language, 'label', 'pub.method'), [...methodParagraphs(report, language), ...distributionMethod(report, language)].map((text) => `<p>${escapeHtml(text)}</p>`).join('')],
    ['accounting', say(language, 'label', 'pub.accounting'), accountingSection(report, language)],
    ['settings', say(language, 'label', 'pub.settings'), settingsSection(report, language)],
  ];
  const contents = `<nav aria-label="${escapeHtml(say(language, 'label', 'pub.html.contents'))}"><ul>${sections.map(([id, heading]) => `<li><a href="#${id}">${escapeHtml(heading)}</a></li>`).join('')}</ul></nav>`;
  const notices = noticeLines(report, language);
  const noticeBlock = notices.length
    ? `<section class="notices" role="note"><h2>${escapeHtml(noticesTitle(language))}</h2><ul>${notices.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></section>\n`
    : '';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="${escapeHtml(report.generator)}">
<title>${escapeHtml(title)}</title>
<style>${HTML_STYLE}${hasDistributionSteps(report) ? DISTRIBUTION_STYLE : ''}</style>
</head>
<body>
${keepUnits(titleBlock(report, title, language))}
${contents}
<main>
${keepUnits(noticeBlock + sections.map(([id, heading, content]) => section(id, heading, content)).join('\n'))}
</main>
<footer>${escapeHtml(say(language, 'label', 'pub.html.footer', { generator: report.generator }))}</footer>
</body>
</html>
`;
}
