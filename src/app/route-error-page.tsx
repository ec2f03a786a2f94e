import { useRouteError } from 'react-router'
import { useMessages } from '../lib/i18n/i18n'
import { shellMessages } from './shell-messages'

/** Last line of defence: a render error shows a message with a way back, not a blank page. */
export function RouteErrorPage() {
  const m = useMessages(shellMessages)
  const error = useRouteError()
  return (
    <main className="app-main" id="main">
      <section className="card not-found" role="alert">
        <h1>{m.routeErrorTitle}</h1>
        <p>{m.routeErrorBody}</p>
        {error instanceof Error && <pre className="error-detail">{error.message}</pre>}
        <a className="button" href="/">
          {m.navOverview}
        </a>
      </section>
    </main>
  )
}
