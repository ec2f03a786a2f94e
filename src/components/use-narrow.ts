import { createContext, useContext, useSyncExternalStore } from 'react'

const QUERY = '(max-width: 720px)'

/**
 * Whether the page was rendered for a phone: the server's guess from the request (see
 * `server/web.ts`), which the browser's first render repeats so that it matches the HTML it
 * takes over. Without a server (development, a page built in the browser), false.
 */
export const NarrowGuess = createContext(false)

function subscribe(onChange: () => void): () => void {
  const list = globalThis.matchMedia?.(QUERY)
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}

/**
 * Whether the screen is phone-narrow (the stylesheet's breakpoint), for what CSS cannot do: a
 * chart's label widths are props, and a phone's units table leaves out the columns it would
 * hide. On the server, and while the browser takes over its page, the server's guess.
 */
export function useNarrow(): boolean {
  const guess = useContext(NarrowGuess)
  return useSyncExternalStore(
    subscribe,
    () => globalThis.matchMedia?.(QUERY).matches ?? false,
    () => guess,
  )
}
