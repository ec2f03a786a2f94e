/**
 * The schemas the API client reads responses with, by name (`apiGet(path, params,
 * 'statsResponseSchema')`). This module, and the schema library with it, is loaded with the
 * first response the app reads (`client.ts`), so that the first view, rendered by the server
 * with its answers, shows and hydrates without it.
 */
export { meResponseSchema } from './accounts'
export { completenessResponseSchema, periodsResponseSchema, planProgressResponseSchema, plansResponseSchema, reportSchema, reportsResponseSchema } from './reports'
export { activitiesResponseSchema, apiErrorBodySchema, orgUnitsResponseSchema, statsResponseSchema, summaryResponseSchema } from './schemas'
