/**
 * The criteria that may explain a sex difference (Vård- och omsorgsanalys, as used in
 * SKR's analysis support): need, need met otherwise, consent, and, for participation,
 * the person's wish and ability to take part. The one list: the schema's `explain` keys,
 * the order of a step's criteria, and the report's columns and questions all come from it.
 */
export const CRITERIA = ['need', 'otherSupport', 'consent', 'participation'] as const;
export type Criterion = (typeof CRITERIA)[number];
