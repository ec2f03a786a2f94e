/**
 * The completeness screen as data: each status's colour and symbol, sorting the table, the
 * overdue list and the CSV rows. Pure functions; the components only draw.
 */
import type { CompletenessEntry, CompletenessStatus } from '../../../lib/api/reports'
import type { CsvCell } from '../../../lib/csv'
import type { CompletenessSort } from './completeness-params'

/**
 * Each status's look: Okabe–Ito colours (colour-blind-safe) and a symbol, so a tile never
 * speaks by colour alone; `text` is the tile's text colour (contrast ≥ 4.5:1 on `color`).
 * Worst first, the order of the legend and of a sort by status.
 */
export const STATUS_STYLE: Record<CompletenessStatus, { color: string; text: string; symbol: string }> = {
  'not-started': { color: '#ffffff', text: '#1f2933', symbol: '○' },
  draft: { color: '#E69F00', text: '#000000', symbol: '✎' },
  returned: { color: '#CC79A7', text: '#000000', symbol: '↩' },
  'submitted-late': { color: '#56B4E9', text: '#000000', symbol: '◔' },
  'submitted-on-time': { color: '#0072B2', text: '#ffffff', symbol: '●' },
  approved: { color: '#009E73', text: '#000000', symbol: '✓' },
}
export const STATUS_ORDER: readonly CompletenessStatus[] = ['not-started', 'draft', 'returned', 'submitted-late', 'submitted-on-time', 'approved']

/** The value a column sorts by; null sorts last in either direction. */
function sortValue(entry: CompletenessEntry, key: CompletenessSort['key']): number | string | null {
  switch (key) {
    case 'unit':
      return null
    case 'status':
      return STATUS_ORDER.indexOf(entry.status)
    case 'submitted':
      return entry.submittedAt
    case 'on-time':
      return entry.onTime === null ? null : entry.onTime ? 1 : 0
    case 'approved':
      return entry.approvedAt
    case 'overdue':
      return entry.overdue ? 1 : 0
  }
}

/**
 * The table's rows in the chosen order (null: the units' order as the API gives them). Ties,
 * and the unit column, go by name in the UI's collation.
 */
export function sortEntries(
  entries: readonly CompletenessEntry[],
  sort: CompletenessSort | null,
  nameOf: (entry: CompletenessEntry) => string,
  locale: string,
): CompletenessEntry[] {
  if (sort === null) return [...entries]
  const collator = new Intl.Collator(locale)
  const byName = (a: CompletenessEntry, b: CompletenessEntry) => collator.compare(nameOf(a), nameOf(b)) || a.unit.localeCompare(b.unit)
  const sign = sort.direction === 'asc' ? 1 : -1
  return entries.toSorted((a, b) => {
    if (sort.key === 'unit') return sign * byName(a, b)
    const va = sortValue(a, sort.key)
    const vb = sortValue(b, sort.key)
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb))
    return sign * order || byName(a, b)
  })
}

const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
/** Whole days from the deadline to `today` (both `YYYY-MM-DD`): how late an overdue report is. */
export function daysPast(deadline: string, today: string): number {
  return Math.max(0, Math.round((dayOf(today) - dayOf(deadline)) / 86_400_000))
}

export interface CompletenessCsvLabels {
  headers: readonly string[]
  status: (status: CompletenessStatus) => string
  yes: string
  no: string
}

/**
 * The CSV of the table as shown (its rows, in its order): timestamps as ISO 8601, yes/no in
 * words, the unit's name and id.
 */
export function completenessCsvRows(
  entries: readonly CompletenessEntry[],
  nameOf: (entry: CompletenessEntry) => string,
  labels: CompletenessCsvLabels,
): CsvCell[][] {
  return entries.map((e) => [
    e.unit,
    nameOf(e),
    labels.status(e.status),
    e.submittedAt,
    e.onTime === null ? null : e.onTime ? labels.yes : labels.no,
    e.approvedAt,
    e.overdue ? labels.yes : labels.no,
    e.reportId,
  ])
}
