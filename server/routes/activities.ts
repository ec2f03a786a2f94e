/**
 * `GET /activities`. A page past the end is not an error: it comes back empty with the real
 * total and page count, so the UI can say so.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app'
import { parseActivitiesParams } from '../params'
import { getActivities } from '../store/activities'
import { queryOf } from './query'

export const activitiesRoutes = new Hono<AppEnv>().get('/activities', async (c) =>
  c.json(await getActivities(c.get('store'), queryOf(c.req.raw, parseActivitiesParams))),
)
