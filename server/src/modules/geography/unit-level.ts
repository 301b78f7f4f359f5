import { registerEnumType } from 'type-graphql';

/** The tiers of Vietnam's administrative hierarchy, top down. */
export enum UnitLevel {
  NATION = 'NATION',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  VILLAGE = 'VILLAGE',
}

/** Rank of each level: a parent must rank lower (higher up the tree) than its child. */
export const unitLevelRank: Record<UnitLevel, number> = {
  NATION: 0,
  PROVINCE: 1,
  DISTRICT: 2,
  COMMUNE: 3,
  VILLAGE: 4,
};

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'Tier of an administrative unit. Districts were abolished on 2025-07-01.',
  valuesConfig: {
    NATION: { description: 'The country (Việt Nam).' },
    PROVINCE: { description: 'Province or centrally-run city (tỉnh / thành phố).' },
    DISTRICT: { description: 'District, town or urban district (huyện / thị xã / quận); ended 2025-06-30.' },
    COMMUNE: { description: 'Commune, ward or township (xã / phường / thị trấn).' },
    VILLAGE: { description: 'Village or residential group (thôn / xóm / tổ dân phố).' },
  },
});
