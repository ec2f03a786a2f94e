import { http } from 'msw'
import type { OrgUnitsResponse } from '../../src/lib/api/schemas'
import { DATA_COVERAGE } from '../data/calendar'
import { allUnits, currentUnits, nationalUnit } from '../../server/reference/org-units'
import { parseOrgUnitsParams } from '../../server/params'
import { resourcePath, withParams } from '../responses'

/** `GET /org-units`: the national level and the 34 current units, plus the 63 former ones as reported. */
export const orgUnitsHandlers = [
  http.get(resourcePath('org-units'), ({ request }) =>
    withParams(request, parseOrgUnitsParams, ({ boundary }) => ({
      boundary,
      coverage: { from: DATA_COVERAGE.from, to: DATA_COVERAGE.to },
      units: boundary === 'current' ? [nationalUnit, ...currentUnits] : allUnits,
    }) satisfies OrgUnitsResponse),
  ),
]
