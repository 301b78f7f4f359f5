// The statement layouts of banks that Front committees keep their funds' accounts at. Column
// headers as the banks' Internet-banking exports print them; staff can change them in the panel.
import { StatementDateFormat } from '../../modules/imports/import-enums.js';

export interface DemoBankFormat {
  code: string;
  name: string;
  dateColumn: string;
  dateFormat: StatementDateFormat;
  creditColumn: string;
  debitColumn: string | null;
  descriptionColumn: string;
  referenceColumn: string;
  payerColumn: string | null;
}

export const demoBankFormats: DemoBankFormat[] = [
  {
    code: 'VCB',
    name: 'Vietcombank',
    dateColumn: 'Ngày giao dịch',
    dateFormat: StatementDateFormat.DMY,
    creditColumn: 'Số tiền ghi có',
    debitColumn: 'Số tiền ghi nợ',
    descriptionColumn: 'Nội dung chi tiết',
    referenceColumn: 'Số tham chiếu',
    payerColumn: null,
  },
  {
    code: 'BIDV',
    name: 'BIDV',
    dateColumn: 'Ngày hiệu lực',
    dateFormat: StatementDateFormat.DMY,
    creditColumn: 'Có',
    debitColumn: 'Nợ',
    descriptionColumn: 'Mô tả',
    referenceColumn: 'Mã giao dịch',
    payerColumn: 'Tên người chuyển',
  },
  {
    code: 'AGRIBANK',
    name: 'Agribank',
    dateColumn: 'Ngày',
    dateFormat: StatementDateFormat.DMY,
    creditColumn: 'Số tiền',
    debitColumn: null,
    descriptionColumn: 'Diễn giải',
    referenceColumn: 'Số bút toán',
    payerColumn: null,
  },
];
