/**
 * A change against last year in a table cell: an arrow, the percentage, and the word for
 * screen readers (never colour alone). The KPI cards' longer `DeltaText` does not fit 15 columns.
 */
import type { Delta } from '../../../lib/delta'
import { formatPercent, formatSigned } from '../../../lib/format'
import { defineMessages, useLang, useMessages } from '../../../lib/i18n/i18n'

const messages = defineMessages({
  vi: { up: 'Tăng', down: 'Giảm', same: 'Không đổi', new: 'mới', newLong: 'Cùng kỳ năm trước bằng 0', none: 'Không có số liệu so sánh' },
  en: { up: 'Up', down: 'Down', same: 'No change', new: 'new', newLong: 'Zero in the same period last year', none: 'No comparison available' },
})

export function CompactDelta({ delta }: { delta: Delta }) {
  const { lang } = useLang()
  const m = useMessages(messages)
  switch (delta.kind) {
    case 'none':
      return (
        <span className="delta delta--none" title={m.none}>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{m.none}</span>
        </span>
      )
    case 'same':
      return (
        <span className="delta delta--same">
          <span aria-hidden="true">= </span>
          <span className="visually-hidden">{m.same} </span>0%
        </span>
      )
    case 'new':
      return (
        <span className="delta delta--up" title={`${m.newLong}: ${formatSigned(delta.absolute, lang)}`}>
          <span aria-hidden="true">▲ </span>
          <span className="visually-hidden">{m.up} {formatSigned(delta.absolute, lang)}, </span>
          {m.new}
        </span>
      )
    case 'up':
    case 'down':
      return (
        <span className={`delta delta--${delta.kind}`} title={formatSigned(delta.absolute, lang)}>
          <span aria-hidden="true">{delta.kind === 'up' ? '▲ ' : '▼ '}</span>
          <span className="visually-hidden">{delta.kind === 'up' ? m.up : m.down} </span>
          {formatPercent(delta.ratio, lang)}
        </span>
      )
  }
}
