import { describe, expect, it } from 'vitest'
import { computeDelta } from '../../src/lib/delta'
import { formatDate, formatNumber, formatPercent, formatPeriod, formatRange } from '../../src/lib/format'
import { foldText } from '../../src/lib/text'

describe('computeDelta', () => {
  it('gives absolute and relative change', () => {
    expect(computeDelta(120, 100)).toEqual({ kind: 'up', absolute: 20, ratio: 0.2 })
    expect(computeDelta(75, 100)).toEqual({ kind: 'down', absolute: -25, ratio: -0.25 })
  })
  it('never divides by zero', () => {
    expect(computeDelta(5, 0)).toEqual({ kind: 'new', absolute: 5 })
    expect(computeDelta(0, 0)).toEqual({ kind: 'same' })
    expect(computeDelta(0, 40)).toEqual({ kind: 'down', absolute: -40, ratio: -1 })
  })
  it('has no comparison without last year’s data', () => {
    expect(computeDelta(10, null)).toEqual({ kind: 'none' })
    expect(computeDelta(10, undefined)).toEqual({ kind: 'none' })
    expect(computeDelta(10, Number.NaN)).toEqual({ kind: 'none' })
  })
})

describe('formatting', () => {
  it('formats numbers and percentages for each language', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567')
    expect(formatNumber(1234567, 'en')).toBe('1,234,567')
    expect(formatNumber(12.345, 'vi', 1)).toBe('12,3')
    expect(formatPercent(0.125, 'vi')).toMatch(/^\+12,5\s?%$/)
    expect(formatPercent(-0.5, 'en')).toBe('-50%')
  })
  it('formats dates and periods', () => {
    expect(formatDate('2019-12-30', 'vi')).toBe('30/12/2019')
    expect(formatDate('2019-12-30', 'en')).toBe('30 Dec 2019')
    expect(formatPeriod('2024-Q3', 'vi')).toBe('Quý III/2024')
    expect(formatPeriod('2024-H1', 'vi')).toBe('6 tháng đầu năm 2024')
    expect(formatPeriod('2024-07', 'vi')).toBe('Tháng 7/2024')
    expect(formatPeriod('2024-07', 'en')).toBe('Jul 2024')
    // Chart axes: words, not "6T đầu 2024".
    expect(formatPeriod('2024-H1', 'vi', true)).toBe('6 tháng đầu 2024')
    expect(formatPeriod('2024-H2', 'vi', true)).toBe('6 tháng cuối 2024')
    expect(formatPeriod('2024-H2', 'en', true)).toBe('H2 2024')
  })
  it.each([
    ['2024-01', '2024-12', 'năm 2024', '2024'],
    ['2026-01', '2026-06', '6 tháng đầu năm 2026', 'H1 2026'],
    ['2025-07', '2025-12', '6 tháng cuối năm 2025', 'H2 2025'],
    ['2024-07', '2024-09', 'Quý III/2024', 'Q3 2024'],
    ['2026-01', '2026-10', '10 tháng năm 2026', 'Jan–Oct 2026'],
    ['2026-01', '2026-09', '9 tháng năm 2026', 'Jan–Sep 2026'],
    ['2024-07', '2024-07', 'tháng 7/2024', 'Jul 2024'],
    ['2024-03', '2024-08', 'tháng 3–8/2024', 'Mar–Aug 2024'],
    ['2019-01', '2024-12', '2019–2024', '2019–2024'],
    ['2024-03', '2025-06', '03/2024 – 06/2025', 'Mar 2024 – Jun 2025'],
  ])('writes %s – %s as reports do', (from, to, vi, en) => {
    expect(formatRange(from, to, 'vi')).toBe(vi)
    expect(formatRange(from, to, 'en')).toBe(en)
  })
  it('folds Vietnamese for search', () => {
    expect(foldText('Quảng Ninh')).toBe('quang ninh')
    expect(foldText('  ĐÀ   NẴNG ')).toBe('da nang')
    expect(foldText('Hội nghị')).toBe(foldText('hoi NGHI'))
  })
})
