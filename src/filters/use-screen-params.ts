import { useCallback, useMemo } from 'react'
import { useFilters, type UpdateOptions } from './filters-provider'
import type { ScreenParams } from './screen-params'

/**
 * A screen's own URL state and the one way to change it: `set(change)` writes `spec.patch` of
 * the change in one navigation. A function computes the change from the latest URL (which may
 * hold a change not rendered yet), so two quick changes never undo each other.
 */
export function useScreenParams<S>(spec: ScreenParams<S>): [S, (change: Partial<S> | ((current: S) => Partial<S>), options?: UpdateOptions) => void] {
  const { searchParams, update } = useFilters()
  const state = useMemo(() => spec.parse(searchParams).state, [spec, searchParams])
  const set = useCallback(
    (change: Partial<S> | ((current: S) => Partial<S>), options?: UpdateOptions) =>
      update(({ params }) => ({ params: spec.patch(typeof change === 'function' ? change(spec.parse(params).state) : change) }), options),
    [spec, update],
  )
  return [state, set]
}
