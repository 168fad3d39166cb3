/**
 * Data flows ingest → tally → stats → analysis → model → report → cli; imports point down
 * the rank table RANKS below (stats, needing nothing, at the bottom; model, the types
 * analysis fills, below analysis). Each source file belongs to a layer (its folder under src/, or one of the top-level
 * files); a file may import its own folder and any lower layer, never a higher one nor
 * another folder on its own rank. This test reads every import (static, re-export and
 * dynamic) of every file under src/ and fails on one that runs back up, and on any
 * import cycle between files.
 *
 * A small import scan rather than a linter rule: the rule is the rank table below, and a
 * failure names the file, the import and both layers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const SRC = join(ROOT, 'src');

/**
 * Layers from the bottom up; a layer may import the layers listed before it. stats is
 * pure mathematics and needs nothing of jamstat's, so it sits below reading; config is
 * the checked configuration that the tally is planned from; messages holds the codes of
 * errors and problems with their argument types, so that every layer can emit a message
 * as data while only i18n (above) turns it into words; model holds the report's
 * types, which analysis fills and i18n, report and the CLI read.
 */
const RANKS: readonly (readonly string[])[] = [
  ['messages'],
  ['errors.ts', 'version.ts', 'v8-young-generation.ts'],
  ['stats'],
  ['ingest'],
  ['config'],
  ['tally'],
  ['model'],
  ['analysis'],
  ['validate', 'inspect'],
  ['i18n'],
  ['report', 'init'],
  ['index.ts'],
  ['cli'],
];

/**
 * Imports that still run back up, each to be removed by the change that moves the code
 * it names (issue 11). The test fails when one of these is fixed but left listed, so
 * the list only shrinks.
 */
const KNOWN_BACK_IMPORTS: ReadonlySet<string> = new Set<string>([
]);

/** Packages only the command line may import (terminal and argument handling). */
const CLI_ONLY_PACKAGES = ['commander'];
/** Terminal packages: the command line, and the renderers of the terminal formats. */
const TERMINAL_PACKAGES = ['chalk', 'cli-table3'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

/** The layer of a file under src/: its first folder, or its own name at the top. */
function layerOf(file: string): string {
  if (file === 'cli.ts') return 'cli';
  const [first] = file.split('/');
  return first!;
}

function rankOf(layer: string): number {
  const rank = RANKS.findIndex((names) => names.includes(layer));
  if (rank < 0) throw new Error(`src/${layer} is in no layer: add it to RANKS in tests/architecture/layers.test.ts`);
  return rank;
}

/** The module specifiers a file imports: static imports, re-exports and dynamic import(). */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [/^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/gms, /^\s*import\s+'([^']+)'/gm, /\bimport\(\s*'([^']+)'\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** A relative specifier as the source file it names (src-relative, .ts). */
function targetOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(SRC, resolve(SRC, dirname(file), specifier)).replace(/\.js$/, '.ts');
}

const files = sourceFiles(SRC).sort();
const edges = files.map((file) => {
  const specifiers = importsOf(readFileSync(join(SRC, file), 'utf8'));
  return { file, specifiers, targets: specifiers.map((specifier) => targetOf(file, specifier)).filter((target): target is string => target !== null) };
});

describe('layers', () => {
  it('every source file is in a layer', () => {
    for (const file of files) expect(() => rankOf(layerOf(file)), file).not.toThrow();
  });

  it('no import runs back up the layers', () => {
    const backImports: string[] = [];
    for (const { file, targets } of edges) {
      const from = layerOf(file);
      for (const target of targets) {
        const to = layerOf(target);
        if (from === to) continue;
        if (rankOf(to) >= rankOf(from)) backImports.push(`${file} -> ${target}`);
      }
    }
    const unexpected = backImports.filter((edge) => !KNOWN_BACK_IMPORTS.has(edge));
    expect(unexpected, 'imports that run back up (or sideways to a folder of the same rank)').toEqual([]);
    const fixed = [...KNOWN_BACK_IMPORTS].filter((edge) => !backImports.includes(edge));
    expect(fixed, 'fixed back-imports still listed in KNOWN_BACK_IMPORTS: remove them').toEqual([]);
  });

  it('no import cycle between files', () => {
    const graph = new Map(edges.map(({ file, targets }) => [file, targets.filter((target) => files.includes(target))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('only the command line reads arguments, the process or the terminal', () => {
    const misplaced: string[] = [];
    for (const { file, specifiers } of edges) {
      const layer = layerOf(file);
      if (layer === 'cli') continue;
      const text = readFileSync(join(SRC, file), 'utf8');
      for (const name of CLI_ONLY_PACKAGES) if (specifiers.includes(name)) misplaced.push(`${file} imports ${name}`);
      if (layer !== 'report') for (const name of TERMINAL_PACKAGES) if (specifiers.includes(name)) misplaced.push(`${file} imports ${name}`);
      if (/\bprocess\.(?:argv|exit|exitCode|stdout|stderr|stdin|env)\b/.test(text)) misplaced.push(`${file} uses process`);
    }
    expect(misplaced).toEqual([]);
  });
});
