/**
 * The plans screen's own URL parameters: `year` (absent: this year) and `unit` (an admin's or a
 * viewer's choice of one unit's plan to open; a reporter always sees its own). Plain patterns:
 * the route table loads this with the app, so it stays small.
 */
import { patternParams } from '../../../filters/pattern-params'

export const plansParams = patternParams({
  year: { pattern: /^20\d\d$/ },
  unit: { pattern: /^[fc]\d\d$/, reason: 'invalid-unit' },
})
