/**
 * The plans screen's own URL parameters: `year` (absent: this year) and `unit` (an admin's or a
 * viewer's choice of one unit's plan to open; a reporter always sees its own). Kept free of the
 * contract's schemas: the route table loads this with the app.
 */
import type { ScreenParams } from '../../../filters/screen-params'

export interface PlansState {
  /** Null: this year. */
  year: number | null
  unit: string | null
}

export const plansParams: ScreenParams<PlansState> = {
  keys: ['year', 'unit'],
  parse: (params) => {
    const issues: ReturnType<ScreenParams<PlansState>['parse']>['issues'] = []
    const rawYear = params.get('year')
    let year: number | null = null
    if (rawYear !== null) {
      if (/^\d{4}$/.test(rawYear) && Number(rawYear) >= 2018 && Number(rawYear) <= 2100) year = Number(rawYear)
      else issues.push({ param: 'year', value: rawYear, reason: 'invalid-value' })
    }
    const rawUnit = params.get('unit')
    let unit: string | null = null
    if (rawUnit !== null) {
      if (/^[fc]\d{2}$/.test(rawUnit)) unit = rawUnit
      else issues.push({ param: 'unit', value: rawUnit, reason: 'invalid-unit' })
    }
    return { state: { year, unit }, issues }
  },
  patch: (change) => ({
    ...('year' in change ? { year: change.year === null || change.year === undefined ? null : String(change.year) } : {}),
    ...('unit' in change ? { unit: change.unit ?? null } : {}),
  }),
}
