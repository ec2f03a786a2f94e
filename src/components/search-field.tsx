/**
 * The one search box of the app (Units, Activities, Training): it searches as you type. What is
 * typed is local until typing pauses (or Enter), then committed in one navigation: the first
 * commit of a search adds a history entry, the next ones replace it, so Back leaves the search
 * instead of stepping through it letter by letter. The URL stays the source of truth: a change
 * from outside (back/forward, a link, a reset) replaces what the field holds. Text without a
 * letter or digit cannot search anything: it clears the search and says why.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { defineMessages, useMessages } from '../lib/i18n/i18n'
import { isSearchable } from '../lib/text'
// oxlint-disable-next-line import/no-unassigned-import -- the component's own stylesheet, bundled by Vite
import './search-field.css'

/** How long typing must pause before the search is applied: one navigation per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 300

const messages = defineMessages({
  vi: { clear: 'Xóa từ khóa', needsText: 'Nhập chữ hoặc số để tìm; dấu câu không được dùng để lọc.' },
  en: { clear: 'Clear the search', needsText: 'Type letters or digits to search; punctuation does not filter.' },
})

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The text a draft searches for: '' when it has no letter or digit. */
function searchOf(draft: string): string {
  const text = normalise(draft)
  return isSearchable(text) ? text : ''
}

export function SearchField({
  label,
  placeholder,
  hint,
  value,
  onCommit,
  className,
}: {
  label: string
  placeholder?: string
  /** A line under the field ("ha nam" finds "Hà Nam"). */
  hint?: string
  /** The search in the URL ('' for none). */
  value: string
  /** Applies a search; `replace` when it refines the one committed just before. */
  onCommit: (q: string, options: { replace: boolean }) => void
  className?: string
}) {
  const m = useMessages(messages)
  const id = useId()
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  // Searches committed and not yet back from the URL. When one arrives, what was typed since
  // stays (typing goes on while the list loads); any other new value (back/forward, a link,
  // a reset) replaces what the field holds.
  const [sent, setSent] = useState<readonly string[]>([])
  if (value !== seen) {
    setSeen(value)
    const at = sent.indexOf(value)
    if (at >= 0) {
      setSent(sent.slice(at + 1))
    } else {
      setSent([])
      if (value !== searchOf(draft)) setDraft(value)
    }
  }

  // Whether this search already has its history entry (reset when the field loses focus).
  const pushed = useRef(false)
  const send = (q: string) => {
    setSent((list) => [...list, q])
    onCommit(q, { replace: pushed.current })
    pushed.current = true
  }
  const commit = useRef(send)
  useEffect(() => {
    commit.current = send
  })

  useEffect(() => {
    const next = searchOf(draft)
    if (next === value) return
    const timer = setTimeout(() => commit.current(next), SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [draft, value])

  const unsearchable = normalise(draft) !== '' && searchOf(draft) === ''
  const describedBy = [hint ? `${id}-hint` : null, unsearchable ? `${id}-needs` : null].filter(Boolean).join(' ')

  return (
    <search className={['search-field', className].filter(Boolean).join(' ')}>
      <form
        className="search-field__form"
        onSubmit={(e) => {
          e.preventDefault()
          const next = searchOf(draft)
          if (next !== value) commit.current(next)
        }}
      >
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <div className="search-field__row">
          <input
            id={id}
            className="input search-field__input"
            type="search"
            value={draft}
            placeholder={placeholder}
            aria-describedby={describedBy || undefined}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => {
              pushed.current = false
            }}
          />
          {draft !== '' && (
            <button
              type="button"
              className="button button--ghost search-field__clear"
              onClick={() => {
                setDraft('')
                if (value !== '') commit.current('')
                pushed.current = false
              }}
            >
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{m.clear}</span>
            </button>
          )}
        </div>
        {unsearchable && (
          <output id={`${id}-needs`} className="search-field__hint">
            {m.needsText}
          </output>
        )}
        {hint && (
          <p id={`${id}-hint`} className="search-field__hint">
            {hint}
          </p>
        )}
      </form>
    </search>
  )
}
