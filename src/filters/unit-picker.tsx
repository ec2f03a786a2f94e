/**
 * Multi-select of units grouped by region, with search that ignores diacritics. Built from
 * native checkboxes in fieldsets, so Tab, Space and screen readers work without custom key
 * handling; Escape closes the panel and returns focus to its button, and so does moving focus
 * out of it. Opened from the keyboard, it puts focus in its search box.
 *
 * In the current view a search also finds former units (gone since 01/07/2025), says which unit
 * they became part of, and offers that unit or the as-reported view with the former unit.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react'
import { REGIONS } from '../lib/api/contract'
import type { OrgUnit, Region, UnitId } from '../lib/api/schemas'
import { regionLabels } from '../lib/i18n/common-messages'
import { useLang, useMessages } from '../lib/i18n/i18n'
import { compareVi, foldText } from '../lib/text'
import { needsEra, unitLabel } from '../lib/units'
import { describeSelection } from './describe-selection'
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
  const panelRef = useRef<HTMLDialogElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const place = usePanelPlacement(open, rootRef, panelRef)
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
  const add = (ids: UnitId[]) => [...new Set([...filters.units, ...ids])]
  const toggle = (id: UnitId) => setUnits(selected.has(id) ? filters.units.filter((u) => u !== id) : [...filters.units, id])

  const folded = foldText(query)
  const matches = (u: OrgUnit) => folded === '' || foldText(unitLabel(u, lang, withEra)).includes(folded) || u.code === folded
  // Only the open panel lists units: no folding and sorting on every render of the bar.
  const national = open ? units.filter((u) => u.era === 'national' && matches(u)) : []
  const groups = (open ? REGIONS : []).map((region) => {
    // The region's checkbox stands for the whole region, whatever the search shows of it.
    const all = units.filter((u) => u.region === region)
    return {
      region,
      all,
      units: all.filter(matches).toSorted((a, b) => (a.era === b.era ? compareVi(a.name, b.name) : a.era === 'former' ? -1 : 1)),
    }
  }).filter((g) => g.units.length > 0)
  // Former units the current view does not list; one whose name lives on (Ninh Bình) is found
  // under that name already.
  const currentNames = new Set(units.map((u) => u.name))
  const formerMatches =
    open && folded !== '' && filters.boundary === 'current'
      ? [...unitsById.values()]
          .filter((u) => u.era === 'former' && !currentNames.has(u.name) && matches(u))
          .flatMap((u) => {
            const successor = u.successorId ? unitsById.get(u.successorId) : undefined
            return successor ? [{ unit: u, successor }] : []
          })
          .toSorted((a, b) => compareVi(a.unit.name, b.unit.name))
      : []

  const summary = describeSelection(filters.units, { unitsById, boundary: filters.boundary, lang })

  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }

  const toggleOpen = (e: MouseEvent) => {
    setOpen(!open)
    // A click from Enter or Space has no pointer position: the keyboard user goes to the search.
    openedByKeyboard.current = !open && e.detail === 0
  }
  const openedByKeyboard = useRef(false)
  useEffect(() => {
    if (open && openedByKeyboard.current) searchRef.current?.focus()
    openedByKeyboard.current = false
  }, [open])

  /** Focus moving out of the picker (Tab past its end, a click elsewhere) closes it. */
  const closeOnFocusOut = (e: FocusEvent) => {
    if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false)
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
            setUnits(all ? filters.units.filter((id) => !ids.includes(id)) : add(ids))
          }}
        />
        <span className="visually-hidden">{m.selectRegion(regionLabels[lang][region])}</span>
        <span aria-hidden="true">{regionLabels[lang][region]}</span>
      </label>
    )
  }

  return (
    <div className="unit-picker" ref={rootRef} onBlur={closeOnFocusOut}>
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
        onClick={toggleOpen}
        onKeyDown={closeOnEscape}
      >
        <span id={`${panelId}-value`}>{summary}</span>
      </button>
      {open && (
        // A non-modal dialog: the rest of the page stays usable while it is open.
        // tabIndex -1: a click on the panel's background keeps focus inside it, so it stays open.
        <dialog
          open
          ref={panelRef}
          tabIndex={-1}
          className="unit-picker__panel"
          id={panelId}
          aria-label={m.units}
          onKeyDown={closeOnEscape}
          style={place ?? undefined}
        >
          <div className="unit-picker__toolbar">
            <label className="visually-hidden" htmlFor={`${panelId}-search`}>
              {m.searchUnits}
            </label>
            <input
              ref={searchRef}
              id={`${panelId}-search`}
              type="search"
              className="input"
              placeholder={m.searchUnits}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setUnits([])
                // The button is disabled next: keep focus in the picker.
                searchRef.current?.focus()
              }}
              disabled={filters.units.length === 0}
            >
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
                <legend>{regionCheckbox(g.region, g.all)}</legend>
                {g.units.map((u) => (
                  <label key={u.id} className="unit-picker__option">
                    <input type="checkbox" checked={selected.has(u.id)} onChange={() => toggle(u.id)} />
                    {unitLabel(u, lang, withEra)}
                  </label>
                ))}
              </fieldset>
            ))}
            {formerMatches.length > 0 && (
              <fieldset className="unit-picker__group unit-picker__former">
                <legend>{m.formerUnits}</legend>
                <ul>
                  {formerMatches.map(({ unit, successor }) => (
                    <li key={unit.id}>
                      <p>{m.formerExplain(unit.name, successor.name)}</p>
                      <div className="unit-picker__former-actions">
                        <button
                          type="button"
                          className="button button--secondary"
                          disabled={selected.has(successor.id)}
                          onClick={() => {
                            setUnits(add([successor.id]))
                            // The button is disabled next: keep focus in the picker.
                            searchRef.current?.focus()
                          }}
                        >
                          {selected.has(successor.id) ? m.formerSuccessorChosen(successor.name) : m.formerPickSuccessor(successor.name)}
                        </button>
                        <button
                          type="button"
                          className="button button--ghost"
                          onClick={() => {
                            update({ filters: { boundary: 'reported', units: add([unit.id]) } })
                            // This list goes in the as-reported view: keep focus in the picker.
                            searchRef.current?.focus()
                          }}
                        >
                          {m.formerPickReported(unit.name)}
                        </button>
                      </div>
                    </li>
                  ))}
                </ul>
              </fieldset>
            )}
            {national.length === 0 && groups.length === 0 && formerMatches.length === 0 && (
              <p className="unit-picker__empty">{m.noUnitMatch(query)}</p>
            )}
          </div>
        </dialog>
      )}
    </div>
  )
}

/** Horizontal room that the panel keeps from the viewport's edges. */
const EDGE = 8

/**
 * Where the open panel goes: below its button, as wide as it can be up to 720 px, moved left as
 * far as needed to stay inside the viewport, and no taller than the room below the button
 * (scrolled into view when that room is too small). Follows window resizes.
 */
function usePanelPlacement(
  open: boolean,
  rootRef: RefObject<HTMLDivElement | null>,
  panelRef: RefObject<HTMLDialogElement | null>,
): { left: number; width: number; maxHeight: number } | null {
  const [place, setPlace] = useState<{ left: number; width: number; maxHeight: number } | null>(null)
  useLayoutEffect(() => {
    if (!open) return
    const measure = () => {
      const root = rootRef.current
      const viewport = document.documentElement.clientWidth
      if (!root || viewport === 0) return // not laid out (jsdom): the stylesheet's size holds
      const box = root.getBoundingClientRect()
      const width = Math.min(720, viewport - 2 * EDGE)
      const left = Math.max(EDGE - box.left, Math.min(0, viewport - EDGE - width - box.left))
      const maxHeight = Math.min(560, Math.max(280, window.innerHeight - box.bottom - 4 - EDGE))
      setPlace({ left: Math.round(left), width: Math.floor(width), maxHeight: Math.floor(maxHeight) })
    }
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [open, rootRef])
  useEffect(() => {
    const panel = panelRef.current
    if (open && place && panel && panel.getBoundingClientRect().bottom > window.innerHeight) panel.scrollIntoView({ block: 'nearest' })
  }, [open, place, panelRef])
  return open ? place : null
}
