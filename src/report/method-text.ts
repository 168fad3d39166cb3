/**
 * The method in plain language and the settings as label–value pairs, for the reports
 * that explain themselves (HTML, the xlsx sheet "Om analysen"/"About").
 */
import type { Language } from '../i18n/messages.js';
import { label, sexLabel, type LabelKey } from '../i18n/labels.js';
import type { PublishedReport } from '../model/report.js';
import { formatNumber } from './numbers.js';

/** The method, one paragraph per idea: the difference, the test, the flag, the criteria, the shortfall. */
export function methodParagraphs(report: PublishedReport, language: Language): string[] {
  const settings = report.settings;
  const female = sexLabel('female', report.sexTerms, language).toLowerCase();
  const male = sexLabel('male', report.sexTerms, language).toLowerCase();
  return [
    label('pub.method.difference', language, { female, male }),
    label('pub.method.test', language, { correction: settings.correction }),
    label('pub.method.flag', language, {
      alpha: formatNumber(settings.alpha, language, 2),
      minDiffPp: formatNumber(settings.minDiffPp, language),
      minN: formatNumber(settings.minN, language),
    }),
    label('pub.method.criteria', language),
    label('pub.method.shortfall', language),
  ];
}

/** The settings of the run as pairs of label and value. */
export function settingRows(report: PublishedReport, language: Language): Array<readonly [string, string]> {
  const settings = report.settings;
  return [
    [label('pub.setting.alpha', language), formatNumber(settings.alpha, language, 2)],
    [label('pub.setting.minDiffPp', language), formatNumber(settings.minDiffPp, language)],
    [label('pub.setting.minN', language), formatNumber(settings.minN, language)],
    [label('pub.setting.correction', language), settings.correction],
    [label('pub.setting.familySize', language), formatNumber(settings.familySize, language)],
    [label('pub.setting.yates', language), settings.yates ? label('pub.yes', language) : label('pub.noWord', language)],
    [label('pub.setting.unit', language), label(`pub.unit.${settings.unit}` as LabelKey, language)],
    [label('pub.setting.by', language), settings.by.join(', ') || '–'],
    [
      label('pub.setting.suppressBelow', language),
      settings.suppressBelow === null ? label('pub.setting.suppressOff', language) : label('pub.setting.suppressRange', language, { max: settings.suppressBelow - 1 }),
    ],
  ];
}
