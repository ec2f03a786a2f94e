/**
 * Number, date and period formatting for the two languages (vi: 1.234 and dd/MM/yyyy).
 * Pure functions taking the language, so chart transforms and CSV export can use them too.
 */
import type { Lang } from './i18n/i18n'

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' }
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } }

type SignDisplay = 'auto' | 'exceptZero' | 'never'

/**
 * The integer and fraction digits of `abs` × 10^shift, from the shortest decimal that reads back
 * as the same number (what JavaScript prints, and what Intl rounds: 1.005 is "1.005", not the
 * binary 1.00499…).
 */
function decimalDigits(abs: number, shift: number): [string, string] {
  let text = String(abs)
  let exponent = 0
  const e = text.indexOf('e')
  if (e >= 0) {
    exponent = Number(text.slice(e + 1))
    text = text.slice(0, e)
  }
  const [int = '0', frac = ''] = text.split('.')
  let digits = int + frac
  let point = int.length + exponent + shift
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits
    point = 1
  }
  if (point > digits.length) digits = digits.padEnd(point, '0')
  return [digits.slice(0, point), digits.slice(point)]
}

/** Rounds to `places` fraction digits, half away from zero (as Intl does). */
function roundDigits(int: string, frac: string, places: number): [string, string] {
  if (frac.length <= places) return [int, frac]
  const kept = (int + frac.slice(0, places)).split('')
  if (frac.charAt(places) >= '5') {
    let i = kept.length - 1
    for (; i >= 0 && kept[i] === '9'; i--) kept[i] = '0'
    if (i >= 0) kept[i] = String(Number(kept[i]) + 1)
    else kept.unshift('1')
  }
  const intLength = kept.length - places
  return [kept.slice(0, intLength).join(''), kept.slice(intLength).join('')]
}

/**
 * A number the way `Intl.NumberFormat` writes it for vi-VN and en-GB ("-1.234,5" / "-1,234.5"),
 * written here because the browser's first `Intl.NumberFormat` loads the locale data: tens of
 * milliseconds on a phone, in the middle of the first screen's hydration. Intl stays for what
 * this does not cover (not finite, or 10^21 and beyond). Tested against Intl itself.
 */
function formatDecimal(value: number, lang: Lang, maximumFractionDigits: number, options: { percent?: boolean; sign: SignDisplay }): string {
  const abs = Math.abs(value)
  if (!Number.isFinite(value) || abs >= 1e21) {
    return new Intl.NumberFormat(LOCALES[lang], { style: options.percent ? 'percent' : 'decimal', maximumFractionDigits, signDisplay: options.sign }).format(value)
  }
  const { group, decimal } = SEPARATORS[lang]
  const [rawInt, rawFrac] = decimalDigits(abs, options.percent ? 2 : 0)
  const [roundedInt, roundedFrac] = roundDigits(rawInt, rawFrac, maximumFractionDigits)
  const int = roundedInt.replace(/^0+(?=\d)/, '')
  const frac = roundedFrac.replace(/0+$/, '')
  const zero = /^0$/.test(int) && frac === ''
  const negative = value < 0 || Object.is(value, -0)
  let sign = ''
  if (options.sign === 'auto' && negative) sign = '-'
  else if (options.sign === 'exceptZero' && !zero) sign = negative ? '-' : '+'
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, group)
  return `${sign}${grouped}${frac === '' ? '' : decimal + frac}${options.percent ? '%' : ''}`
}

/** 1234567 → "1.234.567" (vi) / "1,234,567" (en). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return formatDecimal(value, lang, maximumFractionDigits, { sign: 'auto' })
}

/** 0.125 → "+12,5%" (vi) / "+12.5%" (en), with an explicit sign (or none: "12,5%"). */
export function formatPercent(ratio: number, lang: Lang, maximumFractionDigits = 1, signed = true): string {
  return formatDecimal(ratio, lang, maximumFractionDigits, { percent: true, sign: signed ? 'exceptZero' : 'never' })
}

/** A signed difference: "+1.234", "-56", "0" (`maximumFractionDigits` for averages: "+0,7"). */
export function formatSigned(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return formatDecimal(value, lang, maximumFractionDigits, { sign: 'exceptZero' })
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2024-07-01" → "01/07/2024" (vi) / "1 Jul 2024" (en). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-')
  if (!y || !m || !d) return iso
  return lang === 'vi' ? `${d}/${m}/${y}` : `${Number(d)} ${EN_MONTHS[Number(m) - 1]} ${y}`
}

/** "2024-07" → "07/2024" (vi) / "Jul 2024" (en). */
export function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split('-')
  if (!y || !m) return month
  return lang === 'vi' ? `${m}/${y}` : `${EN_MONTHS[Number(m) - 1]} ${y}`
}

const ROMAN = ['I', 'II', 'III', 'IV']

/**
 * A period key for display: "2024", "6 tháng đầu năm 2024" / "H1 2024",
 * "Quý III/2024" / "Q3 2024", "Tháng 7/2024" / "Jul 2024". `short` suits chart axes
 * ("6 tháng đầu 2024", "T7/2024").
 */
export function formatPeriod(key: string, lang: Lang, short = false): string {
  const year = key.slice(0, 4)
  const rest = key.slice(5)
  if (rest === '') return year
  if (rest.startsWith('H')) {
    const first = rest === 'H1'
    if (lang === 'en') return `${rest} ${year}`
    return `6 tháng ${first ? 'đầu' : 'cuối'}${short ? '' : ' năm'} ${year}`
  }
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1))
    return lang === 'vi' ? `Quý ${ROMAN[q - 1]}/${year}` : `Q${q} ${year}`
  }
  if (lang === 'vi') return short ? `T${Number(rest)}/${year}` : `Tháng ${Number(rest)}/${year}`
  return formatMonth(key, lang)
}

/**
 * A month range as reports write it: "năm 2024" / "2024", "6 tháng đầu năm 2026" / "H1 2026",
 * "Quý III/2024" / "Q3 2024", "10 tháng năm 2026" / "Jan–Oct 2026", "tháng 7/2024" /
 * "Jul 2024", "tháng 3–8/2024" / "Mar–Aug 2024", "2019–2024", "03/2024 – 06/2025" /
 * "Mar 2024 – Jun 2025". Lower case in Vietnamese, to sit inside a sentence.
 */
export function formatRange(from: string, to: string, lang: Lang): string {
  const [fy, fm] = [from.slice(0, 4), Number(from.slice(5, 7))]
  const [ty, tm] = [to.slice(0, 4), Number(to.slice(5, 7))]
  const vi = lang === 'vi'
  if (fy !== ty) {
    if (fm === 1 && tm === 12) return `${fy}–${ty}`
    return `${formatMonth(from, lang)} – ${formatMonth(to, lang)}`
  }
  const year = fy
  if (fm === 1 && tm === 12) return vi ? `năm ${year}` : year
  if (fm === 1 && tm === 6) return vi ? `6 tháng đầu năm ${year}` : `H1 ${year}`
  if (fm === 7 && tm === 12) return vi ? `6 tháng cuối năm ${year}` : `H2 ${year}`
  if (fm % 3 === 1 && tm === fm + 2) return formatPeriod(`${year}-Q${(fm + 2) / 3}`, lang)
  if (fm === tm) return vi ? `tháng ${fm}/${year}` : formatMonth(from, lang)
  if (fm === 1) return vi ? `${tm} tháng năm ${year}` : `Jan–${EN_MONTHS[tm - 1] ?? ''} ${year}`
  return vi ? `tháng ${fm}–${tm}/${year}` : `${EN_MONTHS[fm - 1] ?? ''}–${EN_MONTHS[tm - 1] ?? ''} ${year}`
}

/** "năm 2024, …" → "Năm 2024, …": a range written inside sentences, at the start of one. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
