import type { Em } from '../../db/orm.js';
import { catalogueStandards } from './poverty-standard-catalogue.js';
import { PovertyStandard } from './poverty-standard.entity.js';

/** Creates the catalogue's standards that are missing, by code; never rewrites one that exists. */
export async function seedPovertyStandards(em: Em): Promise<number> {
  const existing = new Set((await em.find(PovertyStandard, {})).map((s) => s.code));
  const missing = catalogueStandards.filter((s) => !existing.has(s.code));
  for (const s of missing) em.create(PovertyStandard, { provisional: false, note: null, ...s } as never);
  await em.flush();
  return missing.length;
}
