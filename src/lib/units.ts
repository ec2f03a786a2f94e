/**
 * Unit helpers for display and lookup. A name is shown with its era wherever a former and a
 * current unit of the same name could appear together (the as-reported view).
 */
import type { Boundary, OrgUnit } from './api/schemas'
import { commonMessages } from './i18n/common-messages'
import type { Lang } from './i18n/i18n'

/** "Ninh Bình (trước 01/07/2025)" with `withEra`; the plain name otherwise. */
export function unitLabel(unit: Pick<OrgUnit, 'name' | 'era'>, lang: Lang, withEra: boolean): string {
  const m = commonMessages[lang]
  const name = unit.era === 'national' ? m.centralLevel : unit.name
  if (!withEra || unit.era === 'national') return name
  return `${name} (${unit.era === 'former' ? m.eraFormer : m.eraCurrent})`
}

/** Whether names need their era: only the as-reported view mixes former and current units. */
export function needsEra(boundary: Boundary): boolean {
  return boundary === 'reported'
}
