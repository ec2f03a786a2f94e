import type { NamedPreset, PresetId } from './filters'
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
    boundary: 'Trước / sau sắp xếp',
    boundaryCurrent: 'Sau sắp xếp (34)',
    boundaryReported: 'Theo đơn vị báo cáo',
    boundaryCurrentHint: 'Mọi số liệu quy về 34 tỉnh, thành phố sau sắp xếp ngày 01/07/2025',
    boundaryReportedHint: 'Số liệu theo đơn vị đã báo cáo: 63 tỉnh, thành phố đến 30/06/2025 và 34 từ 01/07/2025',
    units: 'Tỉnh / thành phố',
    allUnits: 'Toàn quốc',
    allUnitsInline: 'toàn quốc',
    /** "Quảng Ninh", "Quảng Ninh và Hà Nội", "Tây Nguyên, Quảng Ninh và Hà Nội". */
    list: (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`),
    listWithMore: (names: string[], more: number) => `${names.join(', ')} và ${more} đơn vị khác`,
    searchUnits: 'Tìm tỉnh, thành phố (không cần dấu)',
    clearUnits: 'Bỏ chọn tất cả',
    selectRegion: (region: string) => `Chọn cả vùng ${region}`,
    central: 'Cấp Trung ương',
    noUnitMatch: (q: string) => `Không có đơn vị nào khớp “${q}”.`,
    close: 'Đóng',
    done: 'Xong',
    formerUnits: 'Đơn vị trước sắp xếp (đến 30/06/2025)',
    formerExplain: (name: string, successor: string) => `${name} (cũ) — từ 01/07/2025 thuộc ${successor}`,
    formerPickSuccessor: (successor: string) => `Chọn ${successor}`,
    formerSuccessorChosen: (successor: string) => `Đã chọn ${successor}`,
    formerPickReported: (name: string) => `Chọn ${name} (cũ), xem theo đơn vị báo cáo`,
    /** The folded bar on a phone: "Lũy kế 01–10/2026 · Toàn quốc · Sau sắp xếp (34)". */
    summary: (period: string, units: string, boundary: string) => `${period} · ${units} · ${boundary}`,
    /** The period in the folded bar: short, as reports write it. */
    summaryPeriod: (preset: PresetId, presetLabel: string, range: string): string =>
      preset === 'ytd' ? `Lũy kế ${range}` : preset === 'custom' ? range : presetLabel,
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
    boundary: 'Before / after reorganisation',
    boundaryCurrent: 'Current units (34)',
    boundaryReported: 'As reported',
    boundaryCurrentHint: 'All figures rolled up to the 34 provinces formed on 1 Jul 2025',
    boundaryReportedHint: 'Figures under the unit that reported them: 63 provinces until 30 Jun 2025, 34 from 1 Jul 2025',
    units: 'Province / municipality',
    allUnits: 'Nationwide',
    allUnitsInline: 'nationwide',
    list: (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`),
    listWithMore: (names: string[], more: number) => `${names.join(', ')} and ${more} other units`,
    searchUnits: 'Search provinces (diacritics optional)',
    clearUnits: 'Clear selection',
    selectRegion: (region: string) => `Select all of ${region}`,
    central: 'Central level',
    noUnitMatch: (q: string) => `No unit matches “${q}”.`,
    close: 'Close',
    done: 'Done',
    formerUnits: 'Former units (until 30 Jun 2025)',
    formerExplain: (name: string, successor: string) => `${name} (former) — part of ${successor} from 1 Jul 2025`,
    formerPickSuccessor: (successor: string) => `Select ${successor}`,
    formerSuccessorChosen: (successor: string) => `${successor} selected`,
    formerPickReported: (name: string) => `Select ${name} (former), as reported`,
    summary: (period: string, units: string, boundary: string) => `${period} · ${units} · ${boundary}`,
    summaryPeriod: (preset: PresetId, presetLabel: string, range: string): string =>
      preset === 'ytd' || preset === 'custom' ? range : presetLabel,
  },
})
