/**
 * The HTML report's parts for the steps beyond yes/no (issue 15), in the yes/no steps'
 * visual language: a section per step with what the chart shows, its figure (one chart for
 * the overall row and one per variable, a text alternative read but not shown), its table
 * (a group line, a line per category or the measure's figures, the trend and the criteria's
 * stratified tests), its notes and row accounting; and the flagged categories and measures
 * for sections 2 and 3.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedStepSummary, Verdict } from '../model/report.js';
import { escapeHtml } from './html-escape.js';
import { accountingLine } from './report-notes.js';
import { criteriaListHtml } from './reflection-html.js';
import { renderSpecSvg } from './distribution-charts.js';
import { distributionChartData } from './distribution-chart-data.js';
import { distributionTable, measureNotes, type DistributionKind, type DistributionTable } from './distribution-html-rows.js';
import { distributionFlags } from './distribution-sentences.js';
import { sexWords } from './distribution-rows.js';

/** The figure of a step beyond yes/no: its charts, the text alternative and what is left out. */
async function figure(report: PublishedReport, step: PublishedStepSummary, kind: DistributionKind, index: number, language: Language): Promise<string> {
  const data = distributionChartData(report, step, kind, language);
  const charts: string[] = [];
  for (const part of data.parts) {
    const svg = await renderSpecSvg(part.spec);
    charts.push(`<div class="chart-part" data-by="${escapeHtml(part.by ?? '')}" data-groups="${part.groups}"><p class="chart-variable" aria-hidden="true">${escapeHtml(part.heading)}</p>${svg}</div>`);
  }
  const id = `chart-text-${index}`;
  const notes = [data.flagNote, data.hiddenNote].filter((note) => note !== '').map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('');
  return `<figure class="chart" data-kind="${kind}" data-step="${escapeHtml(step.name)}" data-groups="${data.rows}"><figcaption>${escapeHtml(data.title)}</figcaption><div role="img" aria-labelledby="${id}">${charts.join('')}</div><p class="visually-hidden" id="${id}">${escapeHtml(data.description)}</p>${notes}</figure>`;
}

/** The table of a step beyond yes/no: a variable's heading spans the table, a group's sub-lines are indented. */
function table(step: PublishedStepSummary, kind: DistributionKind, content: DistributionTable): string {
  // "Annat/okänt kön n" may break after the slash: the heads are what make a narrow column wide.
  const head = content.columns.map((column) => `<th scope="col"${column.text ? ' class="text"' : ''}>${escapeHtml(column.head).replace(/\//g, '/<wbr>')}</th>`).join('');
  const body = content.lines.map((line) => {
    if (line.kind === 'by') return `<tr class="by"><th colspan="${content.columns.length}" scope="rowgroup">${escapeHtml(line.text)}</th></tr>`;
    // A trend's or a criterion's line has only its name and its test: the name spans the empty figures' columns.
    const span = line.kind === 'trend' || line.kind === 'adjusted' ? Math.max(1, content.columns.findIndex((column) => column.field === 'test')) : 1;
    const cells = line.cells.flatMap((text, index) => {
      const column = content.columns[index]!;
      if (index === 0) return [`<th scope="row"${span > 1 ? ` colspan="${span}"` : ''}${line.kind === 'group' ? '' : ' class="sub"'} data-field="${column.field}">${escapeHtml(text.trimStart())}</th>`];
      if (index < span) return [];
      // "41 (27–60)" breaks before the parenthesis, never inside it; an interval "-13,4 – -10,0" only after its dash.
      const html =
        column.field === 'ci95'
          ? escapeHtml(text).replace(/^(\S+ \u2013) (\S+)$/, (_, low: string, high: string) => `<span class="nobreak">${low}</span> <span class="nobreak">${high}</span>`)
          : escapeHtml(text).replace(/\([^)]*\)/, (part) => `<span class="nobreak">${part}</span>`);
      return [`<td${column.text ? ' class="text"' : ''} data-field="${column.field}">${html}</td>`];
    });
    const classes = [line.kind, ...(line.flagged ? ['flagged'] : []), ...(line.hidden ? ['hidden'] : [])].join(' ');
    const value = line.value === null ? '' : ` data-value="${escapeHtml(line.value)}"`;
    return `<tr class="${classes}" data-by="${escapeHtml(line.by ?? '')}" data-group="${escapeHtml(line.group ?? '')}"${value}>${cells.join('')}</tr>`;
  });
  return `<table class="results distribution" data-kind="${kind}" data-step="${escapeHtml(step.name)}"><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The section of one step beyond yes/no, numbered `index` among the report's step sections. */
export async function distributionSectionHtml(report: PublishedReport, step: PublishedStepSummary, kind: DistributionKind, index: number, language: Language): Promise<string> {
  const words = sexWords(report, language);
  const female = words.female.toLowerCase();
  const male = words.male.toLowerCase();
  const intro = say(language, 'label', kind === 'categories' ? 'dist.seeCategories' : 'dist.seeMeasure', { female, male });
  const notes = kind === 'measure' ? measureNotes(report, step.name, language) : [];
  return [
    `<section class="step" data-kind="${kind}" id="step-${index}">`,
    `<h3>${escapeHtml(`${say(language, 'label', 'step')}: ${step.name}`)}</h3>`,
    `<p class="step-intro">${escapeHtml(intro)}</p>`,
    await figure(report, step, kind, index, language),
    table(step, kind, distributionTable(report, step.name, kind, language)),
    ...notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`),
    `<p class="accounting">${escapeHtml(accountingLine(step, language))}</p>`,
    '</section>',
  ].join('');
}

/** Section 2's articles for the flagged categories and measures: where, and the sentence with its verdict. */
export function distributionReflections(report: PublishedReport, language: Language): string {
  return distributionFlags(report, language, true)
    .map((flag) => `<article class="reflection" data-kind="distribution"><h3>${escapeHtml(flag.place)}</h3><p>${escapeHtml(flag.sentence)}</p>${criteriaListHtml(flag.answers)}</article>`)
    .join('');
}

/** Section 3's list items for the flagged categories and measures with this verdict. */
export function distributionConclusions(report: PublishedReport, verdict: Verdict, language: Language): string[] {
  return distributionFlags(report, language)
    .filter((flag) => flag.verdict === verdict)
    .map((flag) => `<li>${escapeHtml(`${flag.place}: ${flag.label}`)}</li>`);
}
