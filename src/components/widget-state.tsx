/**
 * Honest states for a widget: a skeleton while loading, an error that says what failed with a
 * retry, an empty state that says why. Each widget owns its state, so one failure never
 * blanks the page.
 */
import type { ReactNode } from 'react'
import { ApiError } from '../lib/api/client'
import { commonMessages } from '../lib/i18n/common-messages'
import { useMessages } from '../lib/i18n/i18n'

export function Skeleton({ height = 160, label }: { height?: number; label?: string }) {
  const m = useMessages(commonMessages)
  return (
    <output className="skeleton" style={{ height }} aria-live="polite">
      <span className="visually-hidden">{label ?? m.loading}</span>
    </output>
  )
}

/** What went wrong: a sentence in the user's language, and the technical detail for support (or null). */
export interface ErrorDescription {
  message: string
  detail: string | null
}

/**
 * Says what went wrong in the UI's language, from an ApiError or any other error. The server's
 * own message, the status and code, and a schema path ("rows.0.value: Invalid input") are
 * technical detail: they go in `detail`, shown only behind a "Chi tiết" / "Details" disclosure.
 */
export function useErrorMessage(): (error: unknown) => ErrorDescription {
  const m = useMessages(commonMessages)
  return (error) => {
    if (error instanceof ApiError) {
      const where = `${error.path}${error.status ? ` · HTTP ${error.status}` : ''}${error.code ? ` · ${error.code}` : ''}`
      const detail = `${where}\n${error.message}`
      if (error.kind === 'network') return { message: m.errorNetwork, detail }
      if (error.kind === 'malformed') return { message: m.errorMalformed, detail }
      const status = error.status ?? 0
      const message = status >= 500 ? m.errorServer : status === 404 ? m.errorNotFound : status >= 400 ? m.errorRefused : m.errorUnknown
      return { message, detail }
    }
    return { message: m.errorUnknown, detail: error instanceof Error && error.message ? error.message : null }
  }
}

/** The technical detail of an error, folded away until asked for. */
export function ErrorDetails({ detail }: { detail: string | null }) {
  const m = useMessages(commonMessages)
  if (!detail) return null
  return (
    <details className="error-more">
      <summary>{m.errorDetails}</summary>
      <pre className="error-detail">{detail}</pre>
    </details>
  )
}

export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const m = useMessages(commonMessages)
  const { message, detail } = useErrorMessage()(error)
  return (
    <div className="widget-error" role="alert">
      <p className="widget-error__title">{title ?? m.errorTitle}</p>
      <p className="widget-error__detail">{message}</p>
      <div className="widget-error__actions">
        {onRetry && (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {m.retry}
          </button>
        )}
        <ErrorDetails detail={detail} />
      </div>
    </div>
  )
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <output className="widget-empty">{children}</output>
  )
}
