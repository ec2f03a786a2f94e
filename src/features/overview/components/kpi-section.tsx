/**
 * The headline figures: one card per metric, against the same period last year. Uses only
 * `/summary` and plain HTML, so it renders before the chart library has loaded.
 */
import { useEffect, useId } from 'react'
import { useComparisonText } from '../../../components/comparison-note'
import { KpiCard } from '../../../components/kpi-card'
import { LazyPlanProgress } from '../../../components/plan-progress/lazy-plan-progress'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { planProgressParams, summaryParams } from '../../../filters/api-params'
import { useSummary } from '../../../lib/api/queries'
import { METRICS } from '../../../lib/api/contract'
import { comparisonOf } from '../../../lib/comparison'
import { comparisonMessages } from '../../../lib/i18n/comparison-messages'
import { metricLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { KPIS_VISIBLE_MARK, markOnce } from '../lib/perf-marks'
import { overviewMessages } from './overview-messages'
import type { OverviewScope } from './use-overview-scope'

export function KpiSection({ scope }: { scope: OverviewScope }) {
  const { lang } = useLang()
  const m = useMessages(overviewMessages)
  const headingId = useId()
  const cm = useMessages(comparisonMessages)
  const comparisonText = useComparisonText()
  const summary = useSummary(summaryParams(scope.filters))
  const comparison = summary.data ? comparisonOf(summary.data) : null
  const noComparison = comparison?.kind === 'before-data' ? cm.noComparisonShort : undefined
  // "% kế hoạch" asks after the figures, in a query of its own, so the cards never wait for it.
  const planParams = planProgressParams(scope.filters)

  useEffect(() => {
    if (summary.data) markOnce(KPIS_VISIBLE_MARK)
  }, [summary.data])

  let body
  if (summary.isPending) {
    // One placeholder per card, in the cards' grid, so nothing moves when the figures arrive.
    body = (
      <div className="kpi-grid">
        {METRICS.map((metric) => (
          <Skeleton key={metric} height={118} label={metricLabels[lang][metric]} />
        ))}
      </div>
    )
  } else if (summary.isError) {
    body = <ErrorState error={summary.error} title={m.kpisError} onRetry={() => void summary.refetch()} />
  } else if (scope.coverage === 'none') {
    body = <EmptyState>{scope.emptyText(null)}</EmptyState>
  } else if (summary.data.metrics.every((x) => x.value === 0 && !x.previous)) {
    body = <EmptyState>{scope.emptyText(null)}</EmptyState>
  } else {
    body = (
      <div className="kpi-grid">
        {summary.data.metrics.map((x) => (
          <KpiCard
            key={x.metric}
            label={metricLabels[lang][x.metric]}
            value={x.value}
            previous={x.previous}
            noComparison={noComparison}
            footer={<LazyPlanProgress params={planParams} metric={x.metric} />}
          />
        ))}
      </div>
    )
  }

  return (
    <section className="overview-kpis" aria-labelledby={headingId} aria-busy={summary.isFetching}>
      <h2 id={headingId} className="visually-hidden">
        {m.kpisTitle}
      </h2>
      {body}
      {/* Which months the changes compare, from the answer (like for like), or why there is none. */}
      <p className="overview-kpis__note">{(summary.data && comparison && comparisonText(comparison, summary.data.coverage)) || '\u00a0'}</p>
    </section>
  )
}
