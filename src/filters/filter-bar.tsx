/** The one filter bar: period (preset or months), granularity, units, boundary view. */
import { useId } from 'react'
import { BOUNDARIES, GRANULARITIES, type Boundary, type Granularity } from '../lib/api/schemas'
import { granularityLabels } from '../lib/i18n/common-messages'
import { useLang, useMessages } from '../lib/i18n/i18n'
import { isMonth, monthIndex } from '../lib/periods'
import { filterMessages } from './filter-messages'
import { PRESETS, presetRange, type PresetId } from './filters'
import { useFilters } from './filters-provider'
import { MonthSelect } from './month-select'
import { UnitPicker } from './unit-picker'

/** `granularity: false` leaves out the granularity select, for screens with no series by period. */
export function FilterBar({ granularity = true }: { granularity?: boolean }) {
  const { lang } = useLang()
  const m = useMessages(filterMessages)
  const { filters, coverage, update } = useFilters()
  const id = useId()
  const minYear = Number(coverage.from.slice(0, 4))
  // One year past the data, so next year's plan can be set up before reports arrive.
  const maxYear = Number(coverage.to.slice(0, 4)) + 1

  const setPreset = (preset: PresetId) => {
    if (preset === 'custom') update({ filters: { preset } })
    else update({ filters: { preset, ...presetRange(preset) } })
  }
  const setMonth = (end: 'from' | 'to', value: string) => {
    if (!isMonth(value)) return
    const next = { from: filters.from, to: filters.to, [end]: value }
    // Keep the range the right way round: moving one end past the other moves both.
    if (monthIndex(next.from) > monthIndex(next.to)) {
      if (end === 'from') next.to = value
      else next.from = value
    }
    update({ filters: { preset: 'custom', ...next } })
  }

  return (
    <section className="filter-bar" aria-label={m.filters}>
      <div className="filter-bar__inner">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-preset`}>
            {m.period}
          </label>
          <select id={`${id}-preset`} className="select" value={filters.preset} onChange={(e) => setPreset(e.target.value as PresetId)}>
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {m.preset(p)}
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
