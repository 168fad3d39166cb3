/**
 * The shape of every text in the catalogue: for each key, a function from the values
 * the text shows to the words. A key's argument type comes from an interface of its
 * kind of message (src/messages/ for codes that low layers emit, LabelArgs for the
 * renderers' words), so a missing key, a missing argument or a wrong one is a type error.
 */

/** The texts of one kind of message in one language: a function per key. */
export type Texts<ArgsByKey> = { readonly [Key in keyof ArgsByKey]: (args: ArgsByKey[Key]) => string };

/**
 * The text of `key` with its arguments. Generic over the key, so that a code and
 * arguments carried as data (an error's `code` and `args`) are checked together.
 */
export function lookup<ArgsByKey, Key extends keyof ArgsByKey>(texts: Texts<ArgsByKey>, key: Key, args: ArgsByKey[Key]): string {
  return texts[key](args);
}
