/**
 * The chart components, loaded on demand: recharts lives in its own chunk, fetched the first
 * time a chart is drawn, so KPI figures and tables never wait for it.
 *
 * A chart is drawn once it comes onto the screen (or the page is printed), not before: drawing
 * one costs tens of milliseconds of script on a fast machine and far more on a phone, and a
 * chart below the fold would hold up the figures the user is looking at. Until then, and
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

/**
 * How far outside the screen a chart is drawn ahead of being scrolled to: not at all. Drawing a
 * chart is one task the browser cannot break up (about a tenth of a second on a phone), so one
 * drawn while the page starts, just under the fold, holds up the first tap for nothing.
 */
const AHEAD = '0px'

/**
 * Whether the slot has come within reach of the screen (at once where that cannot be told), and
 * its width then: the chart is drawn at that width.
 */
function useNearScreen(slot: RefObject<HTMLElement | null>, enabled: boolean): { near: boolean; width?: number } {
  const [state, setState] = useState<{ near: boolean; width?: number }>(() => ({ near: typeof IntersectionObserver === 'undefined' }))
  useEffect(() => {
    const element = slot.current
    if (!enabled || state.near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.find((e) => e.isIntersecting)
        if (!entry) return
        observer.disconnect()
        const width = Math.round(entry.boundingClientRect.width)
        startTransition(() => setState({ near: true, width: width > 0 ? width : undefined }))
      },
      { rootMargin: AHEAD },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [slot, enabled, state.near])
  return state
}

/**
 * The chart once the page is hydrated and the chart on screen (or printed), drawn at its
 * placeholder's width when that is known; the placeholder until then.
 */
function ChartSlot({ height, children }: { height: number; children: (width: number | undefined) => ReactNode }) {
  const hydrated = useHydrated()
  const printing = usePrinting()
  const slot = useRef<HTMLDivElement>(null)
  const { near, width } = useNearScreen(slot, hydrated)
  if (!hydrated || !(near || printing)) {
    return (
      <div ref={slot} className="chart-slot">
        <Skeleton height={height} />
      </div>
    )
  }
  return <Suspense fallback={<Skeleton height={height} />}>{children(width)}</Suspense>
}

export function BarChart<Row extends object>(props: Omit<BarProps, 'data' | 'xKey' | 'onSelect' | 'colorOf' | 'width'> & {
  data: Row[]
  xKey: keyof Row & string
  onSelect?: (row: Row) => void
  colorOf?: (row: Row) => string | undefined
}) {
  return <ChartSlot height={props.height ?? 300}>{(width) => <LazyBarChart {...(props as unknown as BarProps)} width={width} />}</ChartSlot>
}

export function LineChart<Row extends object>(props: Omit<LineProps, 'data' | 'xKey' | 'width'> & { data: Row[]; xKey: keyof Row & string }) {
  return <ChartSlot height={props.height ?? 300}>{(width) => <LazyLineChart {...(props as unknown as LineProps)} width={width} />}</ChartSlot>
}
