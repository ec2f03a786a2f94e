import { describe, expect, it } from 'vitest'
import { exportCaption, exportFilename, exportSourceLine, periodCaption, printedLine } from '../../src/filters/export-caption'
import type { Filters } from '../../src/filters/filters'
import { csvFilename } from '../../src/lib/csv'
import { fileSlug } from '../../src/lib/download'
import { testUnit } from '../support/org-unit'

const unitsById = new Map(
  [
    testUnit('c01', 'Hà Nội'),
    testUnit('c22', 'Quảng Ninh'),
    testUnit('c37', 'Ninh Bình'),
    testUnit('f35', 'Hà Nam'),
    testUnit('c48', 'Đà Nẵng'),
  ].map((u) => [u.id, u]),
)

const ytd2026: Filters = { preset: 'ytd', from: '2026-01', to: '2026-10', granularity: 'month', boundary: 'current', units: [] }

describe('export caption', () => {
  it('names units, period, boundary view and metric, in each language', () => {
    expect(exportCaption(ytd2026, { unitsById, lang: 'vi', metric: 'Tin, bài' })).toBe(
      'Toàn quốc · Lũy kế 10 tháng năm 2026 · Sau sắp xếp (34) · Tin, bài',
    )
    expect(exportCaption(ytd2026, { unitsById, lang: 'en', metric: 'News items & articles' })).toBe(
      'Nationwide · Year to date (Jan–Oct 2026) · Current units (34) · News items & articles',
    )
  })

  it('leaves the metric out when none is given (a printed page)', () => {
    expect(exportCaption(ytd2026, { unitsById, lang: 'vi' })).toBe('Toàn quốc · Lũy kế 10 tháng năm 2026 · Sau sắp xếp (34)')
  })

  it('shows former units with their era in the as-reported view, and a custom range by its months', () => {
    const filters: Filters = { preset: 'custom', from: '2024-03', to: '2024-08', granularity: 'month', boundary: 'reported', units: ['f35', 'c22'] }
    expect(exportCaption(filters, { unitsById, lang: 'vi', metric: 'Học viên' })).toBe(
      'Hà Nam (cũ) và Quảng Ninh · Tháng 3–8/2024 · Theo đơn vị báo cáo · Học viên',
    )
    expect(exportCaption(filters, { unitsById, lang: 'en' })).toBe('Hà Nam (former) and Quảng Ninh · Mar–Aug 2024 · As reported')
  })

  it('names presets as the filter bar does', () => {
    expect(periodCaption({ preset: 'h1', from: '2025-01', to: '2025-06' }, 'vi')).toBe('6 tháng đầu năm 2025')
    expect(periodCaption({ preset: 'year', from: '2025-01', to: '2025-12' }, 'vi')).toBe('Cả năm 2025')
    expect(periodCaption({ preset: 'y2019', from: '2019-01', to: '2019-12' }, 'en')).toBe('2019')
  })
})

describe('export file name', () => {
  it('says what the file holds: subject, units, months', () => {
    expect(exportFilename('Tin, bài', ytd2026, { unitsById, lang: 'vi' })).toBe('tin-bai_toan-quoc_2026-01_2026-10')
    expect(exportFilename('News items & articles', ytd2026, { unitsById, lang: 'en' })).toBe('news-items-articles_nationwide_2026-01_2026-10')
  })

  it('names one or two units, counts more, and keeps the era of a former unit', () => {
    const two = { ...ytd2026, units: ['c22', 'c48'] }
    expect(exportFilename('Xếp hạng tin, bài', two, { unitsById, lang: 'vi' })).toBe('xep-hang-tin-bai_quang-ninh-da-nang_2026-01_2026-10')
    const many = { ...ytd2026, units: ['c01', 'c22', 'c48'] }
    expect(exportFilename('Học viên', many, { unitsById, lang: 'vi' })).toBe('hoc-vien_3-don-vi_2026-01_2026-10')
    expect(exportFilename('Trainees', many, { unitsById, lang: 'en' })).toBe('trainees_3-units_2026-01_2026-10')
    const former = { ...ytd2026, from: '2025-01', to: '2025-12', boundary: 'reported' as const, units: ['f35'] }
    expect(exportFilename('Tin, bài', former, { unitsById, lang: 'vi' })).toBe('tin-bai_ha-nam-cu_2025-01_2025-12')
  })

  it('shares its slug rule with the CSV files', () => {
    expect(fileSlug('Đắk Lắk / Hà Nam (cũ)')).toBe('Dak-Lak-Ha-Nam-cu')
    expect(csvFilename('hoạt-động 2024/01')).toBe('hoat-dong-2024-01.csv')
  })
})

describe('source and printed lines', () => {
  const date = new Date(2026, 10, 27, 0, 30)
  it('dates the source in the locale, on the local calendar day', () => {
    expect(exportSourceLine('TTĐN Dashboard', date, 'vi')).toBe('Nguồn: TTĐN Dashboard, truy xuất ngày 27/11/2026')
    expect(exportSourceLine('TTĐN Dashboard', date, 'en')).toBe('Source: TTĐN Dashboard, retrieved 27 Nov 2026')
    expect(printedLine(date, 'vi')).toBe('In ngày 27/11/2026')
    expect(printedLine(date, 'en')).toBe('Printed 27 Nov 2026')
  })
})
