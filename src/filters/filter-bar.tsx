/**
 * The one filter bar: period (preset or months), granularity, units, boundary view. On a phone it
 * folds into one line that says what is chosen ("Lũy kế 01–10/2026 · Toàn quốc · Sau sắp xếp (34)")
 * and opens the full bar, so the figures come first.
 */
import { useId, useState } from 'react'
import { BOUNDARIES, GRANULARITIES } from '../lib/api/contract'
import type { Boundary, Granularity } from '../lib/api/schemas'
import { granularityLabels } from '../lib/i18n/common-messages'
import { useLang, useMessages } from '../lib/i18n/i18n'
import { formatMonth } from '../lib/format'
import type { Lang } from '../lib/i18n/i18n'
import { isMonth, monthIndex } from '../lib/periods'
import { describeSelection } from './describe-selection'
import { filterMessages } from './filter-messages'
import { RELATIVE_PRESETS, lastWholeYear, presetRange, type PresetId } from './filters'
import { useFilters } from './filters-provider'
import { MonthSelect } from './month-select'
import { presetLabel } from './preset-label'
import { UnitPicker } from './unit-picker'

/** `granularity: false` leaves out the granularity select, for screens with no series by period. */
export function FilterBar({ granularity = true }: { granularity?: boolean }) {
  const { lang } = useLang()
  const m = useMessages(filterMessages)
  const { filters, coverage, unitsById, update } = useFilters()
  const id = useId()
  const [expanded, setExpanded] = useState(false)
  const minYear = Number(coverage.from.slice(0, 4))
  // No year after the data: a range there has no figure to show (issue 8.2).
  const maxYear = Number(coverage.to.slice(0, 4))

  const setPreset = (preset: PresetId) => {
    if (preset === 'custom') update({ filters: { preset } })
    else update({ filters: { preset, ...presetRange(preset) } })
  }
  // Computed from the latest URL, not from this render: a second select changed before the
  // first change is on screen must not undo it.
  const setMonth = (end: 'from' | 'to', change: { year: number } | { month: number }) =>
    update(({ filters: latest }) => {
      const current = latest[end]
      const year = 'year' in change ? change.year : Number(current.slice(0, 4))
      const month = 'month' in change ? change.month : Number(current.slice(5, 7))
      const value = `${year}-${String(month).padStart(2, '0')}`
      if (!isMonth(value)) return {}
      const next = { from: latest.from, to: latest.to, [end]: value }
      // Keep the range the right way round: moving one end past the other moves both.
      if (monthIndex(next.from) > monthIndex(next.to)) {
        if (end === 'from') next.to = value
        else next.from = value
      }
      return { filters: { preset: 'custom', ...next } }
    })
  // The committees' periods, then each past year of the data, newest first.
  const presets: PresetId[] = [...RELATIVE_PRESETS]
  for (let y = lastWholeYear() - 1; y >= minYear; y--) presets.push(`y${y}`)
  if (!presets.includes(filters.preset) && filters.preset !== 'custom') presets.push(filters.preset)
  presets.push('custom')

  const range = shortRange(filters.from, filters.to, lang)
  const summary = m.summary(
    m.summaryPeriod(filters.preset, presetLabel(filters.preset, lang), range),
    describeSelection(filters.units, { unitsById, boundary: filters.boundary, lang }),
    filters.boundary === 'current' ? m.boundaryCurrent : m.boundaryReported,
  )

  return (
    <section className={`filter-bar${expanded ? ' filter-bar--expanded' : ''}`} aria-label={m.filters}>
      {/* Shown by the stylesheet on narrow screens only. The whole line opens the bar. */}
      <div className="filter-bar__fold">
        <button
          type="button"
          className="filter-bar__toggle"
          aria-expanded={expanded}
          aria-controls={`${id}-controls`}
          aria-describedby={`${id}-summary`}
          onClick={() => setExpanded(!expanded)}
        >
          {m.filters}
        </button>
        <p className="filter-bar__summary" id={`${id}-summary`}>
          {summary}
        </p>
      </div>
      <div className="filter-bar__inner" id={`${id}-controls`}>
        <div className="field filter-bar__period">
          <label className="field__label" htmlFor={`${id}-preset`}>
            {m.period}
          </label>
          <select id={`${id}-preset`} className="select" value={filters.preset} onChange={(e) => setPreset(e.target.value as PresetId)}>
            {presets.map((p) => (
              <option key={p} value={p}>
                {presetLabel(p, lang)}
              </option>
            ))}
          </select>
        </div>
        <MonthSelect
          legend={m.from}
          value={filters.from}
          minYear={minYear}
          maxYear={maxYear}
          onChange={(v) => setMonth('from', v)}
        />
        <MonthSelect legend={m.to} value={filters.to} minYear={minYear} maxYear={maxYear} onChange={(v) => setMonth('to', v)} />
        {granularity && (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-granularity`}>
              {m.granularity}
            </label>
            <select
              id={`${id}-granularity`}
              className="select"
              value={filters.granularity}
              onChange={(e) => update({ filters: { granularity: e.target.value as Granularity } })}
            >
              {GRANULARITIES.map((g) => (
                <option key={g} value={g}>
                  {granularityLabels[lang][g]}
                </option>
              ))}
            </select>
          </div>
        )}
        <UnitPicker />
        <fieldset className="field segmented">
          <legend className="field__label">{m.boundary}</legend>
          <div className="segmented__options">
            {BOUNDARIES.map((b: Boundary) => (
              <label key={b} className="segmented__option" title={b === 'current' ? m.boundaryCurrentHint : m.boundaryReportedHint}>
                <input
                  type="radio"
                  name={`${id}-boundary`}
                  value={b}
                  checked={filters.boundary === b}
                  onChange={() => update({ filters: { boundary: b } })}
                />
                <span>{b === 'current' ? m.boundaryCurrent : m.boundaryReported}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </section>
  )
}

/** A range in few characters: "01–10/2026" / "Jan–Oct 2026", "2025", "11/2025–02/2026". */
function shortRange(from: string, to: string, lang: Lang): string {
  if (from === to) return formatMonth(from, lang)
  const year = from.slice(0, 4)
  if (year !== to.slice(0, 4)) return `${formatMonth(from, lang)}–${formatMonth(to, lang)}`
  if (from.endsWith('-01') && to.endsWith('-12')) return year
  return lang === 'vi' ? `${from.slice(5)}–${formatMonth(to, lang)}` : `${formatMonth(from, lang).split(' ')[0]}–${formatMonth(to, lang)}`
}
