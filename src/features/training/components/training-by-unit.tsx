/** Courses and trainees by unit, highest first (the top 40 until "show all"), with a table view that ranks every unit. */
import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { ChartCard } from '../../../components/chart-card'
import { BarChart } from '../../../components/charts/lazy-charts'
import { CATEGORICAL, CURRENT_COLOR } from '../../../components/charts/palette'
import { DataTable, type DataTableColumn } from '../../../components/data-table'
import { filterSearch } from '../../../filters/filters'
import { useFilters } from '../../../filters/filters-provider'
import { formatNumber } from '../../../lib/format'
import { commonMessages } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import type { OrgUnit } from '../../../lib/api/schemas'
import { needsEra, unitLabel } from '../../../lib/units'
import { useTrainingStats } from '../api/use-training-data'
import { sumRows, unitRows, unitsInScope } from '../lib/chart-data'
import type { Measure } from '../lib/training-params'
import { describeScope } from '../lib/scope'
import { measureColumns, TotalRow, useMeasureLabels, useWidgetState } from './training-chart-parts'
import { trainingMessages } from './training-messages'
import { useNarrow } from '../../../components/use-narrow'
import { useChartExport } from '../../../filters/use-chart-export'

/** Bars shown before "show all" in the ranking by unit. */
const UNIT_CHART_LIMIT = 40

/** The national level's bar: a colour of its own (its label says it too). */
const NATIONAL_COLOR = CATEGORICAL[1]

/** A unit's name linking to its page, keeping the filters; the national level in bold. */
function unitLink(unit: OrgUnit, label: string, search: string): ReactNode {
  return (
    <Link to={{ pathname: `/units/${unit.id}`, search }} className={unit.era === 'national' ? 'training-national' : undefined}>
      {label}
    </Link>
  )
}

export function TrainingByUnit({ measure }: { measure: Measure }) {
  const { lang } = useLang()
  const m = useMessages(trainingMessages)
  const c = useMessages(commonMessages)
  const { filters, units, unitsById } = useFilters()
  const labels = useMeasureLabels()
  const stats = useTrainingStats(filters, 'unit')
  const scope = describeScope(filters, unitsById, lang)
  const inScope = unitsInScope(units, filters.units, filters, filters.boundary)
  // No course anywhere in the scope: the one empty state, not an empty chart with a label per unit.
  const state = useWidgetState(stats, (s) => inScope.length === 0 || (s.courses?.total ?? 0) === 0, m.byUnit)
  const withEra = needsEra(filters.boundary)
  const search = filterSearch(filters)

  const [showAll, setShowAll] = useState(false)
  const narrow = useNarrow()
  // On a phone, long names with their era wrap onto two lines: narrower labels, taller rows.
  const labelWidth = withEra && !narrow ? 220 : 150
  const rowHeight = withEra && narrow ? 34 : 22

  const rows = stats.courses && stats.trainees ? unitRows(stats.courses, stats.trainees, inScope, unitsById, measure) : []
  // A long ranking (the 98 units of 2025 as reported) shows its top first; the table and the
  // "no training" list carry every unit.
  const truncated = rows.length > UNIT_CHART_LIMIT && !showAll
  const chartRows = (truncated ? rows.slice(0, UNIT_CHART_LIMIT) : rows).map((r) => ({
    id: r.unit.id,
    label: unitLabel(r.unit, lang, withEra),
    courses: r.courses,
    trainees: r.trainees,
  }))
  const columns: DataTableColumn<(typeof rows)[number]>[] = [
    // Equal figures share a rank (1, 2, 3, 3, 5): the order among them is only alphabetical.
    { key: 'rank', header: m.rank, numeric: true, cell: (r) => formatNumber(rows.findIndex((o) => o[measure] === r[measure]) + 1, lang) },
    {
      key: 'unit',
      header: m.unit,
      rowHeader: true,
      cell: (r) => unitLink(r.unit, unitLabel(r.unit, lang, withEra), search),
    },
    ...measureColumns<(typeof rows)[number]>(lang, m),
  ]
  const download = useChartExport(m.fileSubject(labels[measure], 'unit'), measure === 'courses' ? 'trainings' : 'trainees')
  return (
    <ChartCard
      title={m.byUnit}
      download={download}
      printTable
      subtitle={
        <>
          {m.byUnitSubtitle(labels[measure], chartRows.length, rows.length)}
          {inScope.some((u) => u.era === 'national') && (
            <>
              <br />
              {m.nationalNote}
            </>
          )}
        </>
      }
      state={state}
      className="training-by-unit"
      actions={
        rows.length > UNIT_CHART_LIMIT && (
          <button type="button" className="button button--secondary" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? m.showTop(UNIT_CHART_LIMIT) : m.showAllUnits(rows.length)}
          </button>
        )
      }
      chart={
        <BarChart
          data={chartRows}
          categoryWidth={labelWidth}
          xKey="label"
          layout="vertical"
          height={Math.max(160, chartRows.length * rowHeight + 48)}
          series={[{ key: measure, label: labels[measure], color: CURRENT_COLOR }]}
          colorOf={(r) => (r.id === 'tw' ? NATIONAL_COLOR : undefined)}
          ariaLabel={m.chartAria(m.byUnit, labels[measure], scope)}
          formatValue={(v) => formatNumber(v, lang)}
        />
      }
      table={
        <DataTable
          caption={`${m.byUnit} — ${scope}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.unit.id}
          footer={<TotalRow label={c.total} total={sumRows(rows)} lang={lang} extra={1} />}
        />
      }
    />
  )
}
