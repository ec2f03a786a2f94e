/**
 * Sets the `ttdn:charts-drawn` performance mark the first time every chart slot inside the
 * container shows what it will show: recharts slots their SVG marks (lines or bars), HTML
 * charts their `data-drawn` flag, or the widget its empty/error state. It watches the DOM
 * rather than trusting the data, so the mark measures what the user sees.
 */
import { useEffect, type RefObject } from 'react'
import { CHARTS_DRAWN_MARK, markOnce } from '../lib/perf-marks'

const SLOTS = ['trend', 'ranking', 'map', 'breakdown'] as const
const DRAWN_MARKS = '.recharts-line-curve, .recharts-bar-rectangle path, .recharts-bar-rectangle'

function settled(container: HTMLElement): boolean {
  return SLOTS.every((slot) => {
    const el = container.querySelector<HTMLElement>(`[data-chart-slot="${slot}"]`)
    if (el) return el.dataset.drawn === 'true' || el.querySelector(DRAWN_MARKS) !== null
    // No slot: the card shows a state instead; it counts once it is not a skeleton.
    const card = container.querySelector(`.overview-${slot}`)
    return card !== null && card.querySelector('.skeleton') === null
  })
}

export function useChartsDrawnMark(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current
    if (!root || typeof MutationObserver === 'undefined') return
    if (performance.getEntriesByName(CHARTS_DRAWN_MARK, 'mark').length > 0) return
    if (settled(root)) {
      markOnce(CHARTS_DRAWN_MARK)
      return
    }
    // Check at most once a frame: charts add hundreds of nodes, each a mutation record.
    let frame = 0
    const observer = new MutationObserver(() => {
      if (frame !== 0) return
      frame = requestAnimationFrame(() => {
        frame = 0
        if (!settled(root)) return
        markOnce(CHARTS_DRAWN_MARK)
        observer.disconnect()
      })
    })
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-drawn'] })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [container])
}
