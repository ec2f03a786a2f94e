import type { Lang } from '../../../lib/i18n/i18n'
import { formatPercent } from '../../../lib/format'

/** A share of a total without a sign: 0.125 → "12,5%" (vi) / "12.5%" (en). */
export function formatShare(ratio: number, lang: Lang): string {
  return formatPercent(ratio, lang, 1, false)
}
