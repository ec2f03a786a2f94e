/**
 * A notice listing what the address held that could not be used, and what was done instead.
 * Dismissed for the current address only: a new address with problems shows it again.
 */
import { useId, useState } from 'react'
import { useLocation } from 'react-router'

export function DismissableNotice({ title, items, dismissLabel }: { title: string; items: readonly { key: string; text: string }[]; dismissLabel: string }) {
  const { search } = useLocation()
  const [dismissedFor, setDismissedFor] = useState<string | null>(null)
  const titleId = useId()
  if (items.length === 0 || dismissedFor === search) return null
  return (
    <section className="notice" aria-live="polite" aria-labelledby={titleId}>
      <div>
        <p className="notice__title" id={titleId}>
          {title}
        </p>
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="icon-button" aria-label={dismissLabel} title={dismissLabel} onClick={() => setDismissedFor(search)}>
        <span aria-hidden="true">×</span>
      </button>
    </section>
  )
}
