import { UserError, type FieldProblem } from '../../common/errors.js';
import type { RecordPovertyStatisticInput } from './poverty-statistic.inputs.js';
import type { PovertyStandard } from './poverty-standard.entity.js';

type Counts = Pick<
  RecordPovertyStatisticInput,
  | 'year'
  | 'households'
  | 'poorHouseholds'
  | 'nearPoorHouseholds'
  | 'ethnicMinorityHouseholds'
  | 'ethnicMinorityPoorHouseholds'
  | 'people'
  | 'poorPeople'
  | 'reportedPoorRate'
  | 'reportedNearPoorRate'
  | 'reportedEthnicMinorityPoorRate'
>;

const isSet = (value: number | null | undefined): value is number => value != null;

/**
 * Counts that cannot all be true are refused together, each beside its field: a part larger than
 * its whole, a review year outside the standard's period, a stated rate above 100%.
 */
export function assertPlausibleCounts(input: Counts, standard: PovertyStandard): void {
  const problems: FieldProblem[] = [];
  const add = (field: string, vi: string, en: string) => problems.push({ field, message: { vi, en } });
  // The review at the end of the year before a period is its baseline ("đầu năm 2016").
  if (input.year < standard.fromYear - 1 || input.year > standard.toYear) {
    add(
      'year',
      `Chuẩn nghèo ${standard.code} áp dụng cho rà soát các năm ${standard.fromYear - 1}–${standard.toYear}`,
      `Standard ${standard.code} covers the reviews of ${standard.fromYear - 1}–${standard.toYear}`,
    );
  }
  if (input.poorHouseholds > input.households) {
    add('poorHouseholds', 'Số hộ nghèo không được lớn hơn tổng số hộ', 'Poor households cannot exceed all households');
  }
  if (isSet(input.nearPoorHouseholds) && input.poorHouseholds + input.nearPoorHouseholds > input.households) {
    add(
      'nearPoorHouseholds',
      'Số hộ nghèo cộng số hộ cận nghèo không được lớn hơn tổng số hộ',
      'Poor and near-poor households together cannot exceed all households',
    );
  }
  if (isSet(input.ethnicMinorityHouseholds) && input.ethnicMinorityHouseholds > input.households) {
    add(
      'ethnicMinorityHouseholds',
      'Số hộ dân tộc thiểu số không được lớn hơn tổng số hộ',
      'Ethnic-minority households cannot exceed all households',
    );
  }
  if (isSet(input.ethnicMinorityPoorHouseholds)) {
    if (!isSet(input.ethnicMinorityHouseholds)) {
      add(
        'ethnicMinorityHouseholds',
        'Cần số hộ dân tộc thiểu số khi ghi số hộ nghèo dân tộc thiểu số',
        'Ethnic-minority households are needed with their poor households',
      );
    } else if (input.ethnicMinorityPoorHouseholds > input.ethnicMinorityHouseholds) {
      add(
        'ethnicMinorityPoorHouseholds',
        'Số hộ nghèo dân tộc thiểu số không được lớn hơn số hộ dân tộc thiểu số',
        'Poor ethnic-minority households cannot exceed ethnic-minority households',
      );
    }
    if (input.ethnicMinorityPoorHouseholds > input.poorHouseholds) {
      add(
        'ethnicMinorityPoorHouseholds',
        'Số hộ nghèo dân tộc thiểu số không được lớn hơn tổng số hộ nghèo',
        'Poor ethnic-minority households cannot exceed all poor households',
      );
    }
  }
  if (isSet(input.poorPeople) && isSet(input.people) && input.poorPeople > input.people) {
    add('poorPeople', 'Số người nghèo không được lớn hơn dân số', 'Poor people cannot exceed the population');
  }
  for (const field of ['reportedPoorRate', 'reportedNearPoorRate', 'reportedEthnicMinorityPoorRate'] as const) {
    const rate = input[field];
    if (rate != null && (Number(rate) < 0 || Number(rate) > 100)) {
      add(field, 'Tỷ lệ phải từ 0 đến 100%', 'A rate must be 0–100%');
    }
  }
  if (problems.length) {
    throw new UserError(
      'BAD_USER_INPUT',
      { vi: problems.map((p) => p.message.vi).join('; '), en: problems.map((p) => p.message.en).join('; ') },
      problems,
    );
  }
}
