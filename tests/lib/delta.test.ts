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
    expect(formatRange('2024-01', '2024-12', 'vi')).toBe('2024')
    expect(formatRange('2024-01', '2024-06', 'en')).toBe('Jan 2024 – Jun 2024')
  })
  it('folds Vietnamese for search', () => {
    expect(foldText('Quảng Ninh')).toBe('quang ninh')
    expect(foldText('  ĐÀ   NẴNG ')).toBe('da nang')
    expect(foldText('Hội nghị')).toBe(foldText('hoi NGHI'))
  })
})
