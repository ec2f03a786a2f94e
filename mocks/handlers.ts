/**
 * The happy-path handlers of the mock API, by resource, composed once. The same list serves
 * the browser worker (`mocks/browser.ts`), the Node interceptor in tests (`mocks/node.ts`)
 * and the preview server over HTTP (`mocks/http.ts`).
 */
import { activitiesHandlers } from './handlers/activities'
import { notFoundHandlers } from './handlers/not-found'
import { orgUnitsHandlers } from './handlers/org-units'
import { statsHandlers } from './handlers/stats'
import { summaryHandlers } from './handlers/summary'

export const handlers = [
  ...orgUnitsHandlers,
  ...statsHandlers,
  ...summaryHandlers,
  ...activitiesHandlers,
  // Last: it answers whatever the resources above did not.
  ...notFoundHandlers,
]
