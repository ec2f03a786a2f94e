/**
 * "% kế hoạch" under a KPI card: its own query (`/plan-progress`), so the card's figures never
 * wait for it; the cards of one section share the one request. Loaded on demand
 * (`lazy-plan-progress.tsx`), so none of it sits on the first render's path.
 */
import { useQuery } from '@tanstack/react-query'
import { planProgressQueries, type PlanProgressParams } from '../../lib/api/report-queries'
import type { Metric } from '../../lib/api/schemas'
import { useLang, useMessages } from '../../lib/i18n/i18n'
import { planProgressLine } from './plan-progress'
import { planProgressMessages } from './plan-progress-messages'

export function PlanProgressFooter({ params, metric }: { params: PlanProgressParams; metric: Metric }) {
  const { lang } = useLang()
  const m = useMessages(planProgressMessages)
  const query = useQuery(planProgressQueries.detail(params))
  let text
  if (query.isPending) text = m.loading
  else if (query.isError) text = m.error
  else text = planProgressLine(query.data, metric, lang)
  if (text === null) return null
  return (
    <p className="kpi-card__plan" data-plan-state={query.status}>
      {text}
    </p>
  )
}
