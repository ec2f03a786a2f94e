/**
 * What the training chart cards share: the state to show instead of a chart (no data for the
 * range, error, loading, nothing to draw), the measure labels, the numeric columns and the
 * totals row of their tables.
 */
import type { ReactNode } from 'react'
import type { DataTableColumn } from '../../../components/data-table'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { useFilters } from '../../../filters/filters-provider'
import { formatMonth, formatNumber } from '../../../lib/format'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import type { useTrainingStats } from '../api/use-training-data'
import type { TrainingRow } from '../lib/chart-data'
import type { Measure } from '../lib/training-params'
import { rangeCoverage } from '../../../filters/coverage'
import { describeScope } from '../lib/scope'
import { trainingMessages } from './training-messages'

export type Stats = ReturnType<typeof useTrainingStats>

/** The state to show instead of the chart, or undefined when there is something to draw. */
export function useWidgetState(stats: Stats, isEmpty: (s: Stats) => boolean, title: string): ReactNode | undefined {
  const { lang } = useLang()
  const m = useMessages(trainingMessages)
  const { filters, unitsById, coverage } = useFilters()
  const scope = describeScope(filters, unitsById, lang)
  if (rangeCoverage(filters, coverage) === 'none') {
    return <EmptyState>{m.noData(scope, formatMonth(coverage.from, lang), formatMonth(coverage.to, lang))}</EmptyState>
  }
  if (stats.error) return <ErrorState error={stats.error} title={`${m.chartError}: ${title}`} onRetry={stats.retry} />
  if (stats.isPending || !stats.courses || !stats.trainees) return <Skeleton height={300} />
  if (isEmpty(stats)) return <EmptyState>{m.noCoursesIn(scope)}</EmptyState>
  return undefined
}

export function useMeasureLabels() {
  const m = useMessages(trainingMessages)
  return { courses: m.courses, trainees: m.trainees } satisfies Record<Measure, string>
}

/** The three numeric columns every breakdown table carries. */
export function measureColumns<R extends TrainingRow | { courses: number | null; trainees: number | null; average: number | null }>(
  lang: 'vi' | 'en',
  m: (typeof trainingMessages)['vi'],
): DataTableColumn<R>[] {
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, lang))
  return [
    { key: 'courses', header: m.courses, numeric: true, cell: (r) => n(r.courses) },
    { key: 'trainees', header: m.trainees, numeric: true, cell: (r) => n(r.trainees) },
    { key: 'average', header: m.average, numeric: true, cell: (r) => (r.average === null ? '—' : formatNumber(r.average, lang, 1)) },
  ]
}

export function TotalRow({ label, total, lang, extra = 0, after }: { label: string; total: TrainingRow; lang: 'vi' | 'en'; extra?: number; after?: ReactNode }) {
  return (
    <tr>
      <th scope="row" colSpan={1 + extra}>
        {label}
      </th>
      <td className="num">{formatNumber(total.courses, lang)}</td>
      <td className="num">{formatNumber(total.trainees, lang)}</td>
      <td className="num">{total.average === null ? '—' : formatNumber(total.average, lang, 1)}</td>
      {after}
    </tr>
  )
}

