import type { NamedPreset } from './filters'
import { upperFirst } from '../lib/format'
import { defineMessages } from '../lib/i18n/i18n'

export const filterMessages = defineMessages({
  vi: {
    filters: 'Bộ lọc',
    period: 'Kỳ báo cáo',
    /** `range` is the preset's months as reports write them ("6 tháng đầu năm 2026"). */
    preset: (p: NamedPreset, range: string) =>
      p === 'ytd' ? `Lũy kế ${range}` : p === 'year' ? `Cả năm ${range.replace(/^năm /, '')}` : p.startsWith('y') ? `Năm ${p.slice(1)}` : upperFirst(range),
    custom: 'Tùy chọn',
    from: 'Từ tháng',
    to: 'Đến tháng',
    granularity: 'Chia theo',
    boundary: 'Địa giới',
    boundaryCurrent: 'Hiện nay (34)',
    boundaryReported: 'Như đã báo cáo',
    boundaryCurrentHint: 'Mọi số liệu quy về 34 tỉnh, thành phố sau sắp xếp ngày 01/07/2025',
    boundaryReportedHint: 'Số liệu theo đơn vị đã báo cáo: 63 tỉnh, thành phố đến 30/06/2025 và 34 từ 01/07/2025',
    units: 'Tỉnh / thành phố',
    allUnits: 'Toàn quốc',
    selectedCount: (n: number) => `${n} đơn vị`,
    searchUnits: 'Tìm tỉnh, thành phố (không cần dấu)',
    clearUnits: 'Bỏ chọn tất cả',
    selectRegion: (region: string) => `Chọn cả vùng ${region}`,
    central: 'Cấp Trung ương',
    noUnitMatch: (q: string) => `Không có đơn vị nào khớp “${q}”.`,
    close: 'Đóng',
    done: 'Xong',
  },
  en: {
    filters: 'Filters',
    period: 'Reporting period',
    /** `range` is the preset's months as reports write them ("H1 2026"). */
    preset: (p: NamedPreset, range: string) =>
      p === 'ytd' ? `Year to date (${range})` : p === '9m' ? `Nine months (${range})` : p === 'year' ? `Full year ${range}` : range,
    custom: 'Custom',
    from: 'From month',
    to: 'To month',
    granularity: 'Group by',
    boundary: 'Boundaries',
    boundaryCurrent: 'Current (34)',
    boundaryReported: 'As reported',
    boundaryCurrentHint: 'All figures rolled up to the 34 provinces formed on 1 Jul 2025',
    boundaryReportedHint: 'Figures under the unit that reported them: 63 provinces until 30 Jun 2025, 34 from 1 Jul 2025',
    units: 'Province / municipality',
    allUnits: 'Nationwide',
    selectedCount: (n: number) => `${n} units`,
    searchUnits: 'Search provinces (diacritics optional)',
    clearUnits: 'Clear selection',
    selectRegion: (region: string) => `Select all of ${region}`,
    central: 'Central level',
    noUnitMatch: (q: string) => `No unit matches “${q}”.`,
    close: 'Close',
    done: 'Done',
  },
})
