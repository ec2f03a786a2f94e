/**
 * Exports every record matching a query (all pages, not only the one on screen) as CSV, with
 * headers and labels in the current language. The same code serves the activities explorer and
 * the training screen's course list.
 */
import type { ActivitiesParams } from '../../lib/api/schemas'
import { csvFilename } from '../../lib/csv'
import { buildActivitiesCsv } from '../../lib/export-activities'
import { useLang } from '../../lib/i18n/i18n'
import { useFilters } from '../../filters/filters-provider'
import { ExportCsvButton } from '../../components/export-csv-button'

export interface ActivitiesExportButtonProps {
  /** The list's query: filters, search and sort (page and page size are ignored: everything is exported). */
  params: ActivitiesParams
  /** File name without extension, e.g. "hoat-dong_2024-01_2024-12"; diacritics are removed. */
  filename: string
  /** Button text; "Xuất CSV" / "Export CSV" by default. */
  label?: string
}

export function ActivitiesExportButton({ params, filename, label }: ActivitiesExportButtonProps) {
  const { lang } = useLang()
  // Every unit, former and current, as the filter bar loaded them (no second lookup table).
  const { unitsById } = useFilters()
  return (
    <ExportCsvButton
      {...(label ? { label } : {})}
      build={async ({ signal, onProgress }) => {
        const { blob, rows } = await buildActivitiesCsv({ params, lang, unitsById, signal, onProgress })
        return { filename: csvFilename(filename), content: blob, rows }
      }}
    />
  )
}
