import type { Fund } from '../modules/funds/fund.entity.js';
import type { FundSummaryType } from '../modules/funds/fund-summary.type.js';
import { smallTable, type Cell, type Column, type Table } from './table.js';
import { CHANNEL, DONOR_KIND, label, PURPOSE, viDate } from './vietnamese.js';

export const FUND_SUMMARY_COLUMNS: Column[] = [
  { header: 'Mục', kind: 'text', width: 34 },
  { header: 'Chi tiết', kind: 'text', width: 34 },
  { header: 'Mã', kind: 'text', width: 20 },
  { header: 'Số lượng', kind: 'quantity', width: 12 },
  { header: 'Số tiền (₫)', kind: 'money', width: 20 },
];

/**
 * The fundSummary answer as rows: each figure beside its Vietnamese label and the API's code,
 * in the order a period report reads (opening + in − out = closing), goods apart from cash.
 */
export function fundSummaryTable(fund: Fund, summary: FundSummaryType): Table {
  const rows: Cell[][] = [
    ['Quỹ', fund.name, fund.code, null, null],
    ['Từ ngày', summary.from ? viDate(summary.from) : 'Đầu sổ', null, null, null],
    ['Đến ngày', summary.to ? viDate(summary.to) : 'Hiện tại', null, null, null],
    ['Số dư đầu kỳ', null, 'openingBalance', null, summary.openingBalance],
    ['Thu trong kỳ', null, 'received', null, summary.received],
    ...summary.receivedByChannel.map((r): Cell[] => [
      'Thu theo hình thức',
      label(CHANNEL, r.key),
      r.key,
      null,
      r.amount,
    ]),
    ...summary.receivedByDonorKind.map((r): Cell[] => [
      'Thu theo loại nhà hảo tâm',
      label(DONOR_KIND, r.key),
      r.key,
      null,
      r.amount,
    ]),
    ['Nhận phân bổ từ quỹ cấp trên', null, 'allocatedIn', null, summary.allocatedIn],
    ['Phân bổ cho quỹ cấp dưới', null, 'allocatedOut', null, summary.allocatedOut],
    ['Chi hỗ trợ', null, 'disbursed', null, summary.disbursed],
    ...summary.disbursedByPurpose.map((r): Cell[] => [
      'Chi theo mục đích',
      label(PURPOSE, r.key),
      r.key,
      null,
      r.amount,
    ]),
    ['Số dư cuối kỳ', null, 'closingBalance', null, summary.closingBalance],
    ...summary.goodsReceived.map((g): Cell[] => [
      'Hiện vật nhận (giá trị thẩm định)',
      g.unit,
      null,
      g.quantity,
      g.value,
    ]),
  ];
  return smallTable('Tổng hợp quỹ', FUND_SUMMARY_COLUMNS, rows);
}

/** "tong-hop-quy-12-2025-01-01-2025-12-31": the fund and the period (open ends named). */
export function fundSummaryFilename(fundId: number, from: string | null, to: string | null, extension: string) {
  return `tong-hop-quy-${fundId}-${from ?? 'dau-so'}-${to ?? 'hien-tai'}.${extension}`;
}
