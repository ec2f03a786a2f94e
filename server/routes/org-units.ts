/** `GET /org-units`: the national level and the 34 current units, plus the 63 former ones as reported. */
import { Hono } from 'hono'
import type { OrgUnitsResponse } from '../../src/lib/api/schemas'
import type { AppEnv } from '../app'
import { parseOrgUnitsParams } from '../params'
import { getCoverage } from '../store/context'
import { queryOf } from './query'

export const orgUnitsRoutes = new Hono<AppEnv>().get('/org-units', async (c) => {
  const { boundary } = queryOf(c.req.raw, parseOrgUnitsParams)
  const store = c.get('store')
  const [units, coverage] = await Promise.all([store.units(), getCoverage(store)])
  const listed = [...units.values()].map((info) => info.unit).filter((u) => boundary === 'reported' || u.era !== 'former')
  return c.json({ boundary, coverage, units: listed } satisfies OrgUnitsResponse)
})
