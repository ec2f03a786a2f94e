/** A titled card section: heading (which names the section), optional subtitle and actions. */
import { useId, type ReactNode } from 'react'

export function Card({
  title,
  subtitle,
  actions,
  actionsClassName = 'card__actions',
  className,
  children,
}: {
  title: ReactNode
  subtitle?: ReactNode
  /** Controls in the header (export, search, a view switch…). */
  actions?: ReactNode
  actionsClassName?: string
  className?: string
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="card__header">
        <div>
          <h2 id={headingId} className="card__title">
            {title}
          </h2>
          {subtitle && <p className="card__subtitle">{subtitle}</p>}
        </div>
        {actions && <div className={actionsClassName}>{actions}</div>}
      </header>
      {children}
    </section>
  )
}
