import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { commonMessages } from '../lib/i18n/common-messages'
import { useMessages } from '../lib/i18n/i18n'

/**
 * The not-found content: for unknown routes, and for screens whose resource (e.g. a unit)
 * does not exist. `back` replaces the default way back (to the Overview).
 */
export function NotFound({ title, body, back }: { title?: string; body?: ReactNode; back?: { to: string; label: string } }) {
  const m = useMessages(commonMessages)
  return (
    <section className="card not-found">
      <h1>{title ?? m.notFoundTitle}</h1>
      <p>{body ?? m.notFoundBody}</p>
      <Link className="button" to={back?.to ?? '/'}>
        {back?.label ?? m.backToOverview}
      </Link>
    </section>
  )
}
