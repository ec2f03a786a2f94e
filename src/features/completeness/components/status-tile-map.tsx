/**
 * The 34 current units as tiles in their grid positions, each coloured by its report's status
 * with the status's symbol (never colour alone), a heavy border and "!" when overdue, and a
 * link to the unit's report. The legend gives each colour's status and count; the table below
 * the map holds the same facts as text.
 */
import type { CSSProperties } from 'react'
import { Link } from 'react-router'
import { useFilters } from '../../../filters/filters-provider'
import type { CompletenessEntry } from '../../../lib/api/reports'
import { formatNumber } from '../../../lib/format'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { STATUS_ORDER, STATUS_STYLE } from '../lib/completeness'
import { completenessMessages, statusLabels } from './completeness-messages'

export function StatusTileMap({ entries, label }: { entries: readonly CompletenessEntry[]; label: string }) {
  const m = useMessages(completenessMessages)
  const { lang } = useLang()
  const { unitsById } = useFilters()
  const statuses = statusLabels[lang]
  const tiles = entries.flatMap((e) => {
    const unit = unitsById.get(e.unit)
    return unit?.tile ? [{ entry: e, name: unit.name, row: unit.tile.row, col: unit.tile.col }] : []
  })
  const rows = Math.max(0, ...tiles.map((t) => t.row)) + 1
  const cols = Math.max(0, ...tiles.map((t) => t.col)) + 1
  const present = STATUS_ORDER.filter((s) => entries.some((e) => e.status === s))
  const overdue = entries.filter((e) => e.overdue).length
  return (
    <div>
      <ul className="status-map" aria-label={label} style={{ '--tile-rows': rows, '--tile-cols': cols } as CSSProperties}>
        {tiles.map(({ entry, name, row, col }) => {
          const style = STATUS_STYLE[entry.status]
          return (
            <li key={entry.unit} className="status-map__cell" style={{ gridRow: row + 1, gridColumn: col + 1 }}>
              <Link
                className={`status-tile${entry.overdue ? ' status-tile--overdue' : ''}`}
                to={`/reports/${entry.reportId}`}
                data-status={entry.status}
                style={{ background: style.color, color: style.text }}
                title={`${name}: ${statuses[entry.status]}${entry.overdue ? ` · ${m.overdue}` : ''}`}
              >
                <span className="status-tile__name">{name}</span>{' '}
                <span className="status-tile__symbol" aria-hidden="true">
                  {style.symbol}
                  {entry.overdue ? ' !' : ''}
                </span>
                <span className="visually-hidden">
                  : {statuses[entry.status]}
                  {entry.overdue ? `, ${m.overdue.toLowerCase()}` : ''}
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
      <div className="tile-legend status-legend">
        <p className="status-legend__title" id="status-legend-title">
          {m.legend}
        </p>
        <ul className="status-legend__items" aria-labelledby="status-legend-title">
          {present.map((s) => (
            <li key={s}>
              <span className="status-swatch" style={{ background: STATUS_STYLE[s].color, color: STATUS_STYLE[s].text }} aria-hidden="true">
                {STATUS_STYLE[s].symbol}
              </span>
              {statuses[s]} ({formatNumber(entries.filter((e) => e.status === s).length, lang)})
            </li>
          ))}
          {overdue > 0 && (
            <li>
              <span className="status-swatch status-swatch--overdue" aria-hidden="true">
                !
              </span>
              {m.legendOverdue} ({formatNumber(overdue, lang)})
            </li>
          )}
        </ul>
      </div>
    </div>
  )
}
