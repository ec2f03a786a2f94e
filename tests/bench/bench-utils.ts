/** What every benchmark suite returns, and the timing helpers they share. */

/** One printed line: a timing (`medianMs` of `runs`) or a `value`, with its target if any. */
export interface BenchRow {
  name: string
  value?: string
  medianMs?: number
  runs?: number
  target?: string
  met?: boolean
  extra?: string
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const s = values.toSorted((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  if (s.length === 0) return Number.NaN
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

/** Median wall time of `runs` calls of `fn` (awaited), after one warm-up call (JIT, lazy indexes). */
export async function medianTime(runs: number, fn: () => unknown): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await fn()
    times.push(performance.now() - started)
  }
  return median(times)
}
