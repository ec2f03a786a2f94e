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

/** What went wrong, in the user's language, from an ApiError or any other error. */
export function useErrorMessage(): (error: unknown) => string {
  const m = useMessages(commonMessages)
  return (error) => {
    if (error instanceof ApiError) {
      if (error.kind === 'network') return m.errorNetwork
      if (error.kind === 'malformed') return m.errorMalformed(error.message)
      return m.errorHttp(error.status, error.message)
    }
    return error instanceof Error && error.message ? error.message : m.errorUnknown
  }
}

export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const m = useMessages(commonMessages)
  const describe = useErrorMessage()
  return (
    <div className="widget-error" role="alert">
      <p className="widget-error__title">{title ?? m.errorTitle}</p>
      <p className="widget-error__detail">{describe(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {m.retry}
        </button>
      )}
    </div>
  )
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <output className="widget-empty">{children}</output>
  )
}
