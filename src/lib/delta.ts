/**
 * Change against the same period last year. Never divides by zero and never yields NaN:
 * no comparison data, or zero last year, say so explicitly.
 */
export type Delta =
  | { kind: 'none' } // no data for last year: no comparison
  | { kind: 'new'; absolute: number } // zero last year, something this year: no percentage
  | { kind: 'same' } // equal (including zero both years)
  | { kind: 'up' | 'down'; absolute: number; ratio: number }

export function computeDelta(value: number, previous: number | null | undefined): Delta {
  if (previous === null || previous === undefined || !Number.isFinite(previous) || !Number.isFinite(value)) return { kind: 'none' }
  const absolute = value - previous
  if (absolute === 0) return { kind: 'same' }
  if (previous === 0) return { kind: 'new', absolute }
  return { kind: absolute > 0 ? 'up' : 'down', absolute, ratio: absolute / previous }
}
