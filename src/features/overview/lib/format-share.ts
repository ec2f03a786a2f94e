import type { Lang } from '../../../lib/i18n/i18n'

const formats = new Map<Lang, Intl.NumberFormat>()

/** A share of a total without a sign: 0.125 → "12,5%" (vi) / "12.5%" (en). */
export function formatShare(ratio: number, lang: Lang): string {
  let format = formats.get(lang)
  if (!format) {
    format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 })
    formats.set(lang, format)
  }
  return format.format(ratio)
}
