/** Key paths as users write them in messages: `steps[1].outcome.column`. */

/** One step of a key path: an object key or a list position. */
export type PathSegment = string | number;

/** Formats a key path as users write it: steps[1].outcome.column. */
export function formatKeyPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}
