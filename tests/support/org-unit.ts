import type { OrgUnit } from '../../src/lib/api/schemas'

/**
 * An org unit for pure-function tests: its era follows from the id (`tw`, `f…`, `c…`), every
 * other field has a plain default that `extra` overrides.
 */
export function testUnit(id: string, name: string, extra: Partial<OrgUnit> = {}): OrgUnit {
  const era = id === 'tw' ? 'national' : id.startsWith('f') ? 'former' : 'current'
  return {
    id,
    code: id.slice(1),
    era,
    name,
    nameAscii: name,
    fullName: name,
    kind: era === 'national' ? 'national' : 'province',
    region: null,
    status: era === 'former' ? 'former' : era === 'national' ? 'national' : 'unchanged',
    validFrom: null,
    validTo: null,
    successorId: null,
    predecessorIds: [],
    tile: null,
    population: null,
    areaKm2: null,
    ...extra,
  }
}
