import { METRICS, type Metric } from '../lib/api/schemas'
import { useFilters } from './filters-provider'

function isMetric(value: string | null): value is Metric {
  return value !== null && (METRICS as readonly string[]).includes(value)
}

/**
 * The chosen metric of a screen, in the URL as `metric` (left out when it is the default).
 * An unknown value falls back to the default; the notice reports it.
 */
export function useMetricParam(defaultMetric: Metric = 'articles'): [Metric, (metric: Metric) => void, { invalid: string | null }] {
  const { searchParams, update } = useFilters()
  const raw = searchParams.get('metric')
  const metric = isMetric(raw) ? raw : defaultMetric
  const set = (next: Metric) => update({ params: { metric: next === defaultMetric ? null : next } })
  return [metric, set, { invalid: raw !== null && !isMetric(raw) ? raw : null }]
}
