import { useEffect, useId, useRef, useState } from 'react'
import { useMessages } from '../../../lib/i18n/i18n'
import { activitiesMessages } from './activities-messages'

/** How long typing must pause before the search is applied: one navigation per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 300

/**
 * The search field. What is typed is local until typing pauses (or Enter), then committed in
 * one navigation; the URL stays the source of truth, and a change of the URL from outside
 * (back/forward, a link) replaces what is in the field.
 */
export function SearchBox({ value, onCommit }: { value: string; onCommit: (q: string) => void }) {
  const m = useMessages(activitiesMessages)
  const id = useId()
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  // Adopt a new value from the URL, unless it is just what the field holds, trimmed (so a
  // trailing space being typed survives the commit of the text before it).
  if (value !== seen) {
    setSeen(value)
    if (value !== normalise(draft)) setDraft(value)
  }

  const commit = useRef(onCommit)
  useEffect(() => {
    commit.current = onCommit
  })

  useEffect(() => {
    const next = normalise(draft)
    if (next === value) return
    const timer = setTimeout(() => commit.current(next), SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [draft, value])

  return (
    <search className="activities-search">
      <form
        className="activities-search__form"
        onSubmit={(e) => {
          e.preventDefault()
          const next = normalise(draft)
          if (next !== value) commit.current(next)
        }}
      >
        <label className="field__label" htmlFor={id}>
          {m.search}
        </label>
        <div className="activities-search__row">
          <input
            id={id}
            className="input activities-search__input"
            type="search"
            value={draft}
            placeholder={m.searchPlaceholder}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setDraft(e.target.value)}
          />
          {draft !== '' && (
            <button
              type="button"
              className="button button--ghost activities-search__clear"
              onClick={() => {
                setDraft('')
                if (value !== '') commit.current('')
              }}
            >
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{m.clearSearch}</span>
            </button>
          )}
        </div>
        <p id={`${id}-hint`} className="activities-search__hint">
          {m.searchHint}
        </p>
      </form>
    </search>
  )
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
