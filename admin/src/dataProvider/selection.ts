import { getType, hasField, unwrap } from './schema';

export interface SelectionOptions {
  /** How many levels of related records (types with an id) to follow. */
  depth: number;
  /** List fields to include at the top level; `true` for all of them. */
  lists: boolean | readonly string[];
  /** Fields left out at every level, where they cost too much (a fund's totals in a list). */
  omit?: readonly string[];
}

/**
 * The fields to ask for, read from the schema: every scalar and enum; value objects without an id
 * (a launching document, contact details) in full; related records down to `depth`; list fields
 * only at the top and only where asked, as they cost a query each.
 */
export function selection(typeName: string, options: SelectionOptions): string {
  const type = getType(typeName);
  if (type.kind !== 'OBJECT') return '';
  const parts: string[] = [];
  for (const field of type.fields) {
    if (field.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue == null)) continue;
    if (options.omit?.includes(field.name)) continue;
    const t = unwrap(field.type);
    if (t.kind === 'SCALAR' || t.kind === 'ENUM') {
      parts.push(field.name);
      continue;
    }
    if (t.kind !== 'OBJECT') continue;
    if (t.list && !(options.lists === true || (Array.isArray(options.lists) && options.lists.includes(field.name)))) {
      continue;
    }
    const embedded = !hasField(t.name, 'id');
    if (!embedded && options.depth <= 0) continue;
    const inner = selection(t.name, {
      depth: embedded ? options.depth : options.depth - 1,
      // A value object's lists count as its holder's (a fund's totals' goodsOnHand).
      lists: embedded && options.lists !== true ? options.lists : false,
      omit: options.omit,
    });
    if (inner) parts.push(`${field.name} { ${inner} }`);
  }
  return parts.join(' ');
}
