import { useFilters } from '../../../filters/filters-provider'
import { MEASURES, type Measure } from '../lib/chart-data'

/**
 * What the charts show, in the URL as `view` (`trainees`; courses, the default, is left out).
 * An unknown value falls back to courses and is reported by the page.
 */
export function useMeasureParam(): { measure: Measure; setMeasure: (m: Measure) => void; invalid: string | null } {
  const { searchParams, update } = useFilters()
  const raw = searchParams.get('view')
  const valid = raw !== null && (MEASURES as readonly string[]).includes(raw)
  return {
    measure: valid ? (raw as Measure) : 'courses',
    setMeasure: (next) => update({ params: { view: next === 'courses' ? null : next } }),
    invalid: raw !== null && !valid ? raw : null,
  }
}
