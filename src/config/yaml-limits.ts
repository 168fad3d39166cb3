/**
 * Limits on a configuration's YAML, checked before the document is built: a real
 * configuration nests a few levels and uses a few aliases, while a hostile or broken
 * file can nest thousands of levels (the YAML composer and zod recurse, and run out of
 * stack) or expand a handful of aliases into billions of nodes (an "alias bomb").
 */
import { Parser, type CST } from 'yaml';

/**
 * The deepest nesting of mappings and lists a configuration may have. The root mapping
 * is level 1, `steps:` 2, a step 3, and each `all:`/`any:` adds a mapping and a list:
 * 64 leaves room for some 30 conditions inside each other, far beyond any real use.
 */
export const MAX_CONFIG_DEPTH = 64;

/**
 * How many nodes aliases may expand to, as the `yaml` package counts them (its
 * `maxAliasCount`; its default, stated here so the limit is ours and documented).
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * The offset of the first mapping or list that lies deeper than `limit`, or null when
 * none does. Walks the parser's concrete syntax tree with its own stack rather than by
 * recursion, so any depth is measured without running out of stack; the parser itself
 * keeps an explicit stack too.
 */
export function offsetBeyondDepth(text: string, limit: number = MAX_CONFIG_DEPTH): number | null {
  const pending: { token: CST.Token; depth: number }[] = [];
  // Pushed in reverse and popped, so nodes are met in document order: the first one found lies first in the file.
  const pushAll = (tokens: CST.Token[], depth: number) => {
    for (let index = tokens.length - 1; index >= 0; index--) pending.push({ token: tokens[index]!, depth });
  };
  pushAll([...new Parser().parse(text)], 0);
  while (pending.length) {
    const { token, depth } = pending.pop()!;
    if (token.type === 'document') {
      if (token.value) pending.push({ token: token.value, depth });
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    const level = depth + 1;
    if (level > limit) return token.offset;
    pushAll(
      token.items.flatMap((item) => [item.key, item.value].filter((part): part is CST.Token => Boolean(part))),
      level,
    );
  }
  return null;
}
