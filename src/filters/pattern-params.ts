/**
 * A screen's parameters that are plain text of a given form. Its own module, imported by the
 * screens (loaded on demand) and not by the route table: the first render's code stays as small.
 */
import type { FilterIssue } from './filters'
import type { ScreenParams } from './screen-params'

/**
 * Parameters that are plain text of a given form (null when absent): a value that does not
 * match is left out and reported (`reason`, `invalid-value` by default). Small on purpose: the
 * route table loads every screen's spec with the app.
 */
export function patternParams<K extends string>(
  spec: Record<K, { pattern: RegExp; reason?: FilterIssue['reason'] }>,
): ScreenParams<Record<K, string | null>> {
  const keys = Object.keys(spec) as K[]
  return {
    keys,
    parse: (params) => {
      const state = {} as Record<K, string | null>
      const issues: FilterIssue[] = []
      for (const key of keys) {
        const raw = params.get(key)
        const ok = raw !== null && spec[key].pattern.test(raw)
        state[key] = ok ? raw : null
        if (raw !== null && !ok) issues.push({ param: key, value: raw, reason: spec[key].reason ?? 'invalid-value' })
      }
      return { state, issues }
    },
    patch: (change) => Object.fromEntries(keys.filter((key) => key in change).map((key) => [key, change[key] ?? null])),
  }
}
