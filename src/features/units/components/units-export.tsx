/** "Export CSV" of the units table as shown (rows, order, totals), headers in the user's language. */
import { ExportCsvButton } from '../../../components/export-csv-button'
import type { Boundary, Metric } from '../../../lib/api/schemas'
import { toCsv } from '../../../lib/csv'
import { metricLabels } from '../../../lib/i18n/common-messages'
import { defineMessages, useLang, useMessages } from '../../../lib/i18n/i18n'
import { unitsTableCsv, type PlanColumns, type UnitRow } from '../lib/units-table'
import type { MonthRange } from '../lib/unit-range'
import type { TotalsLine } from './units-table'

const messages = defineMessages({
  vi: {
    unit: 'Đơn vị',
    id: 'Mã đơn vị',
    value: (metric: string) => `${metric}`,
    previous: (metric: string) => `${metric} - cùng kỳ năm trước`,
    change: (metric: string) => `${metric} - thay đổi (%)`,
    rank: (metric: string) => `${metric} - hạng`,
    plan: (metric: string) => `${metric} - % kế hoạch năm`,
    label: 'Xuất CSV',
    file: (from: string, to: string, boundary: string) => `don-vi_${from}_${to}_${boundary === 'current' ? 'dia-gioi-hien-nay' : 'theo-bao-cao'}`,
  },
  en: {
    unit: 'Unit',
    id: 'Unit id',
    value: (metric: string) => `${metric}`,
    previous: (metric: string) => `${metric} - same period last year`,
    change: (metric: string) => `${metric} - change (%)`,
    rank: (metric: string) => `${metric} - rank`,
    plan: (metric: string) => `${metric} - % of annual plan`,
    label: 'Export CSV',
    file: (from: string, to: string, boundary: string) => `units_${from}_${to}_${boundary === 'current' ? 'current-boundaries' : 'as-reported'}`,
  },
})

export function UnitsExport({
  rows,
  footer,
  labelOf,
  range,
  boundary,
  planPercent,
}: {
  rows: UnitRow[]
  footer: TotalsLine[]
  labelOf: (row: UnitRow) => string
  range: MonthRange
  boundary: Boundary
  /** Each unit's % of plan, when the table shows that column (the range lies in one year). */
  planPercent?: PlanColumns['percent'] | undefined
}) {
  const { lang } = useLang()
  const m = useMessages(messages)
  const name = (metric: Metric) => metricLabels[lang][metric]
  const build = async () => {
    const csv = unitsTableCsv(rows, footer, labelOf, {
      unit: m.unit,
      id: m.id,
      value: (metric) => m.value(name(metric)),
      previous: (metric) => m.previous(name(metric)),
      changePercent: (metric) => m.change(name(metric)),
      rank: (metric) => m.rank(name(metric)),
    }, planPercent && { label: (metric) => m.plan(name(metric)), percent: planPercent })
    return { filename: m.file(range.from, range.to, boundary), content: toCsv(csv.headers, csv.rows), rows: csv.rows.length }
  }
  return <ExportCsvButton build={build} label={m.label} disabled={rows.length === 0} />
}
