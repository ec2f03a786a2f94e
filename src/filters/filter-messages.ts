import type { PresetId } from './filters'
import { defineMessages } from '../lib/i18n/i18n'

export const filterMessages = defineMessages({
  vi: {
    filters: 'Bộ lọc',
    period: 'Kỳ báo cáo',
    preset: (p: PresetId) =>
      ({ ytd: 'Lũy kế từ đầu năm', 'last-year': 'Cả năm trước', h1: '6 tháng đầu năm nay', 'last-4q': '4 quý gần nhất', custom: 'Tùy chọn' })[p],
    from: 'Từ tháng',
    to: 'Đến tháng',
    granularity: 'Chia theo',
    boundary: 'Địa giới',
    boundaryCurrent: 'Hiện nay (34 đơn vị)',
    boundaryReported: 'Như đã báo cáo (63 → 34)',
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
    preset: (p: PresetId) =>
      ({ ytd: 'Year to date', 'last-year': 'Last year', h1: 'First half of this year', 'last-4q': 'Last 4 quarters', custom: 'Custom' })[p],
    from: 'From month',
    to: 'To month',
    granularity: 'Group by',
    boundary: 'Boundaries',
    boundaryCurrent: 'Current (34 units)',
    boundaryReported: 'As reported (63 → 34)',
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
