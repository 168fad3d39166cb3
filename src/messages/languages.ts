/**
 * The languages jamstat speaks. At the bottom of the layers so that the configuration
 * can name a language without loading the message catalogue.
 */
export type Language = 'sv' | 'en';
export const LANGUAGES: readonly Language[] = ['sv', 'en'];
