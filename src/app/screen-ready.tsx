import { useEffect } from 'react'

/** Set once per page load, when the first screen is on the page and React handles its events. */
export const SCREEN_READY_MARK = 'ttdn:screen-ready'

/**
 * Placed beside the screen inside its Suspense boundary: its effect runs once the boundary's
 * content has committed, that is once the screen's code has loaded and the server's HTML of it
 * is hydrated (or, in a page built in the browser, rendered). Until then a click on the page
 * the server rendered may go unanswered; tests and benches wait for this mark.
 */
export function ScreenReadyMark() {
  useEffect(() => {
    if (typeof performance === 'undefined' || performance.getEntriesByName(SCREEN_READY_MARK, 'mark').length > 0) return
    performance.mark(SCREEN_READY_MARK)
  }, [])
  return null
}
