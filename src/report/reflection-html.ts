/** The criteria's questions and answers of one reflection as HTML (SKR's step 2, "Vi reflekterar"). */
import { escapeHtml } from './html-escape.js';
import type { CriterionAnswer } from './reflection-text.js';

/** A definition list: each question, its answer and, below it, the figures behind the answer. */
export function criteriaListHtml(answers: readonly CriterionAnswer[]): string {
  const entries = answers
    .map((entry) => `<dt>${escapeHtml(entry.question)}</dt><dd>${escapeHtml(entry.answer)}${entry.evidence ? `<br><span class="evidence">${escapeHtml(entry.evidence)}</span>` : ''}</dd>`)
    .join('');
  return `<dl class="criteria">${entries}</dl>`;
}
