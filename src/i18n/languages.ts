/** The languages jamstat speaks; a module of its own so that starting the command line does not load the message catalogue. */
export type Language = 'sv' | 'en';
export const LANGUAGES: readonly Language[] = ['sv', 'en'];
