/**
 * A screen's own URL parameters (besides the filters), one pattern for every screen: the keys it
 * owns, `parse` (URL → typed state with defaults; every unusable value replaced and reported),
 * and `patch` (a change → the URL values of its keys, null for a default, so it is left out).
 *
 * The route table declares each screen's spec; the filters provider takes its `keys` as the
 * screen's allowed parameters and its issues into the one notice of the layout. Screens read and
 * change their state with `useScreenParams(spec)`.
 */
import { METRICS } from '../lib/api/contract'
import type { Metric } from '../lib/api/schemas'
import { FILTER_PARAMS, repeatedParams, type FilterIssue } from './filters'

export interface ScreenParams<S> {
  /** The URL parameters the screen owns. */
  keys: readonly string[]
  /** The state the URL holds, with defaults; what could not be used, for the notice. */
  parse: (params: URLSearchParams) => { state: S; issues: FilterIssue[] }
  /** The URL values of a change: only keys of `change` are written; null removes one (its default). */
  patch: (change: Partial<S>) => Record<string, string | null>
}

/** A screen without parameters of its own. */
export const NO_SCREEN_PARAMS: ScreenParams<Record<string, never>> = {
  keys: [],
  parse: () => ({ state: {}, issues: [] }),
  patch: () => ({}),
}

/** Two sets of parameters as one (their keys must not overlap). */
export function combineScreenParams<A, B>(a: ScreenParams<A>, b: ScreenParams<B>): ScreenParams<A & B> {
  return {
    keys: [...a.keys, ...b.keys],
    parse: (params) => {
      const pa = a.parse(params)
      const pb = b.parse(params)
      return { state: { ...pa.state, ...pb.state }, issues: [...pa.issues, ...pb.issues] }
    },
    patch: (change) => ({ ...a.patch(change), ...b.patch(change) }),
  }
}

/** `metric`: the metric a screen's charts show; left out of the URL when it is the default. */
/**
 * The value of `key` if it is one of `values`; null when the parameter is absent or empty, and
 * reported in `issues` (`invalid-value`) when it is none of them.
 */
export function listedParam<T extends string>(params: URLSearchParams, key: string, values: readonly T[], issues: FilterIssue[]): T | null {
  const raw = params.get(key)
  if (raw === null || raw === '') return null
  if ((values as readonly string[]).includes(raw)) return raw as T
  issues.push({ param: key, value: raw, reason: 'invalid-value' })
  return null
}

export function metricParams(defaultMetric: Metric = 'articles'): ScreenParams<{ metric: Metric }> {
  return {
    keys: ['metric'],
    parse: (params) => {
      const raw = params.get('metric')
      if (raw === null) return { state: { metric: defaultMetric }, issues: [] }
      if ((METRICS as readonly string[]).includes(raw)) return { state: { metric: raw as Metric }, issues: [] }
      return { state: { metric: defaultMetric }, issues: [{ param: 'metric', value: raw, reason: 'invalid-value' }] }
    },
    patch: (change): Record<string, string | null> =>
      'metric' in change ? { metric: change.metric === undefined || change.metric === defaultMetric ? null : change.metric } : {},
  }
}

/** Parameters every route accepts besides the filters and its own: the mock scenario switch. */
export const ALWAYS_ALLOWED = ['mock'] as const

/**
 * What a screen's part of the URL holds that cannot be used: its own unusable values, its
 * parameters given more than once, and parameters that no one reads.
 */
export function screenIssues(params: URLSearchParams, screen: Pick<ScreenParams<unknown>, 'keys' | 'parse'>): FilterIssue[] {
  const issues = [...repeatedParams(params, screen.keys), ...screen.parse(params).issues]
  const allowed = new Set<string>([...FILTER_PARAMS, ...ALWAYS_ALLOWED, ...screen.keys])
  for (const key of new Set(params.keys())) {
    if (!allowed.has(key)) issues.push({ param: key, value: params.get(key) ?? '', reason: 'unknown-param' })
  }
  return issues
}

