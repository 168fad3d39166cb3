/**
 * Issue 16, the Swedish user guide: every flag a command in docs/anvandarguide.md uses must
 * be one that command's --help lists, so the guide cannot teach a flag that does not exist
 * (or no longer does). Commands are read from fenced code blocks and from inline code spans
 * that start with `jamstat `. Spawns the built CLI: run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const GUIDE = readFileSync(join(ROOT, 'docs', 'anvandarguide.md'), 'utf8');
const COMMANDS = ['analyze', 'validate', 'init', 'inspect'] as const;
type Command = (typeof COMMANDS)[number];

/** Lines inside fenced code blocks (```…```) of a Markdown text. */
function codeBlockLines(markdown: string): string[] {
  const lines: string[] = [];
  let inBlock = false;
  for (const line of markdown.split('\n')) {
    if (line.trimStart().startsWith('```')) inBlock = !inBlock;
    else if (inBlock) lines.push(line.trim());
  }
  return lines;
}

/** Inline code spans (`…`) outside fenced blocks that run jamstat, such as `jamstat init x.csv --force`. */
function inlineCommandSpans(markdown: string): string[] {
  const outsideBlocks = markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, '');
  return [...outsideBlocks.matchAll(/`((?:npx )?jamstat [^`]+)`/g)].map((match) => match[1] ?? '');
}

/** The command lines among them: those that run jamstat, with an optional `$ ` or `npx `. */
function jamstatCommands(lines: readonly string[]): string[][] {
  const commands: string[][] = [];
  for (const line of lines) {
    const words = line.replace(/^\$\s+/, '').replace(/^npx\s+/, '').replace(/\s+#.*$/, '').split(/\s+/);
    if (words[0] === 'jamstat') commands.push(words.slice(1));
  }
  return commands;
}

/** The flags (`-o`, `--title`; a `--flag=value` counted as `--flag`) among a command's words. */
function flagsOf(words: readonly string[]): string[] {
  // Quoted values are single words to the shell: drop them so that a quoted "-" is no flag.
  const unquoted = words.join(' ').replace(/"[^"]*"/g, 'VALUE').split(/\s+/);
  return unquoted.filter((word) => /^--?[a-z]/i.test(word)).map((word) => word.replace(/=.*$/, ''));
}

/** The flags a help text lists, short and long forms. */
function helpFlags(help: string): Set<string> {
  return new Set(help.match(/(?<![\w-])--?[a-z][a-z-]*/gi) ?? []);
}

describe('docs/anvandarguide.md quotes only flags that exist', () => {
  const commands = jamstatCommands([...codeBlockLines(GUIDE), ...inlineCommandSpans(GUIDE)]);

  it('shows each of the four commands at least once', () => {
    for (const command of COMMANDS) expect(commands.some((words) => words[0] === command), command).toBe(true);
  });

  for (const command of COMMANDS) {
    it(`every flag of "jamstat ${command}" in the guide is in "jamstat ${command} --help"`, () => {
      const run = runCli([command, '--help']);
      expect(run.code).toBe(0);
      const listed = helpFlags(run.stdout);
      const used = commands.filter((words) => words[0] === command).flatMap(flagsOf);
      const unknown = [...new Set(used)].filter((flag) => !listed.has(flag));
      expect(unknown, `flags the guide uses with ${command} that --help does not list`).toEqual([]);
    });
  }

  it('every flag of jamstat without a command is in "jamstat --help"', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    const listed = helpFlags(run.stdout);
    const used = commands.filter((words) => !(COMMANDS as readonly string[]).includes(words[0] ?? '')).flatMap(flagsOf);
    expect(used.filter((flag) => !listed.has(flag))).toEqual([]);
  });

  it('reads the inline commands too', () => {
    expect(inlineCommandSpans('Kör `jamstat init uttag.csv --force` nu.\n```\n`jamstat x`\n```\n')).toEqual(['jamstat init uttag.csv --force']);
  });

  it('catches a flag that does not exist (the check itself works)', () => {
    const flags = flagsOf(jamstatCommands(['jamstat analyze uttag.csv --pdf -o "a -b.html" --title="X"'])[0] ?? []);
    expect(flags).toEqual(['--pdf', '-o', '--title']);
    expect(helpFlags(runCli(['analyze', '--help']).stdout).has('--pdf')).toBe(false);
  });
});
