/**
 * The KPI cards' "% kế hoạch" line, loaded on demand: the Overview's cards are on the first
 * render's path and must not wait for the plans' code or data. Reserves its line while loading.
 */
import { lazy, Suspense } from 'react'
import type { PlanProgressParams } from '../../lib/api/report-queries'
import type { Metric } from '../../lib/api/schemas'

const Footer = lazy(() => import('./plan-progress-footer').then((m) => ({ default: m.PlanProgressFooter })))

/** Nothing when `params` is null (the range spans two years: no plan to compare with). */
export function LazyPlanProgress({ params, metric }: { params: PlanProgressParams | null; metric: Metric }) {
  if (!params) return null
  return (
    <Suspense fallback={<p className="kpi-card__plan">{'\u00a0'}</p>}>
      <Footer params={params} metric={metric} />
    </Suspense>
  )
}
