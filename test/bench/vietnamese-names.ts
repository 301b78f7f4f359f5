// Word lists for generated donors and descriptions. Surnames are repeated by their rough share of
// the population (Nguyễn about 38 %), so a search for "nguyen van" finds as many rows as in life.
const weighted = (pairs: [string, number][]): string[] => pairs.flatMap(([word, n]) => Array<string>(n).fill(word));

export const surnames = weighted([
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 10],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2],
  ['Phan', 4],
  ['Vũ', 2],
  ['Võ', 2],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1],
  ['Hồ', 1],
  ['Ngô', 1],
  ['Dương', 1],
  ['Lý', 1],
  ['Đinh', 1],
  ['Lương', 1],
  ['Nông', 1],
  ['Hà', 1],
]);

export const middleNames = weighted([
  ['Văn', 10],
  ['Thị', 10],
  ['Hữu', 2],
  ['Đức', 2],
  ['Minh', 3],
  ['Ngọc', 3],
  ['Thanh', 3],
  ['Quốc', 2],
  ['Xuân', 2],
  ['Thu', 2],
  ['Kim', 1],
  ['Gia', 1],
]);

export const givenNames = [
  'An', 'Anh', 'Bình', 'Châu', 'Chi', 'Cường', 'Dũng', 'Duyên', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiền',
  'Hiếu', 'Hoa', 'Hòa', 'Hùng', 'Hương', 'Huy', 'Khánh', 'Khoa', 'Lan', 'Linh', 'Loan', 'Long', 'Mai',
  'Minh', 'Nam', 'Nga', 'Ngân', 'Nhung', 'Phong', 'Phúc', 'Phương', 'Quân', 'Quang', 'Quyên', 'Sơn',
  'Tâm', 'Thắng', 'Thảo', 'Thành', 'Thủy', 'Tiến', 'Trang', 'Trinh', 'Trung', 'Tú', 'Tuấn', 'Uyên',
  'Vân', 'Việt', 'Vinh', 'Vy', 'Xuân', 'Yến',
]; // prettier-ignore

/** Businesses and bodies that give: "Công ty TNHH Thương mại Hoàng Long". */
export const businessPrefixes = [
  'Công ty TNHH Thương mại',
  'Công ty Cổ phần Xây dựng',
  'Công ty TNHH Dịch vụ',
  'Doanh nghiệp tư nhân',
  'Hợp tác xã Nông nghiệp',
  'Trường THCS',
  'Hội Phụ nữ xã',
  'Chi đoàn thôn',
];

/** What people write on a transfer or a cash receipt. */
export const descriptions = [
  'Ủng hộ Quỹ Vì người nghèo',
  'Ủng hộ đồng bào bị thiệt hại do bão Yagi',
  'Chung tay xây nhà Đại đoàn kết',
  'Tết vì người nghèo',
  'Ủng hộ đồng bào miền Trung khắc phục lũ lụt',
  'Góp quỹ học bổng cho học sinh nghèo vượt khó',
  'Ủng hộ chương trình bò giống cho hộ nghèo',
  'Tháng cao điểm Vì người nghèo',
  'Mua thẻ bảo hiểm y tế cho hộ cận nghèo',
  'Ủng hộ nhân Ngày Vì người nghèo 17/10',
];

/** Round amounts people give (VND); the rest are arbitrary multiples of 10.000 ₫. */
export const roundAmounts = [
  50_000, 100_000, 100_000, 200_000, 200_000, 300_000, 500_000, 500_000, 500_000, 1_000_000, 1_000_000, 2_000_000,
  5_000_000, 10_000_000, 20_000_000, 50_000_000, 100_000_000,
];
