import { startTransition, useEffect, useState, useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/**
 * False on the server and while React hydrates the page the server rendered; true after that,
 * and at once in a render the browser does on its own (a page built in the browser, a screen
 * opened by a link). What only the browser draws, the charts above all, waits for it, so the
 * server's HTML and the hydrating render agree and the figures are not held up by the charts.
 *
 * Once hydrated, the switch is a transition: React draws what waited in short slices, between
 * which the page stays responsive, not in one long task (a store's own update would be one).
 */
export function useHydrated(): boolean {
  // The server's snapshot is used on the server and while hydrating, the browser's otherwise.
  const inBrowserRender = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  const [hydrated, setHydrated] = useState(inBrowserRender)
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true))
  }, [hydrated])
  return hydrated
}
