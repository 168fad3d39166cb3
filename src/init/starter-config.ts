/**
 * The text of a starter configuration: YAML with a comment above each key saying what
 * it does, in the chosen language (Swedish by default). Proposals that need a person's
 * judgement (criteria, periods, age groups, intersections) are written commented out.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import { DEFAULT_THRESHOLDS, DEFAULT_SUPPRESS_BELOW } from '../config/defaults.js';
import { DEFAULT_TOTAL_LABELS } from '../ingest/total-rows.js';
import type { Proposal, ProposedCategoriesStep, ProposedMeasureStep, ProposedOutcomeStep, ProposedStep, ProposedWide } from './propose.js';
import { proposalTodos } from './todos.js';

/** Text that YAML reads as a plain string in a flow mapping or list; anything else is quoted (\u2013: the en dash, escaped as docs/build.md says). */
const PLAIN = /^[\p{L}_][\p{L}\p{N} _\-\u2013/.()]*$/u;
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
  return names.map((name, index) => {
    const step = steps[index]!;
    return names.indexOf(name) === index || step.kind === 'funnel' ? name : `${name} (${step.column})`;
  });
}

/** The condition of the cases an outcome step takes: those with one of its two values when the column holds a total, else those where it is filled. */
function amongLine(step: ProposedOutcomeStep): string[] {
  if (step.totals.length > 0 && step.other !== null) return [`    among: { column: ${yamlScalar(step.column)}, in: ${list([step.value, step.other])} }`];
  return step.onlyFilled ? [`    among: { column: ${yamlScalar(step.column)}, empty: false }`] : [];
}

function stepLines(steps: readonly ProposedStep[], language: Language): string[] {
  const names = uniqueNames(steps);
  return steps.flatMap((step, index) => {
    if (step.kind === 'funnel') {
      return [
        ...comment(say(language, 'label', 'init.funnelStep', { of: step.of, yes: step.yes }), '  '),
        `  - { name: ${yamlScalar(names[index]!)}, of: ${yamlScalar(step.of)}, yes: ${yamlScalar(step.yes)} }`,
      ];
    }
    const key = step.onlyFilled ? 'init.stepFilled' : 'init.step';
    return [
      ...comment(say(language, 'label', key, { column: step.column, value: step.value }), '  '),
      ...(step.other === null ? [] : comment(say(language, 'label', 'init.otherValue', { value: step.other }), '  ')),
      ...(step.totals.length > 0 && step.other !== null ? comment(say(language, 'label', 'init.stepTotals', { column: step.column, totals: step.totals.join(', ') }), '  ') : []),
      `  - name: ${yamlScalar(names[index]!)}`,
      ...amongLine(step),
      `    outcome: { column: ${yamlScalar(step.column)}, equals: ${yamlScalar(step.value)} }`,
    ];
  });
}

/** The keys of a categorical or measure step, as flow-mapping entries (after `name`). */
function distributionKeys(step: ProposedCategoriesStep | ProposedMeasureStep): { among: string | null; body: string } {
  const among = step.onlyFilled ? `{ column: ${yamlScalar(step.column)}, empty: false }` : null;
  if (step.kind === 'categories') {
    return { among, body: `categories: { column: ${yamlScalar(step.column)}${step.ordered ? `, ordered: ${list(step.ordered)}` : ''} }` };
  }
  return { among, body: `measure: { column: ${yamlScalar(step.column)}${step.unit ? `, unit: ${yamlScalar(step.unit)}` : ''} }` };
}

/**
 * Categorical and measure steps: an active one as a block item under its comment; an
 * uncertain one (or any, when `allCommented`) as a one-line flow item behind `#`, so that
 * removing the `#` gives a whole step.
 */
function distributionLines(proposal: Proposal, language: Language, allCommented: boolean): string[] {
  return [...proposal.categorySteps, ...proposal.measureSteps].flatMap((step) => {
    const active = step.active && !allCommented;
    const why =
      step.kind === 'categories'
        ? [
            ...comment(say(language, 'label', step.active ? 'init.categoriesStep' : 'init.categoriesMaybe', { column: step.column, count: step.distinct }), '  '),
            ...(step.ordered ? comment(say(language, 'label', 'init.categoriesOrdered', { values: step.ordered.join(', ') }), '  ') : []),
          ]
        : comment(say(language, 'label', step.active ? 'init.measureStep' : 'init.measureMaybe', { column: step.column }), '  ');
    const { among, body } = distributionKeys(step);
    if (active) return [...why, `  - name: ${yamlScalar(step.name)}`, ...(among ? [`    among: ${among}`] : []), `    ${body}`];
    return [...why, `  # - { name: ${yamlScalar(step.name)}${among ? `, among: ${among}` : ''}, ${body} }`];
  });
}

/** A sex.values mapping as a YAML flow mapping, women's codes first. */
function sexValuesLine(values: ReadonlyMap<string, 'female' | 'male'>): string {
  const entries = [...values].sort((a, b) => (a[1] === b[1] ? 0 : a[1] === 'female' ? -1 : 1));
  return `  values: { ${entries.map(([code, sex]) => `${yamlScalar(code)}: ${sex}`).join(', ')} }`;
}

/** `sex.columns` of a table wide by sex: column names, or the sex words of a wide funnel. */
function wideLines(wide: ProposedWide, language: Language): string[] {
  const counted = wide.columns.filter((column) => column.role !== 'total').map((column) => column.name);
  const total = wide.columns.find((column) => column.role === 'total')?.name;
  return [
    ...comment(say(language, 'label', wide.funnel ? 'init.sexWords' : 'init.sexColumns', { columns: counted.join(', ') })),
    ...(total === undefined ? [] : comment(say(language, 'label', 'init.sexColumnsTotal', { total }))),
    ...(wide.otherMeasures.length === 0 ? [] : comment(say(language, 'label', 'init.moreMeasures', { measures: wide.otherMeasures.join(', ') }))),
    'sex:',
    `  columns: { ${wide.columns.map((column) => `${yamlScalar(column.name)}: ${column.role}`).join(', ')} }`,
  ];
}

function sexLines(proposal: Proposal, language: Language): string[] {
  const sex = proposal.sex!;
  if (sex.kind === 'personnummer') return [...comment(say(language, 'label', 'init.personnummer', { column: sex.column })), 'sex:', `  personnummer: ${yamlScalar(sex.column)}`];
  if (sex.kind === 'wide') return wideLines(proposal.wide!, language);
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
  if (todos.includes('rates')) return ['', ...comment(say(language, 'label', proposal.wide ? 'init.todoRatesWide' : 'init.todoRates', { columns: proposal.rates.join(', ') }))];
  if (todos.includes('count')) return ['', ...comment(say(language, 'label', 'init.todoCount', { columns: proposal.maybeCounts.join(', ') }))];
  return [];
}

/** What the table holds beside the counts: totals (and the `totals:` key when a label is not a default one), and markers. */
function totalsAndMarkersLines(proposal: Proposal, language: Language): string[] {
  const lines: string[] = [];
  if (proposal.totalsSeen.length > 0) lines.push('', ...comment(say(language, 'label', 'init.totalsSeen', { totals: proposal.totalsSeen.join(', ') })));
  if (proposal.extraTotals.length > 0) {
    lines.push(...comment(say(language, 'label', 'init.totalsExtra', { labels: proposal.extraTotals.join(', ') })), `totals: { labels: ${list([...DEFAULT_TOTAL_LABELS, ...proposal.extraTotals])} }`);
  }
  if (proposal.markersSeen.length > 0) lines.push('', ...comment(say(language, 'label', 'init.markersSeen', { markers: proposal.markersSeen.map((marker) => JSON.stringify(marker)).join(', ') })));
  return lines;
}

function stepsLines(proposal: Proposal, language: Language): string[] {
  const funnel = proposal.steps.length > 0 && proposal.steps.every((step) => step.kind === 'funnel');
  const intro = comment(say(language, 'label', funnel ? 'init.funnelSteps' : 'init.steps'));
  if (proposal.steps.length === 0) {
    // Without a yes/no step the configuration is not settled: every further step stays a comment beside the ATT GÖRA.
    const more = distributionLines(proposal, language, true);
    return [...intro, ...comment(say(language, 'label', 'init.todoSteps')), ...(more.length > 0 ? [...comment(say(language, 'label', 'init.moreStepsTodo')), ...more] : [])];
  }
  return [...intro, 'steps:', ...stepLines(proposal.steps, language), ...distributionLines(proposal, language, false)];
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
    ...totalsAndMarkersLines(proposal, language),
    ...(proposal.fill.length > 0 ? ['', ...comment(say(language, 'label', 'init.fill')), `fill: [${proposal.fill.map(yamlScalar).join(', ')}]`] : []),
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
