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
figcaption { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; font-size: .8rem; margin: .6rem 0; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--rule); padding: .2rem .45rem; text-align: right; vertical-align: top; white-space: nowrap; }
td.text { white-space: normal; }
th:first-child, td:first-child, td.text, th.text { text-align: left; }
thead th { border-bottom: 2px solid var(--ink); white-space: normal; vertical-align: bottom; }
tr.by th { text-align: left; padding-top: .6rem; border-bottom: 1px solid var(--ink); }
tr.flagged td, tr.flagged th { background: var(--flag); font-weight: 600; }
tr.flagged td:last-child { color: var(--flag-ink); }
.accounting, .note { color: var(--muted); font-size: .9rem; }
dl.criteria dt { font-weight: 600; margin-top: .5rem; }
dl.criteria dd { margin-left: 1.2rem; }
.evidence { color: var(--muted); font-size: .88rem; }
.notes-area { border: 1px solid var(--rule); min-height: 14rem; padding: .6rem; background: repeating-linear-gradient(#fff, #fff 1.9rem, #e6e6e6 1.9rem, #e6e6e6 2rem); }
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
  tr.flagged td, tr.flagged th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
