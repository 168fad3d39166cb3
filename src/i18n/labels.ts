/**
 * Labels for tables and notes, in Swedish and English. Renderers take every word they
 * print from here; a test checks both languages have the same keys.
 */
import type { Language } from './messages.js';
import type { SexTerms } from '../report/model.js';

const sv = {
  overall: 'Totalt',
  blankGroup: '(tomt)',
  group: 'Grupp',
  n: 'n',
  share: 'andel',
  difference: 'Skillnad (p.e.)',
  ci95: '95 % KI',
  test: 'Test',
  p: 'p',
  q: 'q',
  flag: 'Flagga',
  flagged: 'FLAGGA',
  step: 'Steg',
  chi2: 'chi²',
  fisher: 'Fisher',
  noTest: '–',
  rowsInStep: 'Rader i steget',
  used: 'använda',
  cases: 'ärenden',
  excluded: 'uteslutna',
  notSelected: 'ej i steget',
  inputRows: 'Rader lästa',
  inputExcluded: 'uteslutna före analys',
  file: 'Fil',
  encoding: 'teckenkodning',
  delimiter: 'avgränsare',
  titleLines: 'titelrader',
  correction: 'korrektion',
  settingsLine: 'Flagga när q < {alpha}, |skillnad| ≥ {minDiffPp} p.e. och minst {minN} i varje grupp. Korrektion: {correction} över {familySize} test.',
  flagNote: 'En flagga markerar en skillnad att granska, inte ett bevis för olikabehandling.',
  'reason.no-cases': 'inga ärenden',
  'reason.empty-margin': 'tom rad eller kolumn',
  'reason.too-few-strata': 'för få strata',
  'exclusion.ragged-row': 'fel antal fält',
  'exclusion.total-row': 'summarad (Totalt)',
  'exclusion.invalid-count': 'ogiltigt antal',
  'exclusion.missing-sex': 'kön saknas',
  'exclusion.invalid-personnummer': 'ogiltigt personnummer',
  'exclusion.missing-outcome': 'utfall saknas',
  'sex.female.children': 'Flickor',
  'sex.male.children': 'Pojkar',
  'sex.female.adults': 'Kvinnor',
  'sex.male.adults': 'Män',
  'sex.female.neutral': 'Kvinnor/flickor',
  'sex.male.neutral': 'Män/pojkar',
  other: 'Annat/okänt',
  // inspect
  rows: 'Rader',
  column: 'Kolumn',
  distinct: 'Olika värden',
  empty: 'Tomma',
  role: 'Roll',
  top: 'Vanligaste värden',
  'role.sex': 'kön',
  'role.personnummer': 'personnummer',
  'role.date': 'datum',
  'role.number': 'tal',
  'role.category': 'kategori',
  'role.id': 'id',
  'role.empty': 'tom',
  personnummerValid: '{valid} giltiga, {invalid} ogiltiga personnummer (värdena visas aldrig)',
  header: 'Rubrikrad',
} as const;

export type LabelKey = keyof typeof sv;

const en: Record<LabelKey, string> = {
  overall: 'Overall',
  blankGroup: '(blank)',
  group: 'Group',
  n: 'n',
  share: 'share',
  difference: 'Difference (pp)',
  ci95: '95% CI',
  test: 'Test',
  p: 'p',
  q: 'q',
  flag: 'Flag',
  flagged: 'FLAG',
  step: 'Step',
  chi2: 'chi²',
  fisher: 'Fisher',
  noTest: '–',
  rowsInStep: 'Rows in step',
  used: 'used',
  cases: 'cases',
  excluded: 'excluded',
  notSelected: 'not in step',
  inputRows: 'Rows read',
  inputExcluded: 'excluded before analysis',
  file: 'File',
  encoding: 'encoding',
  delimiter: 'delimiter',
  titleLines: 'title lines',
  correction: 'correction',
  settingsLine: 'Flagged when q < {alpha}, |difference| ≥ {minDiffPp} pp and at least {minN} in each group. Correction: {correction} over {familySize} tests.',
  flagNote: 'A flag marks a difference to look into, not proof of unequal treatment.',
  'reason.no-cases': 'no cases',
  'reason.empty-margin': 'empty row or column',
  'reason.too-few-strata': 'too few strata',
  'exclusion.ragged-row': 'wrong number of fields',
  'exclusion.total-row': 'summary row (Total)',
  'exclusion.invalid-count': 'invalid count',
  'exclusion.missing-sex': 'sex missing',
  'exclusion.invalid-personnummer': 'invalid personnummer',
  'exclusion.missing-outcome': 'outcome missing',
  'sex.female.children': 'Girls',
  'sex.male.children': 'Boys',
  'sex.female.adults': 'Women',
  'sex.male.adults': 'Men',
  'sex.female.neutral': 'Female',
  'sex.male.neutral': 'Male',
  other: 'Other/unknown',
  rows: 'Rows',
  column: 'Column',
  distinct: 'Distinct',
  empty: 'Empty',
  role: 'Role',
  top: 'Most common values',
  'role.sex': 'sex',
  'role.personnummer': 'personnummer',
  'role.date': 'date',
  'role.number': 'number',
  'role.category': 'category',
  'role.id': 'id',
  'role.empty': 'empty',
  personnummerValid: '{valid} valid, {invalid} invalid personnummer (values are never shown)',
  header: 'Header',
};

const catalogues: Record<Language, Record<LabelKey, string>> = { sv, en };

/** A label in the given language, with {name} placeholders filled in. */
export function label(key: LabelKey, language: Language, values: Record<string, string | number> = {}): string {
  return catalogues[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The label for female or male in the words the extract uses. */
export function sexLabel(sex: 'female' | 'male', terms: SexTerms, language: Language): string {
  return label(`sex.${sex}.${terms}` as LabelKey, language);
}

/** Label keys of a language, for the completeness test. */
export function labelKeys(language: Language): string[] {
  return Object.keys(catalogues[language]).sort();
}
