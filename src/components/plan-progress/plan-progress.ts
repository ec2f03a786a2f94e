/**
 * "% kế hoạch" as text, from `GET /plan-progress`: a percentage only against an approved plan
 * (a total only when every unit in scope has one), otherwise how many units lack one. Pure.
 */
import type { PlanProgressMetric, PlanProgressResponse } from '../../lib/api/reports'
import type { Metric, UnitId } from '../../lib/api/schemas'
import { formatNumber } from '../../lib/format'
import type { Lang } from '../../lib/i18n/i18n'
import { planProgressMessages } from './plan-progress-messages'

/** "45,2%" / "45.2%": one decimal, no sign. */
export function formatPlanPercent(percent: number, lang: Lang): string {
  return `${formatNumber(percent, lang, 1)}%`
}

/**
 * The line under a KPI card for `metric` over the whole scope of `progress`; null when no unit
 * in scope makes that year's plans (the central level; a current unit in a year before 2025).
 */
export function planProgressLine(progress: PlanProgressResponse, metric: Metric, lang: Lang): string | null {
  const m = planProgressMessages[lang]
  const total = progress.total.find((x) => x.metric === metric)
  const scope = progress.units.length
  if (scope === 0) return null
  if (total && total.target !== null && total.percentOfPlan !== null) {
    return m.percent(formatPlanPercent(total.percentOfPlan, lang), formatNumber(total.value, lang), formatNumber(total.target, lang))
  }
  const missing = progress.unitsWithoutPlan.length
  if (missing > 0) return scope === 1 ? m.noPlanOne : m.noPlanSome(formatNumber(missing, lang), formatNumber(scope, lang))
  return m.zeroTarget
}

/** One unit's metric, or undefined when the unit is not among those that make the year's plans. */
export function unitPlanMetric(progress: PlanProgressResponse, unit: UnitId, metric: Metric): PlanProgressMetric | undefined {
  return progress.units.find((u) => u.unit === unit)?.metrics.find((x) => x.metric === metric)
}
