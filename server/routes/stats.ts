/** `GET /stats` and `GET /summary`. */
import { Hono } from 'hono'
import type { AppEnv } from '../app'
import { parseStatsParams, parseSummaryParams } from '../params'
import { getStats, getSummary } from '../store/stats'
import { queryOf } from './query'

export const statsRoutes = new Hono<AppEnv>()
  .get('/stats', async (c) => c.json(await getStats(c.get('store'), queryOf(c.req.raw, parseStatsParams))))
  .get('/summary', async (c) => c.json(await getSummary(c.get('store'), queryOf(c.req.raw, parseSummaryParams))))
