import { Link } from 'react-router'
import { commonMessages } from '../lib/i18n/common-messages'
import { useMessages } from '../lib/i18n/i18n'

/** For unknown routes, and for screens whose resource (e.g. a unit) does not exist. */
export function NotFoundPage({ title, body }: { title?: string; body?: string }) {
  const m = useMessages(commonMessages)
  return (
    <section className="card not-found">
      <h1>{title ?? m.notFoundTitle}</h1>
      <p>{body ?? m.notFoundBody}</p>
      <Link className="button" to="/">
        {m.backToOverview}
      </Link>
    </section>
  )
}
