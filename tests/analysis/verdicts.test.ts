/**
 * The planted effects of fixtures/exempel.csv (see fixtures/README.md) must get their
 * verdicts under fixtures/kriterier.yml, and nothing unplanted may become a candidate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { loadConfigFile } from '../../src/config/load.js';
import type { Report, Result } from '../../src/model/report.js';

let report: Report;
beforeAll(async () => {
  report = await analyze(['fixtures/exempel.csv'], loadConfigFile('fixtures/kriterier.yml'));
});

const row = (step: string, by: string | null = null, group: string | null = null): Result =>
  report.results.find((result) => result.step === step && result.by === by && result.group === group && result.period === null)!;

describe('verdicts on the planted effects', () => {
  it('a difference that persists within every criterion is a candidate', () => {
    expect(row('Utredning inleds')).toMatchObject({ flag: true, verdict: 'candidate', explainedBy: [] });
  });
  it('talking to the child is explained by participation (interpreter needed)', () => {
    expect(row('Barnet vidtalat')).toMatchObject({ flag: true, verdict: 'explained', explainedBy: ['participation'] });
  });
  it('granting an intervention is explained by need', () => {
    expect(row('Insats beviljas')).toMatchObject({ flag: true, verdict: 'explained', explainedBy: ['need'] });
  });
  it('accepting an intervention is explained by consent', () => {
    expect(row('Insats accepteras')).toMatchObject({ flag: true, verdict: 'explained', explainedBy: ['consent'] });
  });
  it('the district with a planted difference within need is a candidate', () => {
    expect(row('Insats beviljas', 'Stadsdelsområde', 'Rinkeby-Kista')).toMatchObject({ verdict: 'candidate' });
  });
  it('no other district is a candidate for granting, and no row for talking or accepting', () => {
    const candidates = report.results.filter((result) => result.verdict === 'candidate');
    expect(candidates.filter((result) => result.step === 'Insats beviljas' && result.by === 'Stadsdelsområde').map((result) => result.group)).toEqual(['Rinkeby-Kista']);
    expect(candidates.filter((result) => result.step === 'Barnet vidtalat' || result.step === 'Insats accepteras')).toEqual([]);
  });
  it('reports each criterion with its strata and the run-wide adjusted family', () => {
    const need = row('Insats beviljas').adjusted.find((comparison) => comparison.criterion === 'need')!;
    expect(need.for).toEqual(['Kontaktorsak', 'Riskbedömning']);
    expect(need.strata.used).toBe(18);
    expect(need.q).toBeGreaterThanOrEqual(need.p!);
    expect(report.settings.adjustedFamilySize).toBe(report.results.flatMap((result) => result.adjusted).filter((comparison) => comparison.p !== null).length);
  });
  it('gives intersections one row per combination that occurs', () => {
    const rows = report.results.filter((result) => result.step === 'Utredning inleds' && result.by === 'Stadsdelsområde*Åldersgrupp');
    expect(rows).toHaveLength(14 * 3);
    expect(rows[0]!.group).toBe('Bromma × 0–6');
  });
});
