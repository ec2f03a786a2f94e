/** One sentence on what the changes beside it compare, or why there is none (vi/en). */
import type { Comparison } from '../lib/comparison'
import { formatMonth, formatRange } from '../lib/format'
import { comparisonMessages } from '../lib/i18n/comparison-messages'
import { useLang, useMessages } from '../lib/i18n/i18n'

export function useComparisonText(): (comparison: Comparison, coverage: { from: string; to: string }) => string | null {
  const { lang } = useLang()
  const m = useMessages(comparisonMessages)
  return (c, coverage) => {
    if (c.kind === 'no-data') return null
    const previous = formatRange(c.previous.from, c.previous.to, lang)
    if (c.kind === 'before-data') return m.beforeData(previous, formatMonth(coverage.from, lang))
    if (!c.partial) return m.comparedWith(previous)
    const current = formatRange(c.current.from, c.current.to, lang)
    return c.current.to === coverage.to
      ? m.comparedCovered(current, previous, formatMonth(coverage.to, lang))
      : m.comparedCoveredFrom(current, previous, formatMonth(coverage.from, lang))
  }
}

export function ComparisonNote({ comparison, coverage, className }: { comparison: Comparison; coverage: { from: string; to: string }; className?: string }) {
  const text = useComparisonText()(comparison, coverage)
  return text ? <p className={className}>{text}</p> : null
}
