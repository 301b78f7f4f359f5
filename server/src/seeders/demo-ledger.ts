import type { Em } from '../db/orm.js';
import { Campaign } from '../modules/campaigns/campaign.entity.js';
import { DonationChannel, DonationStatus } from '../modules/donations/donation-enums.js';
import { Donation } from '../modules/donations/donation.entity.js';
import { nextReceiptSeq, receiptNumberOf } from '../modules/donations/donation.service.js';
import { Donor } from '../modules/donors/donor.entity.js';
import { AdministrativeUnit } from '../modules/geography/administrative-unit.entity.js';
import { Fund } from '../modules/funds/fund.entity.js';
import { LedgerEntry } from '../modules/funds/ledger-entry.entity.js';
import { LedgerEntryKind, Medium } from '../modules/funds/ledger-enums.js';
import { Support } from '../modules/support/support.entity.js';
import { SupportPurpose } from '../modules/support/support-purpose.js';

interface DemoGift {
  fund: string;
  campaign: string;
  donor?: string;
  on: string;
  channel: DonationChannel;
  amount: bigint;
  goods?: { quantity: string; unit: string };
  note: string;
}

interface DemoSupport {
  fund: string;
  campaign: string;
  on: string;
  purpose: SupportPurpose;
  amount: bigint;
  goods?: { quantity: string; unit: string };
  project: string;
  /** Households the project reaches, as the article states. */
  households: number;
  unitCode: string;
  decision: string;
}

// Hà Quảng (seed 001): "sửa chữa 114 căn nhà … tổng kinh phí 3.935,745 triệu đồng", mobilized over
// 2016–2020; the split by year is illustrative, the total is the seed's.
const haQuangGifts: DemoGift[] = [
  {
    fund: 'QVNN-HA-QUANG',
    campaign: 'HQ-2016-2020',
    on: '2016-10-17',
    channel: DonationChannel.CASH,
    amount: 785_000_000n,
    note: 'Ngày vì người nghèo 2016',
  },
  {
    fund: 'QVNN-HA-QUANG',
    campaign: 'HQ-2016-2020',
    on: '2017-10-17',
    channel: DonationChannel.CASH,
    amount: 790_000_000n,
    note: 'Ngày vì người nghèo 2017',
  },
  {
    fund: 'QVNN-HA-QUANG',
    campaign: 'HQ-2016-2020',
    donor: 'Nguyễn Văn An',
    on: '2018-10-17',
    channel: DonationChannel.BANK_TRANSFER,
    amount: 790_000_000n,
    note: 'Ngày vì người nghèo 2018',
  },
  {
    fund: 'QVNN-HA-QUANG',
    campaign: 'HQ-2016-2020',
    on: '2019-10-17',
    channel: DonationChannel.CASH,
    amount: 785_000_000n,
    note: 'Ngày vì người nghèo 2019',
  },
  {
    fund: 'QVNN-HA-QUANG',
    campaign: 'HQ-2016-2020',
    donor: 'Trần Thị Bình',
    on: '2020-06-30',
    channel: DonationChannel.CASH,
    amount: 785_745_000n,
    note: 'Ngày vì người nghèo 2020',
  },
];

// Bác Ái (seed 000 and the issue): Đề án 406/ĐA, 1.000 cows for 750 poor ethnic-minority
// households, 19.000.000.000 ₫, received in kind and given out in kind.
const cowGift: DemoGift = {
  fund: 'QVNN-BAC-AI',
  campaign: 'BA-406-DA',
  donor: 'Công ty TNHH Ví Dụ Chăn nuôi Phan Rang',
  on: '2018-03-15',
  channel: DonationChannel.IN_KIND,
  amount: 19_000_000_000n,
  goods: { quantity: '1000', unit: 'con bò' },
  note: 'Bò cái giống sinh sản cho Đề án 406/ĐA',
};

const supports: DemoSupport[] = [
  {
    fund: 'QVNN-HA-QUANG',
    campaign: 'HQ-2016-2020',
    on: '2020-07-15',
    purpose: SupportPurpose.HOUSE_REPAIR,
    amount: 3_935_745_000n,
    project: 'Làm mới và sửa chữa 114 căn nhà cho hộ nghèo, hộ có công với cách mạng',
    households: 114,
    unitCode: '045',
    decision: 'Báo cáo tổng kết 16/09/2020',
  },
  {
    fund: 'QVNN-BAC-AI',
    campaign: 'BA-406-DA',
    on: '2018-04-20',
    purpose: SupportPurpose.PRODUCTION,
    amount: 19_000_000_000n,
    goods: { quantity: '1000', unit: 'con bò' },
    project: 'Đề án 406/ĐA: bò cái giống sinh sản cho 750 hộ nghèo đồng bào dân tộc thiểu số',
    households: 750,
    unitCode: '584',
    decision: 'Đề án 406/ĐA',
  },
];

/**
 * Posts the seeds' money facts into the ledger — donations, then the support they paid for — so
 * that fund summaries reproduce the reports' totals. Idempotent: a fund that already has entries
 * is left alone.
 */
export async function seedDemoLedger(em: Em): Promise<number> {
  const fundByCode = async (code: string) => em.findOneOrFail(Fund, { code });
  const campaignByCode = async (code: string) => em.findOneOrFail(Campaign, { code });
  let created = 0;
  for (const code of ['QVNN-HA-QUANG', 'QVNN-BAC-AI']) {
    const fund = await fundByCode(code);
    if ((await em.count(LedgerEntry, { fund })) > 0) continue;
    const gifts = code === 'QVNN-HA-QUANG' ? haQuangGifts : [cowGift];
    for (const gift of gifts) {
      const campaign = await campaignByCode(gift.campaign);
      const donor = gift.donor ? await em.findOne(Donor, { displayName: gift.donor }) : null;
      const year = Number(gift.on.slice(0, 4));
      const seq = await nextReceiptSeq(em, fund.id, year);
      const receiptNumber = receiptNumberOf(fund.code, year, seq);
      const medium = gift.goods ? Medium.IN_KIND : Medium.CASH;
      const entry = em.create(LedgerEntry, {
        fund,
        kind: LedgerEntryKind.RECEIPT,
        medium,
        amount: gift.amount,
        quantity: gift.goods?.quantity ?? null,
        quantityUnit: gift.goods?.unit ?? null,
        entryDate: gift.on,
        campaign,
        documentRef: receiptNumber,
        description: gift.note,
      } as never);
      em.create(Donation, {
        fund,
        donor,
        campaign,
        donatedOn: gift.on,
        channel: gift.channel,
        amount: gift.amount,
        quantity: gift.goods?.quantity ?? null,
        quantityUnit: gift.goods?.unit ?? null,
        bankReference: gift.channel === DonationChannel.BANK_TRANSFER ? `FT${year}DEMO${seq}` : null,
        receiptYear: year,
        receiptSeq: seq,
        receiptNumber,
        note: gift.note,
        status: DonationStatus.RECEIVED,
        entry,
      } as never);
      created += 2;
    }
    await em.flush();
    for (const s of supports.filter((x) => x.fund === code)) {
      const campaign = await campaignByCode(s.campaign);
      const unit = await em.findOneOrFail(AdministrativeUnit, { code: s.unitCode });
      const medium = s.goods ? Medium.IN_KIND : Medium.CASH;
      const entry = em.create(LedgerEntry, {
        fund,
        kind: LedgerEntryKind.DISBURSEMENT,
        medium,
        amount: -s.amount,
        quantity: s.goods ? `-${s.goods.quantity}` : null,
        quantityUnit: s.goods?.unit ?? null,
        entryDate: s.on,
        campaign,
        documentRef: s.decision,
        description: s.project,
      } as never);
      em.create(Support, {
        fund,
        projectName: s.project,
        projectHouseholds: s.households,
        unit,
        purpose: s.purpose,
        medium,
        amount: s.amount,
        quantity: s.goods?.quantity ?? null,
        quantityUnit: s.goods?.unit ?? null,
        supportedOn: s.on,
        decisionRef: s.decision,
        campaign,
        entry,
      } as never);
      created += 2;
    }
    await em.flush();
  }
  return created;
}
