/** One page of records from `GET /activities`, through the shared query factory (equal queries share the cache). */
import { useQuery } from '@tanstack/react-query'
import { activitiesQueries } from '../../lib/api/queries'
import type { RecordsQuery } from '../lib/records-query'

export function useRecords(params: RecordsQuery) {
  return useQuery(activitiesQueries.list(params))
}
