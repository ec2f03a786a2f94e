import { http } from 'msw'
import type { StatsResponse } from '../../src/lib/api/schemas'
import { getDb, type MockDb } from '../db'
import { parseStatsParams } from '../../server/params'
import { resourcePath, withParams } from '../responses'

/** `GET /stats` over the records of `db` (the generated data unless a scenario says otherwise). */
export function createStatsHandlers(db: () => MockDb) {
  return [
    http.get(resourcePath('stats'), ({ request }) =>
      withParams(request, parseStatsParams, (params): StatsResponse => db().stats(params)),
    ),
  ]
}

export const statsHandlers = createStatsHandlers(getDb)
