/**
 * The text of a starter configuration: YAML with a comment above each key saying what
 * it does, in the chosen language (Swedish by default). Proposals that need a person's
 * judgement (criteria, periods, age groups, intersections) are written commented out.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import { DEFAULT_THRESHOLDS, DEFAULT_SUPPRESS_BELOW } from '../config/defaults.js';
import type { Proposal, ProposedStep } from './propose.js';
import { proposalTodos } from './todos.js';

/** Text that YAML reads as a plain string in a flow mapping or list; anything else is quoted. */
const PLAIN = /^[\p{L}_][\p{L}\p{N} _\-–/.()]*$/u;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A string as a YAML scalar: plain when safe, else double-quoted (JSON's quoting is valid YAML). */
export function yamlScalar(text: string): string {
  return PLAIN.test(text) && !RESERVED.test(text) && text.trim() === text ? text : JSON.stringify(text);
}

const list = (items: readonly string[]): string => `[${items.map(yamlScalar).join(', ')}]`;

/** Wraps a comment to lines of about 88 characters, each starting with "# ". */
function comment(text: string, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > 86 - indent.length) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

function uniqueNames(steps: readonly ProposedStep[]): string[] {
  const names = steps.map((step) => step.name);
  return names.map((name, index) => (names.indexOf(name) === index ? name : `${name} (${steps[index]!.column})`));
}

function stepLines(steps: readonly ProposedStep[], language: Language): string[] {
  const names = uniqueNames(steps);
  return steps.flatMap((step, index) => {
    const key = step.onlyFilled ? 'init.stepFilled' : 'init.step';
    return [
      ...comment(say(language, 'label', key, { column: step.column, value: step.value }), '  '),
      ...(step.other === null ? [] : comment(say(language, 'label', 'init.otherValue', { value: step.other }), '  ')),
      `  - name: ${yamlScalar(names[index]!)}`,
      ...(step.onlyFilled ? [`    among: { column: ${yamlScalar(step.column)}, empty: false }`] : []),
      `    outcome: { column: ${yamlScalar(step.column)}, equals: ${yamlScalar(step.value)} }`,
    ];
  });
}

/** A sex.values mapping as a YAML flow mapping, women's codes first. */
function sexValuesLine(values: ReadonlyMap<string, 'female' | 'male'>): string {
  const entries = [...values].sort((a, b) => (a[1] === b[1] ? 0 : a[1] === 'female' ? -1 : 1));
  return `  values: { ${entries.map(([code, sex]) => `${yamlScalar(code)}: ${sex}`).join(', ')} }`;
}

function sexLines(proposal: Proposal, language: Language): string[] {
  const sex = proposal.sex!;
  if (sex.kind === 'personnummer') return [...comment(say(language, 'label', 'init.personnummer', { column: sex.column })), 'sex:', `  personnummer: ${yamlScalar(sex.column)}`];
  if (sex.kind === 'wide') {
    const { female, male, total } = sex.columns;
    return [
      ...comment(say(language, 'label', 'init.todoWide', { female: female.join(', '), male: male.join(', ') })),
      ...(total.length > 0 ? comment(say(language, 'label', 'init.todoWideTotal', { total: total.join(', ') })) : []),
    ];
  }
  const totals = sex.totals.length > 0 ? comment(say(language, 'label', 'init.sexTotals', { totals: sex.totals.join(', ') })) : [];
  if (sex.numericCodes && sex.values) {
    return [...comment(say(language, 'label', 'init.sexNumeric', { column: sex.column })), ...totals, 'sex:', `  column: ${yamlScalar(sex.column)}`, sexValuesLine(sex.values)];
  }
  if (sex.values) {
    return [...comment(say(language, 'label', 'init.sexValues', { column: sex.column })), ...totals, 'sex:', `  column: ${yamlScalar(sex.column)}`, sexValuesLine(sex.values)];
  }
  return [...comment(say(language, 'label', 'init.sex', { column: sex.column })), 'sex:', `  column: ${yamlScalar(sex.column)}`];
}

/** The count key, or the comment saying what to fill in when no count column was recognised. */
function countLines(proposal: Proposal, language: Language): string[] {
  if (proposal.count) return ['', ...comment(say(language, 'label', 'init.count', { column: proposal.count })), `count: ${yamlScalar(proposal.count)}`];
  const todos = proposalTodos(proposal);
  if (todos.includes('rates')) return ['', ...comment(say(language, 'label', 'init.todoRates', { columns: proposal.rates.join(', ') }))];
  if (todos.includes('count')) return ['', ...comment(say(language, 'label', 'init.todoCount', { columns: proposal.maybeCounts.join(', ') }))];
  return [];
}

function stepsLines(proposal: Proposal, language: Language): string[] {
  const intro = comment(say(language, 'label', 'init.steps'));
  if (proposal.steps.length === 0) return [...intro, ...comment(say(language, 'label', 'init.todoSteps'))];
  return [...intro, 'steps:', ...stepLines(proposal.steps, language)];
}

function byLines(proposal: Proposal, language: Language): string[] {
  if (proposal.by.length === 0) return [];
  const lines = ['', ...comment(say(language, 'label', 'init.by')), `by: ${list(proposal.by)}`];
  if (proposal.moreBy.length > 0) lines.push(...comment(say(language, 'label', 'init.moreBy', { columns: proposal.moreBy.join(', ') })));
  if (proposal.by.length >= 2) {
    lines.push(...comment(say(language, 'label', 'init.intersection')), `# by: ${list([...proposal.by, `${proposal.by[0]}*${proposal.by[1]}`])}`);
  }
  return lines;
}

function optionalLines(proposal: Proposal, language: Language): string[] {
  const lines: string[] = [];
  if (proposal.criteria.length > 0) {
    lines.push('', ...comment(say(language, 'label', 'init.explain')), '# explain:');
    for (const { criterion, column } of proposal.criteria) lines.push(`#   ${criterion}: ${list([column])}`);
  }
  if (proposal.dates.length > 0) {
    lines.push('', ...comment(say(language, 'label', 'init.period')), `# period: { column: ${yamlScalar(proposal.dates[0]!)}, per: quarter }`);
  }
  if (proposal.ages.length > 0) {
    const age = proposal.ages[0]!;
    lines.push('', ...comment(say(language, 'label', 'init.age')), '# derive:', `#   ${yamlScalar(`${age}sgrupp`)}:`, `#     bins: { column: ${yamlScalar(age)}, edges: [0, 7, 13, 18] }`);
  }
  return lines;
}

/** The starter configuration for `file`, to be written to `config`. */
export function starterConfig(proposal: Proposal, file: string, config: string, language: Language): string {
  const { alpha, minDiffPp, minN, correction } = DEFAULT_THRESHOLDS;
  const lines = [
    ...comment(say(language, 'label', 'init.header', { file })),
    ...comment(say(language, 'label', 'init.run', { file, config })),
    '',
    ...sexLines(proposal, language),
    ...countLines(proposal, language),
    ...byLines(proposal, language),
    '',
    ...stepsLines(proposal, language),
    ...optionalLines(proposal, language),
    '',
    ...comment(say(language, 'label', 'init.thresholds')),
    `thresholds: { alpha: ${alpha}, minDiffPp: ${minDiffPp}, minN: ${minN}, correction: ${correction} }`,
    '',
    ...comment(say(language, 'label', 'init.suppress')),
    `suppress: { below: ${DEFAULT_SUPPRESS_BELOW} }`,
    '',
    ...comment(say(language, 'label', 'init.lang')),
    `# lang: ${language === 'sv' ? 'en' : 'sv'}`,
  ];
  return `${lines.join('\n')}\n`;
}
