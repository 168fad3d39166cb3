/** The note every format prints about disclosure control: what is hidden, or that nothing is. */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedSettings } from '../model/report.js';

/** "Counts from 1 to 4 are shown as .." or "NOT FOR PUBLICATION" when nothing is hidden. */
export function publicationNote(settings: PublishedSettings, language: Language): string {
  return settings.suppressBelow === null
    ? say(language, 'label', 'pub.notForPublication')
    : say(language, 'label', 'pub.suppressionNote', { max: settings.suppressBelow - 1 });
}
