/**
 * A chart card's "Download" disclosure: PNG, SVG and the table view as CSV. The export code is
 * imported when a format is chosen, so it costs nothing until then.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { useMessages } from '../../lib/i18n/i18n'
import { chartExportMessages } from './chart-export-messages'

export type ChartDownloadFormat = 'png' | 'svg' | 'csv'

export function ChartDownloadMenu({
  title,
  onDownload,
}: {
  /** The chart's title, for the button's accessible name. */
  title: string
  /** Makes and saves the file; resolves with its name. */
  onDownload: (format: ChartDownloadFormat) => Promise<string>
}) {
  const m = useMessages(chartExportMessages)
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<{ kind: 'working' } | { kind: 'saved'; filename: string } | { kind: 'failed' } | null>(null)
  const root = useRef<HTMLDivElement>(null)
  const toggle = useRef<HTMLButtonElement>(null)
  const listId = useId()

  // Closes on a click elsewhere or on Escape (focus back on the button).
  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false)
        toggle.current?.focus()
      }
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  const choose = async (format: ChartDownloadFormat) => {
    setOpen(false)
    toggle.current?.focus()
    setStatus({ kind: 'working' })
    try {
      const filename = await onDownload(format)
      setStatus({ kind: 'saved', filename })
    } catch {
      setStatus({ kind: 'failed' })
    }
  }

  const formats: Array<[ChartDownloadFormat, string]> = [
    ['png', m.png],
    ['svg', m.svg],
    ['csv', m.csv],
  ]
  return (
    <div className="chart-download" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="button button--ghost"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={m.downloadOf(title)}
        disabled={status?.kind === 'working'}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⬇</span> {m.download}
      </button>
      <ul className="chart-download__list" id={listId} hidden={!open}>
        {formats.map(([format, label]) => (
          <li key={format}>
            <button type="button" className="chart-download__item" onClick={() => void choose(format)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
      {/* Progress and the saved file are announced; only a failure needs room on screen. */}
      <output className="visually-hidden" aria-live="polite">
        {status?.kind === 'working' && m.working}
        {status?.kind === 'saved' && m.saved(status.filename)}
      </output>
      {status?.kind === 'failed' && (
        <p className="chart-download__error" role="alert">
          {m.failed}
        </p>
      )}
    </div>
  )
}
