/**
 * Problems found in an .xlsx, placed as an Excel user looks for them: the file named
 * with its sheet ("rapport.xlsx [Tabell 1]"), and each column with its letter. Lines
 * are Excel row numbers already (the Excel row source counts them so).
 */
import type { Problem } from './problem.js';

/** How one workbook's places are named: by the reader's label, and a letter per header column. */
export interface WorkbookPlaces {
  readonly label: string;
  readonly header: readonly string[];
  readonly columnLetters: readonly string[];
}

/** The problems with the places of workbooks (keyed by path) named by sheet and column letter; others unchanged. */
export function inWorkbookTerms(problems: readonly Problem[], workbooks: ReadonlyMap<string, WorkbookPlaces>): Problem[] {
  if (workbooks.size === 0) return [...problems];
  return problems.map((found) => {
    const workbook = found.file === null ? undefined : workbooks.get(found.file);
    if (!workbook) return found;
    const index = found.column === null ? -1 : workbook.header.indexOf(found.column);
    const letter = index >= 0 ? workbook.columnLetters[index] : undefined;
    return { ...found, file: workbook.label, ...(letter ? { columnLetter: letter } : {}) };
  });
}
