import { defineMessages } from '../../../lib/i18n/i18n'

const present = (parts: (string | null)[]) => parts.filter((p): p is string => p !== null)
/** "A và B", "A, B và C". */
function joinVi(parts: (string | null)[]): string {
  const list = present(parts)
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} và ${list.at(-1)}`
}
/** "A and B", "A, B and C" (each part may hold commas of its own, so a semicolon-free list). */
function joinEn(parts: (string | null)[]): string {
  const list = present(parts)
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')}, and ${list.at(-1)}`
}

/** Wording of the units table screen (`/units`). */
export const unitsMessages = defineMessages({
  vi: {
    title: 'Đơn vị',
    description: (range: string, view: string) => `Số liệu từng đơn vị theo mọi chỉ số, ${range}, ${view}; so với cùng kỳ năm trước và xếp hạng.`,
    viewCurrent: 'sau sắp xếp (34 tỉnh, thành phố)',
    viewReported: 'theo đơn vị báo cáo',
    search: 'Tìm đơn vị',
    searchPlaceholder: 'Ví dụ: quang ninh',
    searchHint: 'Nhập chữ hoặc số để tìm; dấu câu không được dùng để lọc.',
    region: 'Vùng',
    allRegions: 'Tất cả các vùng',
    caption: (range: string) => `Số liệu các đơn vị, ${range}`,
    national: 'Toàn quốc',
    shown: (n: number) => `Tổng ${n} đơn vị đang hiển thị`,
    tableTitle: 'Bảng số liệu theo đơn vị',
    /** What the table holds, as officials say it: "34 tỉnh, thành phố và Trung ương". */
    composition: (current: number, former: number, national: boolean) =>
      joinVi([
        former > 0 ? `${former} tỉnh, thành phố trước sắp xếp` : null,
        current > 0 ? `${current} tỉnh, thành phố${former > 0 ? ' sau sắp xếp' : ''}` : null,
        national ? 'Trung ương' : null,
      ]),
    count: (shown: number, all: string, filtered: boolean) => (filtered ? `Hiển thị ${shown} trong ${all}` : all),
    noFigures: (range: string, view: string) => `Không có số liệu nào trong ${range} cho toàn quốc, ${view}.`,
    noMatch: (what: string) => `Không có đơn vị nào khớp với ${what}.`,
    bySearch: (q: string) => `từ khóa “${q}”`,
    byRegion: (region: string) => `vùng ${region}`,
    byUnits: 'các đơn vị chọn ở bộ lọc',
    clearSearch: 'Xóa bộ lọc của bảng',
    noData: (last: string) => `Chưa có số liệu cho khoảng thời gian đã chọn: số liệu hiện có đến tháng ${last}.`,
    invalidSort: (raw: string) => `Không có cột sắp xếp “${raw}”; bảng đang sắp xếp theo tên đơn vị.`,
    invalidRegion: (raw: string) => `Không có vùng “${raw}”; bảng đang hiển thị tất cả các vùng.`,
    hiddenFormer: (n: number) =>
      `${n} đơn vị cấp tỉnh cũ không hiển thị: các đơn vị này đã hợp nhất từ ngày 01/07/2025, không có số liệu trong khoảng thời gian đã chọn.`,
    hiddenCurrent: (n: number) =>
      `${n} tỉnh, thành phố hiện nay không hiển thị: các đơn vị này được thành lập từ ngày 01/07/2025, sau khoảng thời gian đã chọn.`,
    spansReorganisation:
      'Khoảng thời gian đã chọn trải qua ngày 01/07/2025: đơn vị cũ có số liệu đến 30/06/2025, đơn vị mới từ 01/07/2025, không tính trùng. Xếp hạng so sánh trong từng nhóm.',
    comparisonNote:
      'So với cùng kỳ: cùng các tháng của năm trước, trên cùng địa bàn (tỉnh, thành phố hình thành sau hợp nhất được so với tổng của các tỉnh cũ). Xếp hạng: 1 là cao nhất; Trung ương không xếp hạng cùng các tỉnh.',
    noticeTitle: 'Lưu ý',
  },
  en: {
    title: 'Units',
    description: (range: string, view: string) => `Every unit by every metric, ${range}, ${view}; change against the same period last year and rank.`,
    viewCurrent: 'current units (34 provinces and cities)',
    viewReported: 'as reported',
    search: 'Find a unit',
    searchPlaceholder: 'e.g. quang ninh',
    searchHint: 'Type letters or digits to search; punctuation does not filter.',
    region: 'Region',
    allRegions: 'All regions',
    caption: (range: string) => `Figures by unit, ${range}`,
    national: 'Nationwide',
    shown: (n: number) => `Total of the ${n} units shown`,
    tableTitle: 'Figures by unit',
    composition: (current: number, former: number, national: boolean) =>
      joinEn([
        former > 0 ? `${former} former provinces and cities` : null,
        current > 0 ? `${current} ${former > 0 ? 'current ' : ''}provinces and cities` : null,
        national ? 'the central level' : null,
      ]),
    count: (shown: number, all: string, filtered: boolean) => (filtered ? `${shown} shown of ${all}` : all),
    noFigures: (range: string, view: string) => `No figures at all in ${range} for the whole country, ${view}.`,
    noMatch: (what: string) => `No unit matches ${what}.`,
    bySearch: (q: string) => `the search “${q}”`,
    byRegion: (region: string) => `the region ${region}`,
    byUnits: 'the units chosen in the filter bar',
    clearSearch: 'Clear the table filters',
    noData: (last: string) => `No figures yet for the chosen period: data runs to ${last}.`,
    invalidSort: (raw: string) => `There is no sort column “${raw}”; the table is sorted by unit name.`,
    invalidRegion: (raw: string) => `There is no region “${raw}”; the table shows every region.`,
    hiddenFormer: (n: number) =>
      `${n} former provincial units are not shown: they were merged on 1 Jul 2025 and have no figures in the chosen period.`,
    hiddenCurrent: (n: number) =>
      `${n} current provinces and cities are not shown: they were formed on 1 Jul 2025, after the chosen period.`,
    spansReorganisation:
      'The chosen period spans 1 Jul 2025: former units have figures up to 30 Jun 2025, current units from 1 Jul 2025, never counted twice. Ranks compare units within each group.',
    comparisonNote:
      'Change: against the same months one year earlier, on the same territory (a province formed by the merger is compared with the sum of its former provinces). Rank: 1 is the highest; the central level is not ranked with the provinces.',
    noticeTitle: 'Note',
  },
})
