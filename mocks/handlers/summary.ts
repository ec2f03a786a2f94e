import { http } from 'msw'
import type { SummaryResponse } from '../../src/lib/api/schemas'
import { getDb, type MockDb } from '../db'
import { parseSummaryParams } from '../../server/params'
import { resourcePath, withParams } from '../responses'

/** `GET /summary` over the records of `db` (the generated data unless a scenario says otherwise). */
export function createSummaryHandlers(db: () => MockDb) {
  return [
    http.get(resourcePath('summary'), ({ request }) =>
      withParams(request, parseSummaryParams, (params): SummaryResponse => db().summary(params)),
    ),
  ]
}

export const summaryHandlers = createSummaryHandlers(getDb)
