import { exportCaption, printedLine } from '../filters/export-caption'
import { useFilters } from '../filters/filters-provider'
import { today } from '../lib/clock'
import { commonMessages } from '../lib/i18n/common-messages'
import { useLang, useMessages } from '../lib/i18n/i18n'
import type { FilterBarUse } from './routes'

/**
 * The head of a printed page (hidden on screen): the app, the filters in words and the date
 * printed, above the screen's own title. It follows the URL, so the paper says what it shows.
 */
export function PrintHeader({ pathname, use }: { pathname: string; use: (pathname: string, unitExists: (id: string) => boolean) => FilterBarUse }) {
  const { lang } = useLang()
  const c = useMessages(commonMessages)
  const { filters, unitsById } = useFilters()
  const { show } = use(pathname, (id) => unitsById.has(id))
  // A unit's page is about that unit, whatever units the filter bar holds.
  const pageUnit = /^\/units\/([^/]+)$/.exec(pathname)?.[1]
  const units = pageUnit && unitsById.has(pageUnit) ? [pageUnit] : filters.units
  return (
    <div className="print-header" aria-hidden="true">
      <span className="print-header__brand">
        {c.appName} – {c.appTagline}
      </span>
      <span className="print-header__caption">{show ? exportCaption({ ...filters, units }, { unitsById, lang }) : null}</span>
      <span>{printedLine(today(), lang)}</span>
    </div>
  )
}
