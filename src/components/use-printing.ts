/**
 * Whether the page is being printed (or rendered for print, e.g. saved as PDF), so a component
 * can draw its print form: a chart card shows its table where the chart would not read on paper.
 * `beforeprint` re-renders synchronously, before the browser lays out the printed pages.
 */
import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

let printing = false
const listeners = new Set<() => void>()

function notify(): void {
  for (const listener of listeners) listener()
}

function set(next: boolean, sync: boolean): void {
  if (next === printing) return
  printing = next
  if (sync) flushSync(notify)
  else notify()
}

let media: MediaQueryList | null = null
const onChange = (event: MediaQueryListEvent) => set(event.matches, false)
const onBefore = () => set(true, true)
const onAfter = () => set(media?.matches ?? false, false)

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined' && typeof window.matchMedia === 'function') {
    media = window.matchMedia('print')
    printing = media.matches
    media.addEventListener('change', onChange)
    window.addEventListener('beforeprint', onBefore)
    window.addEventListener('afterprint', onAfter)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && media) {
      media.removeEventListener('change', onChange)
      window.removeEventListener('beforeprint', onBefore)
      window.removeEventListener('afterprint', onAfter)
      media = null
    }
  }
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  )
}
