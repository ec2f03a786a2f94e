/**
 * Multi-select of units grouped by region, with search that ignores diacritics. Built from
 * native checkboxes in fieldsets, so Tab, Space and screen readers work without custom key
 * handling; Escape closes the panel and returns focus to its button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { REGIONS, type OrgUnit, type Region, type UnitId } from '../lib/api/schemas'
import { regionLabels } from '../lib/i18n/common-messages'
import { useLang, useMessages } from '../lib/i18n/i18n'
import { compareVi, foldText } from '../lib/text'
import { needsEra, unitLabel } from '../lib/units'
import { filterMessages } from './filter-messages'
import { useFilters } from './filters-provider'

export function UnitPicker() {
  const { lang } = useLang()
  const m = useMessages(filterMessages)
  const { filters, units, unitsById, update } = useFilters()
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const panelId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const withEra = needsEra(filters.boundary)
  const selected = new Set(filters.units)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const setUnits = (next: UnitId[]) => update({ filters: { units: next } })
  const toggle = (id: UnitId) => setUnits(selected.has(id) ? filters.units.filter((u) => u !== id) : [...filters.units, id])

  const folded = foldText(query)
  const matches = (u: OrgUnit) => folded === '' || foldText(unitLabel(u, lang, withEra)).includes(folded) || u.code === folded
  // Only the open panel lists units: no folding and sorting on every render of the bar.
  const national = open ? units.filter((u) => u.era === 'national' && matches(u)) : []
  const groups = (open ? REGIONS : []).map((region) => ({
    region,
    units: units
      .filter((u) => u.region === region && matches(u))
      .toSorted((a, b) => (a.era === b.era ? compareVi(a.name, b.name) : a.era === 'former' ? -1 : 1)),
  })).filter((g) => g.units.length > 0)

  const summary =
    filters.units.length === 0
      ? m.allUnits
      : filters.units.length <= 2
        ? filters.units.map((id) => {
            const u = unitsById.get(id)
            return u ? unitLabel(u, lang, withEra) : id
          }).join(', ')
        : m.selectedCount(filters.units.length)

  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }

  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation()
      close()
    }
  }

  const regionCheckbox = (region: Region, regionUnits: OrgUnit[]) => {
    const all = regionUnits.every((u) => selected.has(u.id))
    const some = regionUnits.some((u) => selected.has(u.id))
    return (
      <label className="unit-picker__region-toggle">
        <input
          type="checkbox"
          checked={all}
          ref={(el) => {
            if (el) el.indeterminate = some && !all
          }}
          onChange={() => {
            const ids = regionUnits.map((u) => u.id)
            setUnits(all ? filters.units.filter((id) => !ids.includes(id)) : [...new Set([...filters.units, ...ids])])
          }}
        />
        <span className="visually-hidden">{m.selectRegion(regionLabels[lang][region])}</span>
        <span aria-hidden="true">{regionLabels[lang][region]}</span>
      </label>
    )
  }

  return (
    <div className="unit-picker" ref={rootRef}>
      <span className="field__label" id={`${panelId}-label`}>
        {m.units}
      </span>
      <button
        ref={buttonRef}
        type="button"
        className="select-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-labelledby={`${panelId}-label ${panelId}-value`}
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
      >
        <span id={`${panelId}-value`}>{summary}</span>
      </button>
      {open && (
        // A non-modal dialog: the rest of the page stays usable while it is open.
        <dialog open className="unit-picker__panel" id={panelId} aria-label={m.units} onKeyDown={closeOnEscape}>
          <div className="unit-picker__toolbar">
            <label className="visually-hidden" htmlFor={`${panelId}-search`}>
              {m.searchUnits}
            </label>
            <input
              id={`${panelId}-search`}
              type="search"
              className="input"
              placeholder={m.searchUnits}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <button type="button" className="button button--ghost" onClick={() => setUnits([])} disabled={filters.units.length === 0}>
              {m.clearUnits}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {m.done}
            </button>
          </div>
          <div className="unit-picker__groups">
            {national.length > 0 && (
              <fieldset className="unit-picker__group">
                <legend>{m.central}</legend>
                {national.map((u) => (
                  <label key={u.id} className="unit-picker__option">
                    <input type="checkbox" checked={selected.has(u.id)} onChange={() => toggle(u.id)} />
                    {unitLabel(u, lang, false)}
                  </label>
                ))}
              </fieldset>
            )}
            {groups.map((g) => (
              <fieldset key={g.region} className="unit-picker__group">
                <legend>{regionCheckbox(g.region, g.units)}</legend>
                {g.units.map((u) => (
                  <label key={u.id} className="unit-picker__option">
                    <input type="checkbox" checked={selected.has(u.id)} onChange={() => toggle(u.id)} />
                    {unitLabel(u, lang, withEra)}
                  </label>
                ))}
              </fieldset>
            ))}
            {national.length === 0 && groups.length === 0 && <p className="unit-picker__empty">{m.noUnitMatch(query)}</p>}
          </div>
        </dialog>
      )}
    </div>
  )
}
