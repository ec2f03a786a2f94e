/**
 * The chart components, loaded on demand: recharts lives in its own chunk, fetched the first
 * time a chart is drawn, so KPI figures and tables never wait for it.
 *
 * A chart is drawn once it comes near the screen (or the page is printed), not before: drawing
 * one costs tens of milliseconds of script on a fast machine and far more on a phone, and a
 * chart far below the fold would hold up the figures the user is looking at. Until then, and
 * on the server, its place is held at its size.
 */
import { lazy, startTransition, Suspense, useEffect, useRef, useState, type ComponentProps, type ReactNode, type RefObject } from 'react'
import { useHydrated } from '../../lib/use-hydrated'
import { usePrinting } from '../use-printing'
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

/** How far outside the screen a chart is drawn ahead of being scrolled to. */
const AHEAD = '200px 0px'

/** Whether the slot has come within reach of the screen (at once where that cannot be told). */
function useNearScreen(slot: RefObject<HTMLElement | null>, enabled: boolean): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = slot.current
    if (!enabled || near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        startTransition(() => setNear(true))
      },
      { rootMargin: AHEAD },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [slot, enabled, near])
  return near
}

/** The chart once the page is hydrated and the chart near the screen (or printed); its placeholder until then. */
function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  const hydrated = useHydrated()
  const printing = usePrinting()
  const slot = useRef<HTMLDivElement>(null)
  const near = useNearScreen(slot, hydrated)
  if (!hydrated || !(near || printing)) {
    return (
      <div ref={slot} className="chart-slot">
        <Skeleton height={height} />
      </div>
    )
  }
  return <Suspense fallback={<Skeleton height={height} />}>{children}</Suspense>
}

export function BarChart<Row extends object>(props: Omit<BarProps, 'data' | 'xKey' | 'onSelect' | 'colorOf'> & {
  data: Row[]
  xKey: keyof Row & string
  onSelect?: (row: Row) => void
  colorOf?: (row: Row) => string | undefined
}) {
  return (
    <ChartSlot height={props.height ?? 300}>
      <LazyBarChart {...(props as unknown as BarProps)} />
    </ChartSlot>
  )
}

export function LineChart<Row extends object>(props: Omit<LineProps, 'data' | 'xKey'> & { data: Row[]; xKey: keyof Row & string }) {
  return (
    <ChartSlot height={props.height ?? 300}>
      <LazyLineChart {...(props as unknown as LineProps)} />
    </ChartSlot>
  )
}
