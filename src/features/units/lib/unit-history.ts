/**
 * What a unit's page says about the 2025 reorganisation: a current unit formed by the merger
 * names the former units it came from; a former unit names the unit it merged into; an
 * unchanged unit (whose only predecessor is itself under its former id) and the national
 * level say nothing about a merger (a former unchanged unit only points to where its figures
 * continue).
 */
import type { OrgUnit, UnitId } from '../../../lib/api/schemas'

export type UnitHistory =
  | { kind: 'formed'; predecessors: OrgUnit[] }
  | { kind: 'merged-into'; successor: OrgUnit }
  | { kind: 'continues-as'; successor: OrgUnit }
  | null

export function unitHistory(unit: OrgUnit, unitsById: ReadonlyMap<UnitId, OrgUnit>): UnitHistory {
  if (unit.status === 'merged') {
    const predecessors = unit.predecessorIds.flatMap((id) => {
      const p = unitsById.get(id)
      return p ? [p] : []
    })
    return predecessors.length > 0 ? { kind: 'formed', predecessors } : null
  }
  if (unit.era === 'former' && unit.successorId) {
    const successor = unitsById.get(unit.successorId)
    if (!successor) return null
    // The same province, unchanged by the merger: no merger to tell, only where its figures continue.
    if (successor.status === 'unchanged') return { kind: 'continues-as', successor }
    return { kind: 'merged-into', successor }
  }
  return null
}
