/**
 * The HTML report's style sheet: system fonts only (no web fonts), readable on screen,
 * printable on A4 (each step's table kept together where it fits, links without URLs).
 */
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --flag: #fff0c2; --flag-ink: #8a3b00; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.45; }
body { max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
p, li, dd { max-width: 48rem; }
.lead { font-size: 1.05rem; }
.publication { font-weight: 600; }
nav ul { padding-left: 1.2rem; columns: 2; list-style: none; }
figure { margin: .8rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
.chart-part { margin: .2rem 0 .8rem; }
.chart-variable { font-size: .9rem; font-weight: 600; margin: .4rem 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.title-block .organisation { font-size: 1.05rem; font-weight: 600; margin: 0 0 .2rem; color: var(--muted); }
dl.meta { display: flex; flex-wrap: wrap; gap: .2rem 1.6rem; margin: .2rem 0 .8rem; }
dl.meta div { display: flex; gap: .4rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
#summary { border: 1px solid var(--rule); border-left: 4px solid var(--ink); padding: 0 1rem .6rem; margin-top: 1.5rem; }
#summary h2 { margin-top: .8rem; }
#summary h3 { font-size: 1rem; margin: 1rem 0 .2rem; }
#summary ul { margin: .2rem 0; padding-left: 1.2rem; }
.overview { font-size: 1.05rem; }
dl.glossary dt { font-weight: 600; margin-top: .5rem; }
dl.glossary dd { margin-left: 1.2rem; }
.field-label { font-weight: 600; margin: 1rem 0 .3rem; }
table { border-collapse: collapse; font-size: .75rem; margin: .6rem 0; font-variant-numeric: tabular-nums; max-width: 100%; }
th, td { border-bottom: 1px solid var(--rule); padding: .2rem .3rem; text-align: right; vertical-align: top; white-space: nowrap; }
td.text, tbody th { white-space: normal; }
table.results { width: 100%; }
table.results td[data-field="ci95"], table.results td[data-field="p"], table.results td[data-field="q"] { white-space: normal; }
table.results td.text { min-width: 6.5rem; }
table.results tbody th { min-width: 7rem; }
th:first-child, td:first-child, td.text, th.text { text-align: left; }
thead th { border-bottom: 2px solid var(--ink); white-space: normal; vertical-align: bottom; }
tr.by th { text-align: left; padding-top: .6rem; border-bottom: 1px solid var(--ink); }
tr.flagged td, tr.flagged th { background: var(--flag); font-weight: 600; }
tr.flagged td:last-child { color: var(--flag-ink); }
.accounting, .note { color: var(--muted); font-size: .9rem; }
dl.criteria dt { font-weight: 600; margin-top: .5rem; }
dl.criteria dd { margin-left: 1.2rem; }
.evidence { color: var(--muted); font-size: .88rem; }
.notes-area { border: 1px solid var(--rule); min-height: 8rem; padding: .3rem .6rem; line-height: 2rem; white-space: pre-wrap; background: repeating-linear-gradient(#fff, #fff 1.9rem, #e6e6e6 1.9rem, #e6e6e6 2rem); }
.notes-area:empty::before { content: attr(data-placeholder); color: var(--muted); }
.notes-area:focus { outline: 2px solid var(--ink); }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  html { font-size: 9pt; }
  body { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  section.step { break-inside: avoid-page; }
  figure, table, article { break-inside: avoid; }
  tr.flagged td, tr.flagged th, .notes-area { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .notes-area { break-inside: avoid; }
  .notes-area:empty::before { content: ""; }
  table { font-size: 7.5pt; }
  th, td { padding: .15rem .2rem; }
  table.results td.text, table.results tbody th { min-width: 5rem; }
  a { color: inherit; text-decoration: none; }
}
`;

/** The style of the categorical and numeric steps' tables (issue 15), added only to a report that has such a step, so that the others stay as they were. */
export const DISTRIBUTION_STYLE = `
table.distribution td { white-space: normal; }
table.distribution td[data-field="diff"], table.distribution td[data-field="p"], table.distribution td[data-field="q"] { white-space: nowrap; }
table.distribution tbody th { min-width: 9rem; }
table.distribution tbody th.sub { padding-left: 1.2rem; font-weight: normal; }
table.distribution[data-kind="measure"] tbody tr.group:not(.flagged) th { font-weight: normal; }
table.distribution[data-kind="categories"] tr.group th, table.distribution[data-kind="categories"] tr.group td { border-top: 1px solid var(--ink); font-weight: 600; }
table.distribution tr.trend th, table.distribution tr.adjusted th { font-style: italic; }
table.distribution tr.flagged th.sub { font-weight: 600; }
.step-intro { font-size: .95rem; }
table.distribution .nobreak, table.distribution[data-kind="measure"] td[data-field="ci95"] { white-space: nowrap; }
table.distribution td[data-field="test"] { padding-left: .5rem; }
@media print {
  table.distribution tbody th { min-width: 5.5rem; }
  table.distribution td.text { min-width: 0; }
  /* A numeric step's fourteen columns fit the A4 text column only in a slightly smaller type and with less space between columns, more before each sex's and the difference's figures. */
  table.distribution[data-kind="measure"] { font-size: 6.8pt; }
  table.distribution[data-kind="measure"] th, table.distribution[data-kind="measure"] td { padding-left: .1rem; padding-right: .1rem; }
  table.distribution[data-kind="measure"] td[data-field$="-median"], table.distribution[data-kind="measure"] td[data-field="male-n"], table.distribution[data-kind="measure"] td[data-field="other-n"], table.distribution[data-kind="measure"] td[data-field="diff"], table.distribution[data-kind="measure"] td[data-field="test"] { padding-left: .4rem; }
}
`;
