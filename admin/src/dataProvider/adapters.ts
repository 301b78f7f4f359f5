import { isIsoDate, nextDay, startOfDayInVietnam } from '../common/dates';
import type { ResourceAdapter } from './buildQuery';

/** Where a resource differs from the generic mapping; everything else comes from the schema. */
export const resourceAdapters: Record<string, ResourceAdapter> = {
  administrativeUnits: {
    // A historical unit in a list is only useful with what it is today.
    listFields: ['today'],
    detailFields: ['ancestors', 'children', 'today', 'predecessors', 'successors'],
  },
  campaigns: {
    detailFields: ['children'],
    // The API returns `launchingDocument` and takes `document`; the form edits the input's shape.
    fromRecord: (record) => ({ ...record, document: record.launchingDocument ?? null }),
  },
  donors: {
    // A null contact leaves the details as they were; all fields null clears them.
    toUpdateInput: (input) =>
      'contact' in input && input.contact === null
        ? { ...input, contact: { phone: null, email: null, address: null, taxCode: null } }
        : input,
  },
  organizations: {
    detailFields: ['children'],
    // UpdateOrganizationInput detaches a parent with clearParent, not with parentId: null.
    toUpdateInput: (input, data, previous) => {
      if ('parentId' in input && input.parentId == null && previous.parentId != null && data.parentId == null) {
        const { parentId: _cleared, ...rest } = input;
        return { ...rest, clearParent: true };
      }
      return input;
    },
  },
  users: {
    // A user's grants, with their unit's name, belong in the list as on the page.
    listFields: ['grants'],
    listDepth: 2,
    detailFields: ['grants'],
  },
  funds: {
    // A fund's totals (goods on hand included) are summed for a whole page in one grouped query.
    listFields: ['goodsOnHand'],
    detailFields: ['goodsOnHand'],
  },
  households: {
    // Statuses cost a query per household: on its page, not in lists.
    detailFields: ['statuses'],
  },
  supports: {
    // The fund and household are named on a support; their sums and reviews live on their pages.
    listOmit: ['totals', 'raised', 'organization', 'counterpart', 'reversedBy', 'reverses'],
    detailOmit: ['totals', 'raised', 'counterpart', 'reverses'],
  },
  pledges: {
    // A donor's contact is personal data, and not what a list of promises is for.
    listOmit: ['totals', 'raised', 'organization', 'unit', 'contact', 'counterpart', 'entry'],
  },
  ledgerEntries: {
    // An entry's fund is named, not summed; the other side and the reversal are linked by id.
    listOmit: ['totals', 'raised', 'organization', 'unit'],
  },
  donations: {
    // The fund and campaign are named on a donation; their sums live on their own pages.
    listOmit: ['totals', 'raised', 'organization', 'unit', 'counterpart', 'contact'],
    detailOmit: ['totals', 'raised', 'counterpart', 'reverses'],
  },
  nominations: {
    // The timeline tells who submitted (the submitter may not approve); eligibility is computed per
    // nomination, so only on its page, with its checks.
    listFields: ['transitions'],
    listOmit: ['eligibility', 'history', 'commendations'],
    detailFields: ['transitions', 'attachments', 'eligibility', 'checks'],
    detailOmit: ['history', 'commendations'],
  },
  commendations: {
    // A recipient's and a decision's own lists belong on their pages.
    listOmit: ['commendations'],
    detailOmit: ['commendations'],
  },
  statementImports: {
    // A list of imports names the fund and bank; the lines are the preview, on the import's page.
    listOmit: ['lines', 'totals', 'raised', 'organization', 'unit', 'defaultCampaign'],
  },
  povertyImports: {
    // The lines are the preview, on the import's page (its own query, page by page).
    listOmit: ['lines'],
    detailOmit: ['lines'],
  },
  auditEvents: {
    // People pick days; the API takes instants, `to` excluded: the whole last day is included.
    toFilter: ({ from, to, ...rest }) => ({
      ...rest,
      from: isIsoDate(from) ? startOfDayInVietnam(from) : undefined,
      to: isIsoDate(to) ? startOfDayInVietnam(nextDay(to)) : undefined,
    }),
  },
};
