import { Component, type ReactNode } from 'react'
import { ErrorDetails } from '../components/widget-state'
import { useMessages } from '../lib/i18n/i18n'
import { shellMessages } from './shell-messages'

/** Last line of defence: a render error shows a message with a way back, not a blank page. */
export function RouteErrorPage({ error }: { error: unknown }) {
  const m = useMessages(shellMessages)
  return (
    <section className="card not-found" role="alert">
      <h1>{m.routeErrorTitle}</h1>
      <p>{m.routeErrorBody}</p>
      <ErrorDetails detail={error instanceof Error ? error.message : null} />
      <a className="button" href="/">
        {m.navOverview}
      </a>
    </section>
  )
}

/** Catches a screen's render errors; `resetKey` (the path) clears it on navigation. */
export class ScreenErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey }
  }

  override render() {
    return this.state.error !== null ? <RouteErrorPage error={this.state.error} /> : this.props.children
  }
}
