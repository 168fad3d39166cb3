/**
 * The keys the schema allows at a key path, read from the schema itself, so that the
 * "unknown key … (did you mean …)" message can never drift from what is accepted.
 * Walks zod's schema definitions: objects by key, lists by element, mappings (records and
 * maps) by value,
 * and through optional, lazy (the recursive conditions) and pipe wrappers.
 */
import type * as z from 'zod/mini';
import type { PathSegment } from './key-path.js';

/** The parts of zod's definitions the walk reads (zod's `_zod.def`, its documented core form). */
interface Definition {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly element?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
  readonly out?: z.core.$ZodType;
  readonly getter?: () => z.core.$ZodType;
}

const definitionOf = (schema: z.core.$ZodType): Definition => schema._zod.def as unknown as Definition;

/**
 * The schema a wrapper stands for: the inner type of optional, nullable, default, readonly;
 * lazy's result; pipe's input, or its output when the input only transforms (a mapping
 * read into a Map).
 */
function unwrap(schema: z.core.$ZodType): Definition {
  let definition = definitionOf(schema);
  for (let depth = 0; depth < 32; depth++) {
    const piped = definition.type === 'pipe' ? (definition.in && definitionOf(definition.in).type === 'transform' ? definition.out : definition.in) : undefined;
    const inner = definition.innerType ?? definition.getter?.() ?? piped;
    if (inner === undefined) return definition;
    definition = definitionOf(inner);
  }
  return definition;
}

/** The schema of the value at `segment` inside `definition`, or undefined where there is none. */
function childOf(definition: Definition, segment: PathSegment): z.core.$ZodType | undefined {
  switch (definition.type) {
    case 'object':
      return definition.shape && Object.hasOwn(definition.shape, segment) ? definition.shape[segment] : undefined;
    case 'array':
      return definition.element;
    case 'record':
    case 'map':
      return definition.valueType;
    default:
      return undefined;
  }
}

/** The keys of the object the schema expects at `path` (none when it expects no object there). */
export function allowedKeysAt(schema: z.core.$ZodType, path: readonly PathSegment[]): string[] {
  let definition = unwrap(schema);
  for (const segment of path) {
    const child = childOf(definition, segment);
    if (child === undefined) return [];
    definition = unwrap(child);
  }
  return definition.type === 'object' && definition.shape ? Object.keys(definition.shape) : [];
}
