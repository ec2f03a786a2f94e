/** Real, dated events from published reports, placed among the generated records. */
import type { ActivityData as Activity } from '../../src/lib/api/schemas'
import { NATIONAL_COMMITTEE } from './titles'

/** For events whose published account has not been traced to a named outlet yet. */
const UNTRACED = 'chưa dẫn được bài đăng gốc'

/**
 * Real events from published reports. Figures are those the source gives; where it gives none
 * they are left out (participants null, no award records), never invented. A source names the
 * outlet and links the article where one was found; otherwise it says what is known and that
 * the article is not traced.
 */
export const REAL_EVENTS: readonly Activity[] = [
  {
    id: 'ev-20181228-tw',
    date: '2018-12-28',
    unit: 'tw',
    kind: 'meetings',
    category: 'conference',
    title: 'Hội nghị toàn quốc tổng kết công tác thông tin đối ngoại năm 2018, triển khai nhiệm vụ năm 2019; khen thưởng tập thể, cá nhân có thành tích',
    quantity: 1,
    participants: null,
    format: 'in-person',
    recipient: null,
    source: { title: `Hội nghị của ${NATIONAL_COMMITTEE} ngày 28/12/2018, có khen thưởng tập thể và cá nhân (nguồn không nêu số lượng; ${UNTRACED})`, url: null },
  },
  {
    id: 'ev-20191230-f35',
    date: '2019-12-30',
    unit: 'f35',
    kind: 'meetings',
    category: 'conference',
    title: 'Hội nghị tổng kết công tác thông tin đối ngoại năm 2019, triển khai nhiệm vụ năm 2020 của tỉnh Hà Nam',
    quantity: 1,
    participants: null,
    format: 'in-person',
    recipient: null,
    source: { title: `Hội nghị của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Nam ngày 30/12/2019 (${UNTRACED})`, url: null },
  },
  {
    id: 'ev-20211223-tw',
    date: '2021-12-23',
    unit: 'tw',
    kind: 'meetings',
    category: 'conference',
    title: 'Hội nghị toàn quốc tổng kết công tác thông tin đối ngoại năm 2021, triển khai nhiệm vụ năm 2022 (trực tiếp kết hợp trực tuyến); khen thưởng tập thể, cá nhân có thành tích',
    quantity: 1,
    participants: null,
    format: 'hybrid',
    recipient: null,
    source: { title: `Hội nghị của ${NATIONAL_COMMITTEE} ngày 23/12/2021, trực tiếp kết hợp trực tuyến, có khen thưởng tập thể và cá nhân (nguồn không nêu số lượng; ${UNTRACED})`, url: null },
  },
  {
    id: 'ev-20220802-f45',
    date: '2022-08-02',
    unit: 'f45',
    kind: 'meetings',
    category: 'conference',
    title: 'Hội nghị sơ kết công tác thông tin đối ngoại 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm của tỉnh Quảng Trị',
    quantity: 1,
    participants: null,
    format: 'in-person',
    recipient: null,
    source: { title: `Hội nghị của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Trị ngày 02/08/2022 (${UNTRACED})`, url: null },
  },
  {
    // The source says the publication was finished during the first half of 2022; the exact day
    // is not given, so the record carries the last day of that half-year.
    id: 'ev-2022h1-f45-publication',
    date: '2022-06-30',
    unit: 'f45',
    kind: 'articles',
    category: 'foreign-language',
    title: 'Ấn phẩm song ngữ Việt – Lào về quan hệ Việt Nam – Lào và quan hệ hữu nghị, hợp tác của tỉnh Quảng Trị với hai tỉnh Savannakhet, Salavan (hoàn thành trong 6 tháng đầu năm 2022)',
    quantity: 1,
    participants: null,
    format: null,
    recipient: null,
    source: { title: `Kết quả 6 tháng đầu năm 2022 nêu tại hội nghị sơ kết ngày 02/08/2022 của tỉnh Quảng Trị; ngày hoàn thành không được nêu, ghi ngày cuối kỳ (${UNTRACED})`, url: null },
  },
  {
    id: 'ev-20221007-f22',
    date: '2022-10-07',
    unit: 'f22',
    kind: 'meetings',
    category: 'conference',
    title: 'Hội nghị tuyên truyền về công tác biên giới lãnh thổ năm 2022 tại tỉnh Quảng Ninh (Ủy ban Biên giới quốc gia, Bộ Ngoại giao tổ chức)',
    quantity: 1,
    participants: null,
    format: 'in-person',
    recipient: null,
    source: {
      title: 'Báo Quảng Ninh: “Hội nghị tuyên truyền về công tác biên giới lãnh thổ năm 2022”, 07/10/2022 (Ủy ban Biên giới quốc gia, Bộ Ngoại giao phối hợp với tỉnh Quảng Ninh)',
      url: 'https://baoquangninh.vn/hoi-nghi-tuyen-truyen-ve-cong-tac-bien-gioi-lanh-tho-nam-2022-3207560.html',
    },
  },
  {
    id: 'ev-20240912-f51',
    date: '2024-09-12',
    unit: 'f51',
    kind: 'trainings',
    category: 'spokespersons',
    title: 'Tập huấn công tác thông tin đối ngoại và truyền thông chính sách cho người phát ngôn, người cung cấp thông tin cho báo chí tỉnh Quảng Ngãi (Sở Thông tin và Truyền thông tổ chức)',
    quantity: 1,
    // The source says "gần 200" (nearly 200): recorded as 200, a rounded figure.
    participants: 200,
    format: 'in-person',
    recipient: null,
    source: {
      title: 'Đài Phát thanh – Truyền hình Quảng Ngãi: “Tập huấn công tác thông tin đối ngoại và truyền thông chính sách”, 12/09/2024 (gần 200 đại biểu; ghi tròn 200)',
      url: 'http://quangngaitv.vn/tin-tuc-n37772/tap-huan-cong-tac-thong-tin-doi-ngoai-va-truyen-thong-chinh-sach.html',
    },
  },
]

/**
 * Generated reviews the real events replace: `unit:review:year` (review = year-end or
 * half-year), so Hà Nam does not hold two year-end conferences for 2019.
 */
export const REPLACED_REVIEWS = new Set(['tw:year:2018', 'tw:year:2021', 'f35:year:2019', 'f45:half:2022'])
