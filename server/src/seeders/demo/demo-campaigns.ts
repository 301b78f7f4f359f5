// Demo campaigns from the five seed articles in shared/seeds. Document numbers, dates and issuers are
// as the seeds write them. A campaign has a `document` only where the seed gives number, date and
// issuer; the descriptions say what is missing. Status is as of 2026-11-29: CLOSED if the period has
// ended, ACTIVE otherwise. The parent chains are national → provincial → district/project.
import type { DemoCampaign } from './demo-types.js';

export const demoCampaigns: DemoCampaign[] = [
  // National movement, 2016–2020: 000_60f9f9c4b9ee4040.txt ("Quyết định số 1258/QĐ-TTg, ngày 21/8/2017
  // của Thủ tướng Chính phủ … giai đoạn 2016-2020"). It was launched in 2016 and the plan issued in 2017.
  {
    code: 'VNN-2016-2020',
    kind: 'EMULATION_MOVEMENT',
    name: 'Phong trào thi đua “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2016–2020',
    description:
      'Phong trào thi đua toàn quốc phát động năm 2016; kế hoạch tổ chức thực hiện ban hành kèm theo Quyết định số 1258/QĐ-TTg ngày 21/8/2017 của Thủ tướng Chính phủ.',
    startsOn: '2016-01-01',
    endsOn: '2020-12-31',
    document: { number: '1258/QĐ-TTg', issuedOn: '2017-08-21', issuer: 'Thủ tướng Chính phủ' },
    organizerKey: 'ban-tdkt-trung-uong',
    scopeUnitCode: 'VN',
    status: 'CLOSED',
  },
  // National movement, 2021–2025: 003_1e96ee76056eacdd.txt (conference of 5/4/2023 in Cần Thơ "Đẩy mạnh
  // thực hiện phong trào thi đua … giai đoạn 2021 – 2025"); Decision 666/QĐ-TTg of 2/6/2022 (shared/domain.md).
  {
    code: 'VNN-2021-2025',
    kind: 'EMULATION_MOVEMENT',
    name: 'Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025',
    description:
      'Kế hoạch tổ chức thực hiện ban hành kèm theo Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ. Ngày 05/4/2023, Ban Thi đua – Khen thưởng Trung ương (Bộ Nội vụ) phối hợp với UBND thành phố Cần Thơ tổ chức hội nghị đẩy mạnh thực hiện phong trào; đến hết năm 2022, tỷ lệ hộ nghèo đa chiều cả nước giảm 1,2%, tỷ lệ hộ nghèo dân tộc thiểu số giảm trên 3%/năm, ở các huyện nghèo giảm 4–5%/năm.',
    startsOn: '2021-01-01',
    endsOn: '2025-12-31',
    document: { number: '666/QĐ-TTg', issuedOn: '2022-06-02', issuer: 'Thủ tướng Chính phủ' },
    organizerKey: 'ban-tdkt-trung-uong',
    scopeUnitCode: 'VN',
    status: 'CLOSED',
  },

  // Ninh Thuận 2016–2020: 000_60f9f9c4b9ee4040.txt ("Kế hoạch số 4492/KH-UBND ngày 27/10/2017 về phát
  // động Phong trào thi đua … trong công tác giảm nghèo trên địa bàn tỉnh Ninh Thuận đến năm 2020").
  // This is THE Ninh Thuận 2016–2020 movement: the only campaign whose name has "Ninh Thuận" in it.
  // The seed's plan figures (3–4 %/year, 4 %/year) are for the ethnic-minority rate and the 30a district;
  // it states no target for the overall rate, so povertyReductionTarget is not set.
  {
    code: 'NT-2016-2020',
    kind: 'EMULATION_MOVEMENT',
    name: 'Phong trào thi đua “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2016–2020 trên địa bàn tỉnh Ninh Thuận',
    description:
      'Phát động theo Kế hoạch số 4492/KH-UBND ngày 27/10/2017 của UBND tỉnh; Sở Lao động – TB&XH (cơ quan thường trực Ban chỉ đạo CTMTQG lĩnh vực giảm nghèo) phối hợp với Sở Nội vụ (Ban Thi đua – Khen thưởng tỉnh). Hộ nghèo giảm từ 23.767 hộ (14,93%) đầu năm 2016 còn 9.606 hộ (5,33%) cuối năm 2020, bình quân giảm 1,92%/năm; tỷ lệ hộ nghèo dân tộc thiểu số giảm từ 38,77% xuống 16,18%, bình quân 4,52%/năm (kế hoạch 3–4%/năm); huyện nghèo 30a Bác Ái giảm bình quân 6,01%/năm (kế hoạch 4%/năm).',
    startsOn: '2017-10-27',
    endsOn: '2020-12-31',
    document: { number: '4492/KH-UBND', issuedOn: '2017-10-27', issuer: 'Ủy ban nhân dân tỉnh Ninh Thuận' },
    organizerKey: 'ubnd-ninh-thuan',
    scopeUnitCode: '58',
    parentCode: 'VNN-2016-2020',
    status: 'CLOSED',
  },
  // Bác Ái cows: 000_60f9f9c4b9ee4040.txt ("Đề án 406/ĐA hỗ trợ bò cái giống sinh sản cho hộ nghèo DTTS
  // trên địa bàn huyện Bác Ái … 1.000 con bò cho 750 hộ với tổng kinh phí vận động là 19 tỷ đồng").
  // The seed gives neither the date nor the issuer of the Đề án, so there is no `document`. The
  // period is the one of the provincial movement it is reported under (a guess). The organizer is the
  // provincial Front, as the seed reports it among the Front's and mass organizations' fund-raising.
  {
    code: 'BA-406-DA',
    kind: 'PROJECT',
    name: 'Đề án 406/ĐA hỗ trợ bò cái giống sinh sản cho hộ nghèo đồng bào dân tộc thiểu số huyện Bác Ái',
    description:
      'Đề án số 406/ĐA: vận động 19 tỷ đồng để hỗ trợ 1.000 con bò cái giống sinh sản cho 750 hộ nghèo đồng bào dân tộc thiểu số trên địa bàn huyện Bác Ái.',
    startsOn: '2017-10-27',
    endsOn: '2020-12-31',
    organizerKey: 'mttq-ninh-thuan',
    scopeUnitCode: '584',
    parentCode: 'NT-2016-2020',
    moneyTarget: '19000000000',
    status: 'CLOSED',
  },

  // Cao Bằng 2016–2020: 001_ef16030326a36a2f.txt ("Công văn số 2111/KH-UBND ngày 25/8/2020 của UBND tỉnh
  // Cao Bằng về Kế hoạch tổng kết phong trào thi đua 'Cao Bằng chung tay vì người nghèo …'"). That is the
  // plan to sum up the movement, not the document that launched it, which the seed does not give.
  {
    code: 'CB-2016-2020',
    kind: 'EMULATION_MOVEMENT',
    name: 'Phong trào thi đua “Cao Bằng chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”',
    description:
      'Phong trào thi đua của tỉnh Cao Bằng giai đoạn 2016–2020. Tổng kết theo Công văn số 2111/KH-UBND ngày 25/8/2020 của UBND tỉnh Cao Bằng (Kế hoạch tổng kết).',
    startsOn: '2016-01-01',
    endsOn: '2020-12-31',
    organizerKey: 'ubnd-cao-bang',
    scopeUnitCode: '04',
    parentCode: 'VNN-2016-2020',
    status: 'CLOSED',
  },
  // Hà Quảng: 001_ef16030326a36a2f.txt ("Chỉ thị số 03 ngày 17/8/2017 của UBND huyện Thông Nông"; "giảm
  // tỷ lệ hộ nghèo trung bình trên 5%, đạt 100% KH của Nghị quyết HĐND huyện", so the plan was 5 %/year).
  {
    code: 'HQ-2016-2020',
    kind: 'EMULATION_MOVEMENT',
    name: 'Phong trào thi đua “Hà Quảng chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”',
    description:
      'Phát động bằng Chỉ thị số 03 ngày 17/8/2017 của UBND huyện Thông Nông (nay thuộc huyện Hà Quảng). Giai đoạn 2016–2019 tỷ lệ hộ nghèo giảm trung bình trên 5%/năm, đạt 100% kế hoạch của Nghị quyết HĐND huyện. Vốn Nghị quyết 30a 409.783 triệu đồng cho 248 công trình; Chương trình 135 122.116,14 triệu đồng; NHCSXH cho 9.231 hộ vay 296,677 tỷ đồng; Ban vận động Quỹ Vì người nghèo hỗ trợ 114 nhà, 3.935,745 triệu đồng. Báo cáo tổng kết ngày 16/9/2020 của UBND huyện Hà Quảng.',
    startsOn: '2017-08-17',
    endsOn: '2020-12-31',
    document: { number: '03', issuedOn: '2017-08-17', issuer: 'Ủy ban nhân dân huyện Thông Nông' },
    organizerKey: 'ubnd-ha-quang',
    scopeUnitCode: '045',
    parentCode: 'CB-2016-2020',
    povertyReductionTarget: '5',
    status: 'CLOSED',
  },

  // Thừa Thiên Huế 2016–2020: 002_14c275fa097dccd8.txt (phong trào "chung tay vì người nghèo" together
  // with Nghị quyết số 04-NQ/TU ngày 08/11/2016 của Tỉnh ủy; target 0,9 %/year set by the Tỉnh ủy, 0,87
  // %/year set by the Government, result 0,98 %/year). The document is the Tỉnh ủy resolution the
  // movement carried out; the seed names no other.
  {
    code: 'TTH-2016-2020',
    kind: 'EMULATION_MOVEMENT',
    name: 'Phong trào “Chung tay vì người nghèo” giai đoạn 2016–2020 trên địa bàn tỉnh Thừa Thiên Huế',
    description:
      'Thực hiện gắn với Nghị quyết số 04-NQ/TU ngày 08/11/2016 của Tỉnh ủy về giảm nghèo bền vững giai đoạn 2016–2020. Tỷ lệ hộ nghèo giảm từ 8,36% (2016) còn 3,45% cuối năm 2020, bình quân 0,98%/năm, vượt chỉ tiêu Chính phủ giao (0,87%/năm) và Nghị quyết Tỉnh ủy (0,9%/năm). Cán bộ, công chức, viên chức, người lao động 57 cơ quan, đơn vị, trường học hỗ trợ 19 xã có tỷ lệ hộ nghèo trên 25%. Tổng kết tại hội nghị ngày 17/3/2021.',
    startsOn: '2016-11-08',
    endsOn: '2020-12-31',
    document: { number: '04-NQ/TU', issuedOn: '2016-11-08', issuer: 'Tỉnh ủy Thừa Thiên Huế' },
    organizerKey: 'ubnd-thua-thien-hue',
    scopeUnitCode: '46',
    parentCode: 'VNN-2016-2020',
    povertyReductionTarget: '0.9',
    status: 'CLOSED',
  },

  // Tây Ninh 2020: 004_472016be3d0d4bd0.txt ("Ngày 13.3.2020, UBND tỉnh ban hành Kế hoạch số 490/KH-UBND
  // về phối hợp thực hiện các chính sách hỗ trợ hộ nghèo năm 2020"; "Tổng kinh phí cần hỗ trợ … là 20,585
  // tỷ đồng"). It is a one-year support plan in the last year of the 2016–2020 period. The money target
  // is the funding the plan says is needed.
  {
    code: 'TN-490-2020',
    kind: 'PROJECT',
    name: 'Kế hoạch phối hợp thực hiện các chính sách hỗ trợ hộ nghèo năm 2020 trên địa bàn tỉnh Tây Ninh',
    description:
      'Kế hoạch số 490/KH-UBND ngày 13/3/2020 của UBND tỉnh Tây Ninh. Theo rà soát năm 2019, toàn tỉnh còn 1.049 hộ nghèo có khả năng thoát nghèo với 2.598 người; tổng kinh phí cần hỗ trợ năm 2020 là 20,585 tỷ đồng; mục tiêu đến cuối năm 2020 không còn hộ nghèo theo chuẩn Trung ương.',
    startsOn: '2020-03-13',
    endsOn: '2020-12-31',
    document: { number: '490/KH-UBND', issuedOn: '2020-03-13', issuer: 'Ủy ban nhân dân tỉnh Tây Ninh' },
    organizerKey: 'ubnd-tay-ninh',
    scopeUnitCode: '72',
    parentCode: 'VNN-2016-2020',
    moneyTarget: '20585000000',
    status: 'CLOSED',
  },

  // Cần Thơ 2021–2025: 003_1e96ee76056eacdd.txt (the city's part in the 2021–2025 movement; the seed
  // gives no launching document).
  {
    code: 'CT-2021-2025',
    kind: 'EMULATION_MOVEMENT',
    name: 'Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025 trên địa bàn thành phố Cần Thơ',
    description:
      'Gắn với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Cuối năm 2022: 1.009 hộ thoát nghèo, tỷ lệ hộ nghèo giảm 0,28% còn 0,52%, vượt 0,08% so với kế hoạch; 33 mô hình sinh kế/giảm nghèo đang thực hiện (147 mô hình trong 10 năm).',
    startsOn: '2021-01-01',
    endsOn: '2025-12-31',
    organizerKey: 'ubnd-can-tho',
    scopeUnitCode: '92',
    parentCode: 'VNN-2021-2025',
    status: 'CLOSED',
  },
  // Bà Rịa - Vũng Tàu 2021–2025: 003_1e96ee76056eacdd.txt (Phó Trưởng Ban thi đua khen thưởng tỉnh; the
  // seed gives no launching document). The 2,04 % baseline is "đầu năm 2020" in the seed, before this
  // period began; it is kept as written.
  {
    code: 'BRVT-2021-2025',
    kind: 'EMULATION_MOVEMENT',
    name: 'Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025 trên địa bàn tỉnh Bà Rịa - Vũng Tàu',
    description:
      'Tỷ lệ hộ nghèo từ 2,04% (đầu năm 2020) giảm còn 1,51% cuối năm 2022; không còn hộ nghèo theo chuẩn đa chiều quốc gia cuối năm 2022, về đích sớm 3 năm; năm 2023 phấn đấu tỷ lệ hộ nghèo theo chuẩn tỉnh còn 1,45%.',
    startsOn: '2021-01-01',
    endsOn: '2025-12-31',
    organizerKey: 'ubnd-ba-ria-vung-tau',
    scopeUnitCode: '77',
    parentCode: 'VNN-2021-2025',
    status: 'CLOSED',
  },

  // "Ngày vì người nghèo": 003_1e96ee76056eacdd.txt ("cuộc vận động 'Ngày vì người nghèo' … tổ chức thực
  // hiện tháng cao điểm vì người nghèo hàng năm") and 002_14c275fa097dccd8.txt ("'ngày vì người nghèo'").
  // The Front's Central Committee has held the drive every year since 17/10/2000 (the start date is not
  // in the seeds); it has no end, so it is ACTIVE.
  {
    code: 'NVNN',
    kind: 'FUNDRAISING_DRIVE',
    name: 'Cuộc vận động “Ngày vì người nghèo”',
    description:
      'Cuộc vận động do Ủy ban Trung ương MTTQ Việt Nam phát động, lấy ngày 17/10 hằng năm là “Ngày vì người nghèo”; hằng năm tổ chức Tháng cao điểm “Vì người nghèo” từ 17/10 đến 18/11.',
    startsOn: '2000-10-17',
    organizerKey: 'mttq-trung-uong',
    scopeUnitCode: 'VN',
    status: 'ACTIVE',
  },
  // Peak months (17/10–18/11). The seeds say "hàng năm" without naming years; 2020 and 2022 are the
  // last years covered by the reports in 002 (2016–2020) and 003 (to the end of 2022).
  {
    code: 'TCD-2020',
    kind: 'PEAK_MONTH',
    name: 'Tháng cao điểm “Vì người nghèo” năm 2020',
    startsOn: '2020-10-17',
    endsOn: '2020-11-18',
    organizerKey: 'mttq-trung-uong',
    scopeUnitCode: 'VN',
    parentCode: 'NVNN',
    status: 'CLOSED',
  },
  {
    code: 'TCD-2022',
    kind: 'PEAK_MONTH',
    name: 'Tháng cao điểm “Vì người nghèo” năm 2022',
    startsOn: '2022-10-17',
    endsOn: '2022-11-18',
    organizerKey: 'mttq-trung-uong',
    scopeUnitCode: 'VN',
    parentCode: 'NVNN',
    status: 'CLOSED',
  },
];
