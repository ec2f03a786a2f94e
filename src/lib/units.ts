/**
 * Unit helpers for display and lookup. A name is shown with its era wherever a former and a
 * current unit of the same name could appear together (the as-reported view).
 */
import type { Boundary, OrgUnit } from './api/schemas'
import { commonMessages } from './i18n/common-messages'
import type { Lang } from './i18n/i18n'

/**
 * "Ninh Bình (cũ)" for a former unit with `withEra` (the officials' way to tell it from the
 * current unit of the same name); the plain name otherwise, and always for current units.
 */
export function unitLabel(unit: Pick<OrgUnit, 'name' | 'era'>, lang: Lang, withEra: boolean): string {
  const m = commonMessages[lang]
  const name = unit.era === 'national' ? m.centralLevel : unit.name
  if (!withEra || unit.era !== 'former') return name
  return `${name} (${m.eraFormer})`
}

/** Whether names need their era: only the as-reported view mixes former and current units. */
export function needsEra(boundary: Boundary): boolean {
  return boundary === 'reported'
}
