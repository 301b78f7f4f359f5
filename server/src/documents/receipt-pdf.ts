import type { Context } from '../context.js';
import { normalizeQuantity } from '../common/scalars/quantity.scalar.js';
import { DonationStatus } from '../modules/donations/donation-enums.js';
import type { Donation } from '../modules/donations/donation.entity.js';
import { visibleDonor } from '../modules/donations/donation.service.js';
import { ANONYMOUS_DONOR_NAME } from '../modules/donors/donor.type.js';
import { amountInWords } from './amount-in-words.js';
import { OfficialDocument } from './pdf/official-document.js';
import { CHANNEL, label, viDate, viMoney } from './vietnamese.js';

/** "Tỉnh Ninh Thuận" → "Ninh Thuận": the place a document is dated at. */
export function placeName(unitName: string): string {
  return unitName.replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+/u, '');
}

/**
 * The receipt of a donation as a PDF in the administrative form: issued by the fund's Front
 * committee under the receipt number, dated the day the gift was received. The donor is named
 * as the donation query would name them to this caller.
 */
export async function receiptDocument(ctx: Context, donation: Donation): Promise<OfficialDocument> {
  await ctx.em.populate(donation, ['fund.organization.parent', 'fund.unit', 'campaign']);
  const fund = donation.fund;
  const donor = await visibleDonor(ctx, donation);
  const doc = new OfficialDocument({
    title: `Biên nhận ${donation.receiptNumber}`,
    subject: `Biên nhận tiền ủng hộ ${fund.name}`,
  });
  doc.heading({
    parentIssuer: fund.organization.parent?.name ?? null,
    issuer: fund.organization.name,
    number: donation.receiptNumber,
    place: placeName(fund.unit.name),
    date: donation.donatedOn,
    title: donation.channel === 'IN_KIND' ? 'Biên nhận hiện vật ủng hộ' : 'Biên nhận tiền ủng hộ',
    subtitle: fund.name,
  });
  const rows: [string, string][] = [
    ['Số biên nhận', donation.receiptNumber],
    ['Ngày nhận', viDate(donation.donatedOn)],
    ['Nhà hảo tâm', donor?.displayName ?? ANONYMOUS_DONOR_NAME],
    ['Quỹ nhận', `${fund.name} (${fund.code})`],
    [donation.channel === 'IN_KIND' ? 'Giá trị thẩm định' : 'Số tiền', viMoney(donation.amount)],
    ['Bằng chữ', amountInWords(donation.amount)],
  ];
  if (donation.channel === 'IN_KIND' && donation.quantity) {
    rows.push(['Hiện vật', `${normalizeQuantity(donation.quantity)} ${donation.quantityUnit ?? ''}`.trim()]);
  }
  rows.push(['Hình thức', label(CHANNEL, donation.channel)]);
  if (donation.campaign) rows.push(['Phong trào', `${donation.campaign.name} (${donation.campaign.code})`]);
  if (donation.bankReference) rows.push(['Mã giao dịch', donation.bankReference]);
  if (donation.note) rows.push(['Nội dung', donation.note]);
  doc.fields(rows);
  if (donation.status === DonationStatus.REVERSED) {
    doc.paragraph('Khoản ủng hộ này đã được đảo bút toán: biên nhận không còn giá trị.', true);
  }
  doc.signatures([
    { title: 'Người ủng hộ', note: '(Ký, ghi rõ họ tên)' },
    { title: 'Người nhận', note: '(Ký, ghi rõ họ tên)' },
  ]);
  return doc;
}
