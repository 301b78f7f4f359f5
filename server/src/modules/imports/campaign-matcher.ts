import type { Em } from '../../db/orm.js';
import { searchKey } from '../../common/search-text.js';
import { Campaign } from '../campaigns/campaign.entity.js';

/** Lower case, no diacritics, every run of punctuation a single space, padded for whole-word tests. */
const words = (text: string) =>
  ` ${searchKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/**
 * Finds the campaign a transfer was meant for from its description: donors are asked to write the
 * campaign's code ("UH NT-2016-2020 Nguyen Van A"), and banks mangle the punctuation, so codes
 * are compared as words ignoring case, diacritics and dashes. The longest matching code wins
 * (the most specific sub-campaign).
 */
export async function loadCampaignMatcher(em: Em): Promise<(description: string | null) => number | null> {
  const campaigns = await em.find(Campaign, {}, { fields: ['id', 'code'] });
  const codes = campaigns
    .map((c) => ({ id: c.id, code: words(c.code) }))
    .filter((c) => c.code.trim().length >= 3)
    .sort((a, b) => b.code.length - a.code.length);
  return (description) => {
    if (!description) return null;
    const text = words(description);
    return codes.find((c) => text.includes(c.code))?.id ?? null;
  };
}
