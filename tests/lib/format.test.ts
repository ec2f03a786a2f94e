import { describe, expect, it } from 'vitest'
import { formatNumber, formatPercent, formatSigned } from '../../src/lib/format'

// The oracle: the platform's own Intl.NumberFormat, with the options each function promises.
const LOCALES = { vi: 'vi-VN', en: 'en-GB' } as const
const intl = (lang: 'vi' | 'en', options: Intl.NumberFormatOptions) => new Intl.NumberFormat(LOCALES[lang], options)

/** Hand-picked edges (ties, carries, negative zero, tiny and huge) and a deterministic spread. */
function samples(): number[] {
  const edges = [
    0, -0, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 9.5, 99.95, 999.5, 1234, -1234.5, 1.005, 1.045, 0.125, 0.145, 0.0004, -0.0004,
    0.05, 0.95, 0.9995, 12345.678, 1e-7, -1e-7, 123456789.987, 1e20, 999999.99999, 0.1 + 0.2, -0.04, 4.35, 1.255,
  ]
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
  const spread = Array.from({ length: 400 }, (_, i) => {
    const magnitude = 10 ** Math.floor(random() * 10 - 3)
    const value = Math.round(random() * magnitude * 1000) / 1000
    return i % 2 === 0 ? value : -value
  })
  return [...edges, ...spread]
}

describe('number formatting, written out by hand to spare the browser loading Intl on the first screen', () => {
  it('writes the Vietnamese and English forms people read', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567')
    expect(formatNumber(1234567, 'en')).toBe('1,234,567')
    expect(formatNumber(1234.56, 'vi', 1)).toBe('1.234,6')
    expect(formatPercent(0.125, 'vi')).toBe('+12,5%')
    expect(formatPercent(0.125, 'en', 1, false)).toBe('12.5%')
    expect(formatSigned(-56, 'vi')).toBe('-56')
    expect(formatSigned(0.7, 'en', 1)).toBe('+0.7')
    expect(formatSigned(0, 'vi')).toBe('0')
  })

  for (const lang of ['vi', 'en'] as const) {
    it(`matches Intl.NumberFormat (${LOCALES[lang]}) on ${samples().length} numbers and 0–3 decimals`, () => {
      const mismatches: string[] = []
      for (const digits of [0, 1, 2, 3]) {
        const plain = intl(lang, { maximumFractionDigits: digits })
        const signed = intl(lang, { maximumFractionDigits: digits, signDisplay: 'exceptZero' })
        const percent = intl(lang, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'exceptZero' })
        const share = intl(lang, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'never' })
        for (const value of [...samples(), Number.NaN, Number.POSITIVE_INFINITY, -1e22]) {
          const pairs: Array<[string, string]> = [
            [formatNumber(value, lang, digits), plain.format(value)],
            [formatSigned(value, lang, digits), signed.format(value)],
            [formatPercent(value, lang, digits), percent.format(value)],
            [formatPercent(value, lang, digits, false), share.format(value)],
          ]
          for (const [ours, theirs] of pairs) if (ours !== theirs) mismatches.push(`${value} (${digits}): ${ours} ≠ ${theirs}`)
        }
      }
      expect(mismatches).toEqual([])
    })
  }
})
