import { introspectionResult } from '@chung-tay/schema/introspection';
import type { IntrospectionEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { publicPageEn } from '../../admin/src/i18n/en/publicPage.js';
import { publicPageVi } from '../../admin/src/i18n/vi/publicPage.js';

// The public page translates two enums the API answers with; a value the schema gains must get a
// label in both languages, or the page would show "purpose.NEW_VALUE".

const enumValues = (name: string) =>
  (introspectionResult.__schema.types.find((t) => t.name === name) as IntrospectionEnumType).enumValues
    .map((v) => v.name)
    .sort();

describe('the public page’s catalogues', () => {
  it('label every support purpose and donation channel of the schema, in Vietnamese and English', () => {
    for (const catalogue of [publicPageVi, publicPageEn]) {
      expect(Object.keys(catalogue.purpose).sort()).toEqual(enumValues('SupportPurpose'));
      expect(Object.keys(catalogue.channel).sort()).toEqual(enumValues('DonationChannel'));
    }
  });
});
