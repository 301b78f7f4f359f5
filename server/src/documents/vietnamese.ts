import { DonationChannel } from '../modules/donations/donation-enums.js';
import { DonorKind } from '../modules/donors/donor-kind.js';
import { SupportPurpose } from '../modules/support/support-purpose.js';

/** The words documents print for the API's codes; the same as the admin panel's `vi` catalogue. */
export const CHANNEL: Record<DonationChannel, string> = {
  CASH: 'Tiền mặt',
  BANK_TRANSFER: 'Chuyển khoản',
  IN_KIND: 'Hiện vật',
};

export const DONOR_KIND: Record<DonorKind | 'ANONYMOUS', string> = {
  INDIVIDUAL: 'Cá nhân',
  HOUSEHOLD: 'Hộ gia đình',
  ORGANIZATION: 'Cơ quan, tổ chức',
  BUSINESS: 'Doanh nghiệp',
  OVERSEAS_VIETNAMESE: 'Kiều bào',
  FOREIGN_ORGANIZATION: 'Tổ chức nước ngoài',
  ANONYMOUS: 'Ẩn danh',
};

export const PURPOSE: Record<SupportPurpose, string> = {
  NEW_HOUSE: 'Xây nhà mới (nhà Đại đoàn kết)',
  HOUSE_REPAIR: 'Sửa chữa nhà',
  PRODUCTION: 'Hỗ trợ sản xuất (giống, vật nuôi)',
  HEALTH_INSURANCE: 'Thẻ bảo hiểm y tế',
  SCHOOLING: 'Học tập, học bổng',
  TET_GIFTS: 'Quà Tết',
  FOOD_RELIEF: 'Cứu đói',
  DISASTER_RELIEF: 'Cứu trợ thiên tai',
  LIVELIHOOD_MODEL: 'Mô hình sinh kế',
};

/** A label for a code, or the code itself when a newer code has no label yet. */
export const label = (labels: Record<string, string>, code: string): string => labels[code] ?? code;

/** "2025-10-17" → "17/10/2025". */
export const viDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** 19000000000n → "19.000.000.000 ₫", grouped on the digits (never through a float). */
export function viMoney(amount: bigint): string {
  const digits = (amount < 0n ? -amount : amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0n ? '-' : ''}${digits}\u00a0₫`;
}

/** 23767 → "23.767": a count with Vietnamese grouping. */
export const viCount = (value: number | bigint): string => value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "14.93" → "14,93": a two-place decimal (a rate, points) with the decimal comma. */
export function viRate(value: string): string {
  const [whole = '0', fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** "1000.000" → "1.000", "2.500" → "2,5": an exact quantity, trailing zeros dropped. */
export function viQuantity(value: string): string {
  const [whole = '0', fraction = ''] = value.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return viRate(trimmed ? `${whole}.${trimmed}` : whole);
}

export const RECIPIENT_KIND: Record<string, string> = {
  COLLECTIVE: 'Tập thể',
  INDIVIDUAL: 'Cá nhân',
  HOUSEHOLD: 'Hộ gia đình',
  BUSINESS: 'Doanh nghiệp',
};
