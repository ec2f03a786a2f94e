/**
 * The frame of every chart: a titled section with a chart/table switch, so each chart has a
 * table view with the same numbers. The table is the accessible alternative; the chart area
 * carries an accessible name.
 */
import { type ReactNode, useState } from 'react'
import { Card } from './card'
import { commonMessages } from '../lib/i18n/common-messages'
import { useMessages } from '../lib/i18n/i18n'

export interface ChartCardProps {
  title: string
  subtitle?: ReactNode
  /** Controls shown in the header (a metric switch, "show all"…). */
  actions?: ReactNode
  /** The chart; omitted while loading or on error (then `state` is shown). */
  chart?: ReactNode
  /** The same numbers as a table. */
  table?: ReactNode
  /** Loading, error or empty state, shown instead of chart and table. */
  state?: ReactNode
  /** Notes under the chart or table (what is left out, how many are shown). */
  footer?: ReactNode
  className?: string
}

export function ChartCard({ title, subtitle, actions, chart, table, state, footer, className }: ChartCardProps) {
  const m = useMessages(commonMessages)
  const [view, setView] = useState<'chart' | 'table'>('chart')
  return (
    <Card
      title={title}
      subtitle={subtitle}
      className={`chart-card ${className ?? ''}`}
      actions={
        <>
          {actions}
          {!state && table && chart && (
            <button
              type="button"
              className="button button--ghost"
              aria-pressed={view === 'table'}
              onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
            >
              {view === 'chart' ? m.showTable : m.showChart}
            </button>
          )}
        </>
      }
    >
      <div className="card__body">{state ?? (view === 'chart' && chart ? chart : table)}</div>
      {footer && <div className="card__footer">{footer}</div>}
    </Card>
  )
}
