import { introspectionResult } from '@chung-tay/schema/introspection';
import type { IntrospectionEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { en } from '../../admin/src/i18n/en.js';
import { vi } from '../../admin/src/i18n/vi.js';

// The panel speaks Vietnamese first and English second: every message exists in both, so
// switching languages never shows a raw key (polyglot runs with allowMissing: false).

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the admin catalogues', () => {
  it('have the same keys in Vietnamese and English', () => {
    const viKeys = keys(vi).sort();
    const enKeys = keys(en).sort();
    expect(viKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !viKeys.includes(k))).toEqual([]);
  });

  it('label every value of each enum they translate, as the schema has it', () => {
    const schemaEnums = new Map(
      introspectionResult.__schema.types
        .filter((t) => t.kind === 'ENUM')
        .map((t) => [t.name, (t as IntrospectionEnumType).enumValues.map((v) => v.name).sort()]),
    );
    for (const catalogue of [vi, en] as any[]) {
      for (const [name, labels] of Object.entries<Record<string, string>>(catalogue.chungTay.enums)) {
        expect([name, Object.keys(labels).sort()]).toEqual([name, schemaEnums.get(name)]);
      }
    }
  });
});
