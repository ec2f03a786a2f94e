/**
 * A modal dialog: labelled by its title, focus moved in on open and kept inside (Tab and
 * Shift+Tab wrap), Escape closes it, and focus returns to what had it before (the button
 * that opened it) when it closes.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

export function Dialog({
  title,
  onClose,
  closeLabel,
  children,
  wide = false,
  initialFocus,
}: {
  title: ReactNode
  onClose: () => void
  closeLabel: string
  children: ReactNode
  wide?: boolean
  /** A selector inside the dialog to focus first (default: the first field or button after the close button). */
  initialFocus?: string
}) {
  const titleId = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const root = ref.current
    const first =
      (initialFocus ? root?.querySelector<HTMLElement>(initialFocus) : null) ??
      root?.querySelector<HTMLElement>('.dialog__body ' + FOCUSABLE.split(', ').join(', .dialog__body ')) ??
      root
    first?.focus()
    return () => {
      // The opener may be gone (a deleted row): then focus stays where the page puts it.
      if (opener?.isConnected) opener.focus()
    }
    // Only on open and close.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // On the document: Escape closes the dialog even when focus was lost (content swapped under it).
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onCloseRef.current()
      return
    }
    if (event.key !== 'Tab' || !ref.current) return
    // Focus lost to the page (the focused control was replaced): bring it back in.
    if (!ref.current.contains(document.activeElement)) {
      event.preventDefault()
      ref.current.focus()
      return
    }
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'))
    if (items.length === 0) return
    const firstItem = items[0]!
    const lastItem = items[items.length - 1]!
    if (event.shiftKey && (document.activeElement === firstItem || document.activeElement === ref.current)) {
      event.preventDefault()
      lastItem.focus()
    } else if (!event.shiftKey && document.activeElement === lastItem) {
      event.preventDefault()
      firstItem.focus()
    }
  }

  // On the body, above every stacking context of the page (the sticky header and filter bar).
  return createPortal(
    <div className="dialog-backdrop">
      {/* Shown with `open` rather than showModal(): the trap, Escape and focus return are ours, the same in every browser and in jsdom. */}
      <dialog ref={ref} open className={`dialog${wide ? ' dialog--wide' : ''}`} aria-modal="true" aria-labelledby={titleId} tabIndex={-1}>
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="button button--ghost dialog__close" onClick={onClose}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{closeLabel}</span>
          </button>
        </header>
        <div className="dialog__body">{children}</div>
      </dialog>
    </div>,
    document.body,
  )
}
