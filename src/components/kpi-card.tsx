/**
 * A headline figure with its change against the same period last year: the value, last
 * year's value, the change in absolute terms and in %, with an arrow and a word (never
 * colour alone).
 */
import { useId, type ReactNode } from 'react'
import { computeDelta, type Delta } from '../lib/delta'
import { formatNumber, formatPercent } from '../lib/format'
import { defineMessages, useLang, useMessages } from '../lib/i18n/i18n'

const messages = defineMessages({
  vi: {
    previous: 'Cùng kỳ năm trước',
    up: 'Tăng',
    down: 'Giảm',
    same: 'Không đổi',
    newThisYear: 'Cùng kỳ năm trước bằng 0',
    none: 'Không có số liệu so sánh',
  },
  en: {
    previous: 'Same period last year',
    up: 'Up',
    down: 'Down',
    same: 'No change',
    newThisYear: 'Zero in the same period last year',
    none: 'No comparison available',
  },
})

/** `fractionDigits` of the absolute change: an average that rose by 0.7 must not read "+1". */
export function DeltaText({ delta, fractionDigits = 0, noComparison }: { delta: Delta; fractionDigits?: number; noComparison?: string | undefined }) {
  const { lang } = useLang()
  const m = useMessages(messages)
  switch (delta.kind) {
    case 'none':
      return <span className="delta delta--none">{noComparison ?? m.none}</span>
    case 'same':
      return (
        <span className="delta delta--same">
          <span aria-hidden="true">= </span>
          {m.same}
        </span>
      )
    case 'new':
      return (
        <span className="delta delta--up">
          <span aria-hidden="true">▲ </span>
          {m.up} {formatNumber(Math.abs(delta.absolute), lang, fractionDigits)} ({m.newThisYear})
        </span>
      )
    case 'up':
    case 'down':
      return (
        <span className={`delta delta--${delta.kind}`}>
          <span aria-hidden="true">{delta.kind === 'up' ? '▲ ' : '▼ '}</span>
          {/* The word gives the direction, so the figures are unsigned: "Giảm 21 (4,7%)", not "Giảm -21 (-4,7%)". */}
          {delta.kind === 'up' ? m.up : m.down} {formatNumber(Math.abs(delta.absolute), lang, fractionDigits)} ({formatPercent(delta.ratio, lang, 1, false)})
        </span>
      )
  }
}

export function KpiCard({
  label,
  value,
  previous,
  unit,
  footer,
  fractionDigits = 0,
  noComparison,
}: {
  label: string
  value: number
  /** Last year's value; null where there is no comparison. */
  previous: number | null
  /** A word after the number ("học viên/lớp"). */
  unit?: string
  footer?: ReactNode
  fractionDigits?: number
  /** Why there is no comparison, where `previous` is null (instead of a bare "no comparison"). */
  noComparison?: string | undefined
}) {
  const { lang } = useLang()
  const m = useMessages(messages)
  const delta = computeDelta(value, previous)
  const labelId = useId()
  return (
    <article className="kpi-card" aria-label={label}>
      <h3 className="kpi-card__label" id={labelId}>
        {label}
      </h3>
      {/* The figure is named by the label (aria-labelledby), so "Tin, bài" leads to "1.234" in
          either language without a second, hand-built label. Role group: a neutral container that
          takes an author's name (ARIA 1.3 prohibits naming paragraph, term and definition, and
          Playwright follows it, so a <dd> or role="definition" goes unnamed). A <p> may take any role. */}
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- no native element is a named, neutral group around text (fieldset is for form controls) */}
      <p className="kpi-card__value" role="group" aria-labelledby={labelId}>
        {formatNumber(value, lang, fractionDigits)}
        {unit && <span className="kpi-card__unit"> {unit}</span>}
      </p>
      <p className="kpi-card__delta">
        <DeltaText delta={delta} fractionDigits={fractionDigits} noComparison={noComparison} />
      </p>
      <p className="kpi-card__previous">
        {m.previous}: {previous === null ? '—' : formatNumber(previous, lang, fractionDigits)}
      </p>
      {footer}
    </article>
  )
}
