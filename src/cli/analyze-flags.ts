/**
 * The flags of `jamstat analyze`, in one table: each flag's syntax, its help text, its
 * choices, and, for a flag that stands for a configuration key, the key path and how
 * its text becomes the key's value. The table makes the commander options
 * (`registerAnalyzeFlags`), the configuration the flags amend (quick-config.ts), and
 * the attribution of errors to flags (flag-origins.ts); nothing else lists the flags.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { FORMATS } from '../report/formats.js';
import { CORRECTIONS } from '../stats/p-adjust.js';
import { helpText, localSyntax, type HelpKey } from '../i18n/help-texts.js';
import type { Language } from '../messages/languages.js';
import { parseConditionFlag, parseListFlag, parseNumberFlag } from './flag-values.js';

/** A configuration key path as segments: `['steps', 0, 'outcome']` is `steps[0].outcome`. */
export type KeyPathSegments = readonly (string | number)[];

/** What a flag's `apply` may do to the configuration it amends. */
export interface ConfigWriter {
  /** The value at a key path now (from the file, or from an earlier flag). */
  get(path: KeyPathSegments): unknown;
  /** Sets a key; errors about it (or anything under it) will name `flag`. */
  set(flag: string, path: KeyPathSegments, value: unknown): void;
  /** Removes a key the file set. */
  remove(path: KeyPathSegments): void;
}

/** The values of the flags given, by commander's attribute name (`stepName` for `--step-name`). */
export type FlagValues = { readonly [name: string]: string | boolean | undefined };

/** One flag: commander's syntax and help, and what it does to the configuration. */
export interface FlagSpec {
  /** As commander takes it: `-c, --config <file>`, `--no-yates`. */
  readonly syntax: string;
  /** Its --help text, in the catalogue's help topic. */
  readonly help: HelpKey;
  readonly choices?: readonly string[];
  /** The configuration key the flag sets, replacing the file's. */
  readonly keyPath?: KeyPathSegments;
  /** The key's value for the flag's text (default: the text). Throws a UsageError naming the flag. */
  readonly parse?: (text: string, flag: string) => unknown;
  /** When false the flag is ignored (it only qualifies another flag). */
  readonly applies?: (flags: FlagValues) => boolean;
  /** For a flag whose effect is more than setting one key; replaces the keyPath/parse default. */
  readonly apply?: (text: string, config: ConfigWriter, flags: FlagValues) => void;
}

/** --among and --step-name describe the step that --outcome makes; alone they do nothing. */
const withOutcome = (flags: FlagValues): boolean => flags.outcome !== undefined;
const number = (text: string, flag: string): number => parseNumberFlag(flag, text);

/** Every option of `jamstat analyze` after the reading options, in help order, keyed by commander's attribute name. */
const ANALYZE_FLAGS = {
  config: { syntax: '-c, --config <file>', help: 'flag.config' },
  format: { syntax: '-f, --format <format>', help: 'flag.format', choices: FORMATS },
  excel: { syntax: '--excel', help: 'flag.excel' },
  wide: { syntax: '--wide', help: 'flag.wide' },
  failOnFlag: { syntax: '--fail-on-flag', help: 'flag.failOnFlag' },
  suppressBelow: { syntax: '--suppress-below <n>', help: 'flag.suppressBelow' },
  suppress: { syntax: '--no-suppress', help: 'flag.suppress' },
  yates: { syntax: '--no-yates', help: 'flag.yates' },
  sex: { syntax: '--sex <column>', help: 'flag.sex', keyPath: ['sex'], parse: (text) => ({ column: text }) },
  personnummer: {
    syntax: '--personnummer <column>',
    help: 'flag.personnummer',
    keyPath: ['sex'],
    parse: (text) => ({ personnummer: text }),
  },
  count: { syntax: '--count <column>', help: 'flag.count', keyPath: ['count'] },
  by: { syntax: '--by <columns>', help: 'flag.by', keyPath: ['by'], parse: (text, flag) => parseListFlag(flag, text) },
  among: {
    syntax: '--among <COLUMN=VALUE>',
    help: 'flag.among',
    keyPath: ['steps', 0, 'among'],
    parse: (text, flag) => parseConditionFlag(flag, text),
    applies: withOutcome,
  },
  outcome: {
    syntax: '--outcome <COLUMN=VALUE>',
    help: 'flag.outcome',
    // The step is named after its outcome unless --step-name (applied after) names it.
    apply: (text, config) => {
      config.set('--outcome', ['steps', 0, 'outcome'], parseConditionFlag('--outcome', text));
      config.set('--outcome', ['steps', 0, 'name'], text);
    },
  },
  stepName: { syntax: '--step-name <name>', help: 'flag.stepName', keyPath: ['steps', 0, 'name'], applies: withOutcome },
  unit: {
    syntax: '--unit <unit>',
    help: 'flag.unit',
    choices: ['case', 'person'],
    // "person" keeps the file's unit settings and needs an id, from --id (applied after) or the file.
    apply: (text, config, flags) => {
      if (text === 'case') config.remove(['unit']);
      else if (flags.id === undefined && config.get(['unit', 'id']) === undefined) throw new UsageError('usage-unit-needs-id');
      // A unit the file does not have is the flag's: an error about it (a rule that does not
      // fit a categorical step) names --unit, not a line of the file.
      else if (config.get(['unit']) === undefined) config.set('--unit', ['unit'], {});
    },
  },
  id: { syntax: '--id <column>', help: 'flag.id', keyPath: ['unit', 'id'] },
  alpha: { syntax: '--alpha <number>', help: 'flag.alpha', keyPath: ['thresholds', 'alpha'], parse: number },
  minDiffPp: {
    syntax: '--min-diff-pp <number>',
    help: 'flag.minDiffPp',
    keyPath: ['thresholds', 'minDiffPp'],
    parse: number,
  },
  minN: { syntax: '--min-n <number>', help: 'flag.minN', keyPath: ['thresholds', 'minN'], parse: number },
  correction: {
    syntax: '--correction <method>',
    help: 'flag.correction',
    choices: CORRECTIONS,
    keyPath: ['thresholds', 'correction'],
  },
  allowExcluded: {
    syntax: '--allow-excluded',
    help: 'flag.allowExcluded',
    keyPath: ['quality', 'allowExcluded'],
    parse: () => true,
  },
  title: { syntax: '--title <text>', help: 'flag.title', keyPath: ['report', 'title'] },
  organisation: { syntax: '--organisation <text>', help: 'flag.organisation', keyPath: ['report', 'organisation'] },
  reportPeriod: { syntax: '--report-period <text>', help: 'flag.reportPeriod', keyPath: ['report', 'period'] },
} as const satisfies Record<string, FlagSpec>;

type AnalyzeFlagTable = typeof ANALYZE_FLAGS;

/** The parsed values of the analyze flags: text for a flag that takes a value, else a switch. */
export type AnalyzeFlags = {
  readonly [Name in keyof AnalyzeFlagTable]?: AnalyzeFlagTable[Name]['syntax'] extends `${string}<${string}` ? string : boolean;
};

/** The flags that amend the configuration (the others choose output and publication). */
export type QuickFlags = Pick<AnalyzeFlags, { [Name in keyof AnalyzeFlagTable]: AnalyzeFlagTable[Name] extends { keyPath: KeyPathSegments } | { apply: unknown } ? Name : never }[keyof AnalyzeFlagTable]>;

/** The table's entries in order, each with its commander attribute name. */
export const ANALYZE_FLAG_ENTRIES = Object.entries(ANALYZE_FLAGS) as ReadonlyArray<[keyof AnalyzeFlagTable, FlagSpec]>;

/** The long flag of an entry as a user types it: `--step-name`, `--no-suppress`. */
export function longFlag(spec: FlagSpec): string {
  return new Option(spec.syntax).long!;
}

/** Adds the table's options to the `analyze` command, in order, with their help in `language`. */
export function registerAnalyzeFlags(command: Command, language: Language): Command {
  for (const [, spec] of ANALYZE_FLAG_ENTRIES) {
    const option = new Option(localSyntax(language, spec.syntax), helpText(language, spec.help));
    command.addOption(spec.choices ? option.choices([...spec.choices]) : option);
  }
  return command;
}
