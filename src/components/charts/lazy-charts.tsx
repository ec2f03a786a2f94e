/**
 * The chart components, loaded on demand: recharts lives in its own chunk, fetched the first
 * time a chart is drawn, so KPI figures and tables never wait for it.
 */
import { lazy, Suspense, type ComponentProps } from 'react'
import { useHydrated } from '../../lib/use-hydrated'
import { Skeleton } from '../widget-state'
import type { BarChartView, LineChartView } from './charts'

const LazyBarChart = lazy(() => import('./charts').then((m) => ({ default: m.BarChartView })))
const LazyLineChart = lazy(() => import('./charts').then((m) => ({ default: m.LineChartView })))

type BarProps = ComponentProps<typeof BarChartView>
type LineProps = ComponentProps<typeof LineChartView>

/** Starts loading the chart chunk early (e.g. when a page mounts), without waiting for it. */
export function preloadCharts(): void {
  void import('./charts')
}

export function BarChart<Row extends object>(props: Omit<BarProps, 'data' | 'xKey' | 'onSelect' | 'colorOf'> & {
  data: Row[]
  xKey: keyof Row & string
  onSelect?: (row: Row) => void
  colorOf?: (row: Row) => string | undefined
}) {
  // Drawn in the browser only: a page the server rendered shows the figures first.
  if (!useHydrated()) return <Skeleton height={props.height ?? 300} />
  return (
    <Suspense fallback={<Skeleton height={props.height ?? 300} />}>
      <LazyBarChart {...(props as unknown as BarProps)} />
    </Suspense>
  )
}

export function LineChart<Row extends object>(props: Omit<LineProps, 'data' | 'xKey'> & { data: Row[]; xKey: keyof Row & string }) {
  if (!useHydrated()) return <Skeleton height={props.height ?? 300} />
  return (
    <Suspense fallback={<Skeleton height={props.height ?? 300} />}>
      <LazyLineChart {...(props as unknown as LineProps)} />
    </Suspense>
  )
}
