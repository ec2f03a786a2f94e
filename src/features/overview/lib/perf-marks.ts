/**
 * Performance marks the benchmark reads (`tests/bench/browser.bench.ts`). Each is set once
 * per page load: the first time the KPI values are on screen, and the first time every chart
 * of the overview shows its marks.
 */
export const KPIS_VISIBLE_MARK = 'ttdn:kpis-visible'
export const CHARTS_DRAWN_MARK = 'ttdn:charts-drawn'

export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return
  if (performance.getEntriesByName(name, 'mark').length > 0) return
  performance.mark(name)
}
