/**
 * "Export CSV" with honest states: progress while the file is built (with Cancel), the error
 * if it fails (with Retry), and a confirmation of how many rows were saved. Generic: the
 * caller's `build` makes the file; `ActivitiesExportButton` wires it to the records export.
 */
import { useEffect, useRef, useState } from 'react'
import { downloadCsv } from '../lib/csv'
import { ExportChangedError, type ExportProgress } from '../lib/export-activities'
import { formatNumber } from '../lib/format'
import { useLang, useMessages } from '../lib/i18n/i18n'
import { ErrorDetails, useErrorMessage } from './widget-state'
import { exportMessages } from './export-csv-messages'
// oxlint-disable-next-line import/no-unassigned-import -- the component's own stylesheet, bundled by Vite
import './export-csv-button.css'

/** A file ready to save: CSV text (from `toCsv`) or a Blob (from `csvBlob`). */
export interface CsvFile {
  filename: string
  content: string | Blob
  /** Data rows in the file, for the confirmation message. */
  rows: number
}

export interface ExportCsvButtonProps {
  /**
   * Builds the file. `signal` aborts when the user cancels or leaves the page; report progress
   * through `onProgress` for long exports (the button shows it).
   */
  build: (ctx: { signal: AbortSignal; onProgress: (progress: ExportProgress) => void }) => Promise<CsvFile>
  /** Button text; "Xuất CSV" / "Export CSV" by default. */
  label?: string
  disabled?: boolean
}

type ExportState =
  | { status: 'idle' }
  | { status: 'running'; progress: ExportProgress | null }
  | { status: 'done'; rows: number; filename: string }
  | { status: 'cancelled' }
  | { status: 'error'; error: unknown }

function isAbort(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : error instanceof Error && error.name === 'AbortError'
}

export function ExportCsvButton({ build, label, disabled }: ExportCsvButtonProps) {
  const m = useMessages(exportMessages)
  const { lang } = useLang()
  const describe = useErrorMessage()
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const controller = useRef<AbortController | null>(null)

  // Leaving the page cancels a running export.
  useEffect(() => () => controller.current?.abort(), [])

  const run = async () => {
    controller.current?.abort()
    const current = new AbortController()
    controller.current = current
    setState({ status: 'running', progress: null })
    try {
      const file = await build({ signal: current.signal, onProgress: (progress) => setState({ status: 'running', progress }) })
      if (current.signal.aborted) return
      downloadCsv(file.filename, file.content)
      setState({ status: 'done', rows: file.rows, filename: file.filename })
    } catch (error) {
      if (controller.current !== current) return
      setState(isAbort(error) || current.signal.aborted ? { status: 'cancelled' } : { status: 'error', error })
    } finally {
      if (controller.current === current) controller.current = null
    }
  }

  const running = state.status === 'running'
  const progress = running ? state.progress : null
  return (
    <div className="export-csv">
      <div className="export-csv__actions">
        <button type="button" className="button" onClick={() => void run()} disabled={disabled || running}>
          <span aria-hidden="true">⬇</span> {running ? m.exporting : (label ?? m.export)}
        </button>
        {running && (
          <button type="button" className="button button--secondary" onClick={() => controller.current?.abort()}>
            {m.cancel}
          </button>
        )}
      </div>
      <output className="export-csv__status" aria-live="polite">
        {running && progress && progress.total > 0 && (
          <>
            <progress className="export-csv__progress" max={progress.total} value={progress.done} aria-label={m.progressLabel} />
            <span>{m.progress(formatNumber(progress.done, lang), formatNumber(progress.total, lang))}</span>
          </>
        )}
        {state.status === 'done' && <span>{m.done(formatNumber(state.rows, lang), state.filename)}</span>}
        {state.status === 'cancelled' && <span>{m.cancelled}</span>}
      </output>
      {state.status === 'error' && (
        <div className="export-csv__error" role="alert">
          <p className="widget-error__title">{m.failed}</p>
          <p className="widget-error__detail">{state.error instanceof ExportChangedError ? m.changed : describe(state.error).message}</p>
          <div className="widget-error__actions">
            <button type="button" className="button button--secondary" onClick={() => void run()}>
              {m.retry}
            </button>
            {!(state.error instanceof ExportChangedError) && <ErrorDetails detail={describe(state.error).detail} />}
          </div>
        </div>
      )}
    </div>
  )
}
