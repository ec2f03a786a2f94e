import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/**
 * False on the server and while React hydrates the page the server rendered; true on every
 * render after that (and at once in a page rendered only in the browser). What only the
 * browser draws, the charts above all, waits for it, so the server's HTML and the first
 * render in the browser agree and the figures are not held up by the chart library.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
