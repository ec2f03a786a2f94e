import { useSyncExternalStore } from 'react'

const QUERY = '(max-width: 720px)'

function subscribe(onChange: () => void): () => void {
  const list = globalThis.matchMedia?.(QUERY)
  list?.addEventListener('change', onChange)
  return () => list?.removeEventListener('change', onChange)
}

/**
 * Whether the screen is phone-narrow (the stylesheet's breakpoint). Chart label widths are
 * props, not CSS, so the ranking needs to know.
 */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => globalThis.matchMedia?.(QUERY).matches ?? false,
    () => false,
  )
}
