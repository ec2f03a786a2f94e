/**
 * Export of every record matching a query (not just the page on screen) as CSV.
 *
 * The records are fetched page by page (`MAX_PAGE_SIZE` at a time) and each page is turned into
 * CSV text at once, so only one page of objects is alive at a time; the file is assembled as a
 * Blob from the text chunks. Between pages the work yields to the event loop, so the page stays
 * responsive (progress repaints, Cancel works) even for the whole data set.
 */
import { getActivities } from './api/queries'
import { MAX_PAGE_SIZE } from './api/contract'
import type { ActivitiesParams, Activity, OrgUnit, UnitId } from './api/schemas'
import { csvBlob, csvHeader, csvRow, type CsvCell } from './csv'
import { categoryLabels, formatLabels, metricLabels, recipientLabels } from './i18n/common-messages'
import { defineMessages, type Lang } from './i18n/i18n'
import { unitLabel } from './units'

const headerMessages = defineMessages({
  vi: {
    date: 'Ngày',
    unit: 'Đơn vị',
    unitId: 'Mã đơn vị',
    kind: 'Loại hoạt động',
    category: 'Phân loại',
    title: 'Nội dung',
    quantity: 'Số lượng',
    participants: 'Số người tham dự / học viên',
    format: 'Hình thức',
    recipient: 'Đối tượng khen thưởng',
    source: 'Nguồn',
    sourceUrl: 'Đường dẫn nguồn',
  },
  en: {
    date: 'Date',
    unit: 'Unit',
    unitId: 'Unit id',
    kind: 'Type of activity',
    category: 'Category',
    title: 'Title',
    quantity: 'Quantity',
    participants: 'Participants / trainees',
    format: 'Format',
    recipient: 'Award recipient',
    source: 'Source',
    sourceUrl: 'Source link',
  },
})

/** The CSV columns of a record: header in the language, and the cell of a record. */
export interface ActivityCsvColumn {
  header: string
  cell: (activity: Activity) => CsvCell
}

/**
 * The columns of the activities CSV in a language. Dates stay ISO (`2019-12-30`), numbers
 * plain; labels (unit, category, format) are in the language, the unit id is kept alongside
 * so rows can be matched to other data without relying on names.
 */
export function activityCsvColumns(lang: Lang, unitsById: ReadonlyMap<UnitId, OrgUnit>): ActivityCsvColumn[] {
  const h = headerMessages[lang]
  const categories = categoryLabels[lang] as Record<string, string>
  return [
    { header: h.date, cell: (a) => a.date },
    { header: h.unit, cell: (a) => { const u = unitsById.get(a.unit); return u ? unitLabel(u, lang, true) : a.unit } },
    { header: h.unitId, cell: (a) => a.unit },
    { header: h.kind, cell: (a) => metricLabels[lang][a.kind] },
    { header: h.category, cell: (a) => categories[a.category] ?? a.category },
    { header: h.title, cell: (a) => a.title },
    { header: h.quantity, cell: (a) => a.quantity },
    { header: h.participants, cell: (a) => a.participants },
    { header: h.format, cell: (a) => (a.format ? formatLabels[lang][a.format] : null) },
    { header: h.recipient, cell: (a) => (a.recipient ? recipientLabels[lang][a.recipient] : null) },
    { header: h.source, cell: (a) => a.source?.title ?? null },
    { header: h.sourceUrl, cell: (a) => a.source?.url ?? null },
  ]
}

/** How far an export has got: records written so far out of the total the API announced. */
export interface ExportProgress {
  done: number
  total: number
}

export interface ExportActivitiesOptions {
  /** The filters, search and sort of the list; `page` and `pageSize` are ignored. */
  params: ActivitiesParams
  lang: Lang
  /** Every unit (former, current, national) by id, for the unit names. */
  unitsById: ReadonlyMap<UnitId, OrgUnit>
  /** Cancels the export: the current request is aborted and the promise rejects with an AbortError. */
  signal?: AbortSignal
  onProgress?: (progress: ExportProgress) => void
  /** Records per request; at most `MAX_PAGE_SIZE` (the API's limit). */
  pageSize?: number
  /** Fetches one page; by default `GET /activities` through the app's client. For tests and benchmarks. */
  fetchPage?: (params: ActivitiesParams, signal?: AbortSignal) => Promise<{ items: Activity[]; total: number; pageCount: number }>
}

export interface ActivitiesCsv {
  blob: Blob
  /** Data rows written (the header not counted); always equals the API's total. */
  rows: number
}

/** Thrown when the data changed while the pages were being fetched, so the file would be inconsistent. */
export class ExportChangedError extends Error {
  constructor(readonly before: number, readonly after: number) {
    super(`The number of records changed during the export (${before} → ${after}).`)
    this.name = 'ExportChangedError'
  }
}

/** Lets the browser paint and handle input between chunks. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function abortError(): Error {
  return new DOMException('The export was cancelled.', 'AbortError')
}

const defaultFetchPage: NonNullable<ExportActivitiesOptions['fetchPage']> = (params, signal) => getActivities(params, signal)

/**
 * Builds the CSV of every record matching `params` (in the list's sort order), fetching
 * `pageSize` records at a time. The row count always equals the total the API reported for the
 * query: if the total changes between pages, it fails with `ExportChangedError` rather than
 * produce a file with missing or repeated rows.
 */
export async function buildActivitiesCsv(options: ExportActivitiesOptions): Promise<ActivitiesCsv> {
  const { params, lang, unitsById, signal, onProgress } = options
  const pageSize = Math.min(Math.max(1, Math.floor(options.pageSize ?? MAX_PAGE_SIZE)), MAX_PAGE_SIZE)
  const fetchPage = options.fetchPage ?? defaultFetchPage
  const columns = activityCsvColumns(lang, unitsById)
  const parts: string[] = [csvHeader(columns.map((c) => c.header))]
  const cells: CsvCell[] = Array.from({ length: columns.length })

  let rows = 0
  let total = 0
  let pageCount = 1
  for (let page = 1; page <= pageCount; page++) {
    if (signal?.aborted) throw abortError()
    const { page: _ignoredPage, pageSize: _ignoredSize, ...filters } = params
    const response = await fetchPage({ ...filters, page, pageSize }, signal)
    if (page === 1) {
      total = response.total
      pageCount = Math.max(1, response.pageCount)
    } else if (response.total !== total) {
      throw new ExportChangedError(total, response.total)
    }
    let chunk = ''
    for (const activity of response.items) {
      for (let i = 0; i < columns.length; i++) cells[i] = (columns[i] as ActivityCsvColumn).cell(activity)
      chunk += csvRow(cells)
    }
    parts.push(chunk)
    rows += response.items.length
    onProgress?.({ done: rows, total })
    if (page < pageCount) await yieldToEventLoop()
  }
  if (rows !== total) throw new ExportChangedError(total, rows)
  return { blob: csvBlob(parts), rows }
}
