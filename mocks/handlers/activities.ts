import { http } from 'msw'
import type { ActivitiesResponse } from '../../src/lib/api/schemas'
import { getDb, type MockDb } from '../db'
import { parseActivitiesParams } from '../../server/params'
import { resourcePath, withParams } from '../responses'

/**
 * `GET /activities` over the records of `db`. A page past the end is not an error: it comes
 * back empty with the real total and page count, so the UI can say so.
 */
export function createActivitiesHandlers(db: () => MockDb) {
  return [
    http.get(resourcePath('activities'), ({ request }) =>
      withParams(request, parseActivitiesParams, (query): ActivitiesResponse => db().activities(query)),
    ),
  ]
}

export const activitiesHandlers = createActivitiesHandlers(getDb)
