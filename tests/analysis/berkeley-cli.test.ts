/**
 * The Berkeley admissions (fixtures/berkeley.csv, Bickel et al. 1975) through the built CLI:
 * a careful report says the crude gap, that the department explains it on average, and that
 * the departments differ (department A admitted women more often). Department A's own row
 * must never say that the difference persists when adjusted for department.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ARGS = ['analyze', 'fixtures/berkeley.csv', '-c', 'fixtures/berkeley.yml'];

describe('Berkeley admissions through the CLI', () => {
  it('JSON: explained by need with heterogeneous strata overall; need single-stratum in department A', () => {
    const run = runCli([...ARGS, '-f', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      results: { group: string | null; verdict: string; adjusted: { reason: string | null; test: string | null; p: number | null; homogeneityP: number | null; warnings: string[]; strataRange: { highest: { stratum: string }; lowest: { stratum: string } } | null }[] }[];
    };
    const overall = report.results.find((result) => result.group === null)!;
    expect(overall.verdict).toBe('explained');
    expect(overall.adjusted[0]!.p).toBeCloseTo(0.2323, 3);
    expect(overall.adjusted[0]!.homogeneityP).toBeCloseTo(0.0021, 3);
    expect(overall.adjusted[0]!.warnings).toContain('heterogeneous-strata');
    expect(overall.adjusted[0]!.strataRange).toMatchObject({ highest: { stratum: 'A' }, lowest: { stratum: 'E' } });
    const departmentA = report.results.find((result) => result.group === 'A')!;
    expect(departmentA.adjusted[0]).toMatchObject({ test: null, p: null, reason: 'single-stratum' });
  });

  it('Swedish text: explained on average but differing between departments, and department A not examinable', () => {
    const run = runCli(ARGS);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Justerat för behov (Institution) förklaras skillnaden i genomsnitt, men den skiljer sig mellan grupperna (Breslow–Day–Tarone q = 0,002): störst i A (+20,3 p.e.), lägst i E (-3,8 p.e.).');
    // The verdict cell on one line: --wide, as the default table wraps it to fit 100 columns (issue 16, item 4).
    expect(runCli([...ARGS, '--wide']).stdout).toContain('förklaras av behov i genomsnitt; grupperna skiljer sig');
    const sentenceA = run.stdout.split('\n').find((line) => line.includes('Institution A:'))!;
    expect(sentenceA).toContain('behov (Institution) kan inte prövas inom gruppen');
    expect(sentenceA).not.toContain('kvarstår');
  });

  it('English text says the same', () => {
    const run = runCli([...ARGS, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('the difference is explained on average, but it differs between the groups (Breslow–Day–Tarone q = 0.002): largest in A (+20.3 pp), lowest in E (-3.8 pp).');
    const sentenceA = run.stdout.split('\n').find((line) => line.includes('Institution A:'))!;
    expect(sentenceA).toContain('need (Institution) cannot be examined within this group');
    expect(sentenceA).not.toContain('persists');
  });

  it('HTML: the method states the verdict rules', () => {
    const run = runCli([...ARGS, '-f', 'html']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('helt ligger på nollans sida om den ojusterade skillnaden');
    expect(run.stdout).toContain('annars oklart om något kriterium ger ett oklart svar');
  });
});
