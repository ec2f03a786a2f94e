/**
 * The org units of the mock API, built from the verified reference data in
 * `provinces.json` (a copy of shared/reference/provinces.json; read its `about.caveats`).
 */
import provinces from './provinces.json'
import { REORGANISATION_DATE, type OrgUnit, type Region, type UnitId } from '../../src/lib/api/schemas'

interface FormerRecord {
  code: string
  name: string
  nameAscii: string
  fullName: string
  kind: string
  region: string
  successorCode: string
  renamed?: { date: string; name: string; fullName: string; kind: string }
}
interface CurrentRecord {
  code: string
  name: string
  nameAscii: string
  fullName: string
  kind: string
  status: string
  formerCodes: string[]
  regionOfAdminCentre: string
  areaKm2: number | null
  population: number | null
  tile: { row: number; col: number }
}

const REGION_IDS: Record<string, Region> = {
  'Trung du và miền núi phía Bắc': 'northern-midlands-mountains',
  'Đồng bằng sông Hồng': 'red-river-delta',
  'Bắc Trung Bộ và duyên hải miền Trung': 'north-central-coast',
  'Tây Nguyên': 'central-highlands',
  'Đông Nam Bộ': 'southeast',
  'Đồng bằng sông Cửu Long': 'mekong-delta',
}

function regionId(name: string): Region {
  const id = REGION_IDS[name]
  if (!id) throw new Error(`Unknown region in reference data: ${name}`)
  return id
}

function kindOf(kind: string): 'city' | 'province' {
  if (kind !== 'city' && kind !== 'province') throw new Error(`Unknown unit kind: ${kind}`)
  return kind
}

/** The last day of the former units. */
export const FORMER_VALID_TO = '2025-06-30'

export const formerUnits: OrgUnit[] = (provinces.former as FormerRecord[]).map((u) => ({
  id: `f${u.code}`,
  code: u.code,
  era: 'former',
  name: u.name,
  nameAscii: u.nameAscii,
  fullName: u.fullName,
  kind: kindOf(u.kind),
  region: regionId(u.region),
  status: 'former',
  validFrom: null,
  validTo: FORMER_VALID_TO,
  successorId: `c${u.successorCode}`,
  predecessorIds: [],
  tile: null,
  population: null,
  areaKm2: null,
  ...(u.renamed
    ? { renamed: { date: u.renamed.date, name: u.renamed.name, fullName: u.renamed.fullName, kind: kindOf(u.renamed.kind) } }
    : {}),
}))

export const currentUnits: OrgUnit[] = (provinces.current as CurrentRecord[]).map((u) => ({
  id: `c${u.code}`,
  code: u.code,
  era: 'current',
  name: u.name,
  nameAscii: u.nameAscii,
  fullName: u.fullName,
  kind: kindOf(u.kind),
  region: regionId(u.regionOfAdminCentre),
  status: u.status === 'merged' ? 'merged' : 'unchanged',
  validFrom: REORGANISATION_DATE,
  validTo: null,
  successorId: null,
  predecessorIds: u.formerCodes.map((code) => `f${code}`),
  tile: u.tile,
  population: u.population,
  areaKm2: u.areaKm2,
}))

/** Central bodies (BCĐ TTĐN Trung ương): counted in national totals, never in a province. */
export const nationalUnit: OrgUnit = {
  id: 'tw',
  code: '00',
  era: 'national',
  name: 'Trung ương',
  nameAscii: 'Trung uong',
  fullName: 'Ban Chỉ đạo công tác thông tin đối ngoại Trung ương',
  kind: 'national',
  region: null,
  status: 'national',
  validFrom: null,
  validTo: null,
  successorId: null,
  predecessorIds: [],
  tile: null,
  population: null,
  areaKm2: null,
}

export const allUnits: OrgUnit[] = [nationalUnit, ...formerUnits, ...currentUnits]
export const unitsById: ReadonlyMap<UnitId, OrgUnit> = new Map(allUnits.map((u) => [u.id, u]))

/**
 * The unit a record reported by `id` counts under in the current-boundaries view: a former
 * unit rolls up to its successor; current units and the national level stay as they are.
 */
export function currentUnitOf(id: UnitId): UnitId {
  const unit = unitsById.get(id)
  if (!unit) throw new Error(`Unknown unit: ${id}`)
  return unit.successorId ?? unit.id
}
