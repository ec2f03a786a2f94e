/**
 * Number, date and period formatting for the two languages (vi: 1.234 and dd/MM/yyyy).
 * Pure functions taking the language, so chart transforms and CSV export can use them too.
 */
import type { Lang } from './i18n/i18n'

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' }
const numberFormats = new Map<string, Intl.NumberFormat>()

/** A cached formatter. The key names the options used here; formatting is called per figure, per render. */
function numberFormat(
  lang: Lang,
  options: Pick<Intl.NumberFormatOptions, 'style' | 'maximumFractionDigits' | 'signDisplay'> = {},
): Intl.NumberFormat {
  const key = `${lang}|${options.style ?? ''}|${options.maximumFractionDigits ?? ''}|${options.signDisplay ?? ''}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options)
    numberFormats.set(key, format)
  }
  return format
}

/** 1234567 → "1.234.567" (vi) / "1,234,567" (en). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value)
}

/** 0.125 → "+12,5%" (vi) / "+12.5%" (en), with an explicit sign. */
export function formatPercent(ratio: number, lang: Lang, maximumFractionDigits = 1, signed = true): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits, signDisplay: signed ? 'exceptZero' : 'never' }).format(ratio)
}

/** A signed difference: "+1.234", "−56", "0" (`maximumFractionDigits` for averages: "+0,7"). */
export function formatSigned(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return numberFormat(lang, { maximumFractionDigits, signDisplay: 'exceptZero' }).format(value)
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
