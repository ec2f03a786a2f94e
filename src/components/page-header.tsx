import { useEffect, useRef, type ReactNode } from 'react'
import { useNavigationType } from 'react-router'
import { PrintButton } from './print-button'

/**
 * The title block of a screen: heading, what it shows, and optional actions. A screen reached
 * by following a link (a drill-down from the map, a table, the navigation) puts focus on its
 * heading, so keyboard and screen-reader users start at the new page, not on the old link's
 * place. A first load and back/forward ("POP") leave focus where the browser puts it.
 */
export function PageHeader({
  title,
  description,
  actions,
  printable = true,
}: {
  title: string
  description?: ReactNode
  actions?: ReactNode
  /** Offers "In / Xuất PDF" (every screen with figures). */
  printable?: boolean
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  const navigation = useNavigationType()
  // Only when the screen mounts: later filter changes are navigations too, but not new pages.
  useEffect(() => {
    if (navigation !== 'POP') heading.current?.focus()
    // oxlint-disable-next-line react/exhaustive-deps
  }, [])
  return (
    <div className="page-header">
      <div>
        <h1 className="page-header__title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {/* A div: a unit's description holds a list, which a paragraph cannot. */}
        {description && <div className="page-header__description">{description}</div>}
      </div>
      {(actions || printable) && (
        <div className="page-header__actions">
          {actions}
          {printable && <PrintButton />}
        </div>
      )}
    </div>
  )
}
