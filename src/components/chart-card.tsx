/**
 * The frame of every chart: a titled section with a chart/table switch, so each chart has a
 * table view with the same numbers. The table is the accessible alternative; the chart area
 * carries an accessible name.
 *
 * With `download`, the card offers the chart as PNG and SVG (title, filter caption, unit of
 * measure and source drawn in) and its table view as CSV. Printed, a card whose chart does not
 * read on paper (`printTable`) shows its table instead.
 */
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import { Card } from './card'
import { ChartDownloadMenu, type ChartDownloadFormat } from './chart-export/chart-download-menu'
import { commonMessages } from '../lib/i18n/common-messages'
import { useLang, useMessages } from '../lib/i18n/i18n'
import { usePrinting } from './use-printing'

/** What a chart's downloads say about the view they came from (see `useChartExport`). */
export interface ChartExportSpec {
  /** File name without extension: "tin-bai_toan-quoc_2026-01_2026-10". */
  filename: string
  /** The filters in words: "Toàn quốc · Lũy kế 10 tháng năm 2026 · Sau sắp xếp (34) · Tin, bài". */
  caption: string
  /** "Đơn vị tính: tin, bài". */
  unitOfMeasure?: string | undefined
  /** "Nguồn: …, truy xuất ngày …". */
  source: string
}

export interface ChartCardProps {
  title: string
  subtitle?: ReactNode
  /** Controls shown in the header (a metric switch, "show all"…). */
  actions?: ReactNode
  /** The chart; omitted while loading or on error (then `state` is shown). */
  chart?: ReactNode
  /** The same numbers as a table. */
  table?: ReactNode
  /** Loading, error or empty state, shown instead of chart and table. */
  state?: ReactNode
  /** Notes under the chart or table (what is left out, how many are shown). */
  footer?: ReactNode
  className?: string
  /** Offers the chart as PNG/SVG and the table as CSV. */
  download?: ChartExportSpec
  /** Printed, show the table instead of the chart (a chart that does not read on paper). */
  printTable?: boolean
}

export function ChartCard({ title, subtitle, actions, chart, table, state, footer, className, download, printTable }: ChartCardProps) {
  const m = useMessages(commonMessages)
  const { lang } = useLang()
  const printing = usePrinting()
  const [view, setView] = useState<'chart' | 'table'>('chart')
  const body = useRef<HTMLDivElement>(null)
  const offscreenTable = useRef<HTMLDivElement>(null)
  // A CSV asked for in chart view: the table is drawn (hidden) for one render, then read.
  const [csvRequest, setCsvRequest] = useState<{ resolve: () => void; reject: (e: unknown) => void } | null>(null)

  const shown = printing && printTable && table ? 'table' : view === 'chart' && chart ? 'chart' : 'table'

  useEffect(() => {
    if (!csvRequest || !download) return
    const container = offscreenTable.current
    void import('./chart-export/chart-image')
      .then((mod) => {
        if (!container) throw new Error('The table view is not drawn.')
        mod.downloadTableCsv(container, download.filename, lang)
        csvRequest.resolve()
      })
      .catch(csvRequest.reject)
      .finally(() => setCsvRequest(null))
  }, [csvRequest, download, lang])

  const onDownload = useCallback(
    async (format: ChartDownloadFormat): Promise<string> => {
      if (!download) throw new Error('Nothing to download.')
      if (format === 'csv') {
        if (shown === 'table' && body.current?.querySelector('table')) {
          const mod = await import('./chart-export/chart-image')
          mod.downloadTableCsv(body.current, download.filename, lang)
        } else {
          await new Promise<void>((resolve, reject) => setCsvRequest({ resolve, reject }))
        }
        return `${download.filename}.csv`
      }
      const area = body.current
      if (!area) throw new Error('The chart is not drawn.')
      const mod = await import('./chart-export/chart-image')
      const text = { title, caption: download.caption, unitOfMeasure: download.unitOfMeasure, source: download.source }
      await mod.downloadChartImage(area, text, download.filename, format)
      return `${download.filename}.${format}`
    },
    [download, lang, shown, title],
  )

  return (
    <Card
      title={title}
      subtitle={subtitle}
      className={`chart-card ${className ?? ''}`}
      actions={
        <>
          {actions}
          {/* Before the view switch, which stays the last control before the chart (the tile map is the next Tab stop). */}
          {!state && download && (chart || table) && <ChartDownloadMenu title={title} onDownload={onDownload} />}
          {!state && table && chart && (
            <button
              type="button"
              className="button button--ghost"
              aria-pressed={view === 'table'}
              onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
            >
              {view === 'chart' ? m.showTable : m.showChart}
            </button>
          )}
        </>
      }
    >
      <div className="card__body" ref={body}>
        {state ?? (shown === 'chart' ? chart : table)}
      </div>
      {csvRequest && (
        <div hidden ref={offscreenTable}>
          {table}
        </div>
      )}
      {footer && <div className="card__footer">{footer}</div>}
    </Card>
  )
}
