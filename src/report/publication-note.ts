/** The note every format prints about disclosure control: what is hidden, or that nothing is. */
import type { Language } from '../i18n/messages.js';
import { label } from '../i18n/labels.js';
import type { PublishedSettings } from '../model/report.js';

/** "Counts from 1 to 4 are shown as .." or "NOT FOR PUBLICATION" when nothing is hidden. */
export function publicationNote(settings: PublishedSettings, language: Language): string {
  return settings.suppressBelow === null
    ? label('pub.notForPublication', language)
    : label('pub.suppressionNote', language, { max: settings.suppressBelow - 1 });
}
