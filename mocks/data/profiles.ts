/**
 * How active each committee is in the demo data: a size weight per unit from its population,
 * border position and a seeded "energy"; a current unit continues its predecessors.
 */
import type { OrgUnit } from '../../src/lib/api/schemas'
import { currentUnits, formerUnits, nationalUnit } from '../../server/reference/org-units'
import { Rng } from './random'

// Unit sizes

/**
 * Approximate populations of the former units in millions (2019 census, rounded). Used only
 * to scale the synthetic figures (the reference data has populations for merged current
 * units only); never served by the API.
 */
const FORMER_POPULATION_M: Record<string, number> = {
  '01': 8.05, '02': 0.85, '04': 0.53, '06': 0.31, '08': 0.78, '10': 0.73, '11': 0.6, '12': 0.46,
  '14': 1.25, '15': 0.82, '17': 0.85, '19': 1.29, '20': 0.78, '22': 1.32, '24': 1.8, '25': 1.46,
  '26': 1.15, '27': 1.37, '30': 1.89, '31': 2.03, '33': 1.25, '34': 1.86, '35': 0.85, '36': 1.78,
  '37': 0.98, '38': 3.64, '40': 3.33, '42': 1.29, '44': 0.9, '45': 0.63, '46': 1.13, '48': 1.13,
  '49': 1.5, '51': 1.23, '52': 1.49, '54': 0.96, '56': 1.23, '58': 0.59, '60': 1.23, '62': 0.54,
  '64': 1.51, '66': 1.87, '67': 0.62, '68': 1.3, '70': 0.99, '72': 1.17, '74': 2.43, '75': 3.1,
  '77': 1.15, '79': 8.99, '80': 1.69, '82': 1.76, '83': 1.29, '84': 1.01, '86': 1.02, '87': 1.6,
  '89': 1.91, '91': 1.72, '92': 1.24, '93': 0.73, '94': 1.2, '95': 0.91, '96': 1.19,
}

/** Former units on a land border, whose committees do more external-information work. */
const BORDER_CHINA = new Set(['02', '04', '10', '11', '12', '20', '22'])
const BORDER_LAOS = new Set(['11', '14', '38', '40', '42', '44', '45', '46', '49', '62'])
const BORDER_CAMBODIA = new Set(['62', '64', '66', '67', '70', '72', '80', '87', '89', '91'])

export interface UnitProfile {
  unit: OrgUnit
  /** Activity level relative to a mid-size province (1). */
  weight: number
  /** Foreign languages its foreign-language output uses. */
  languages: string
  border: boolean
  /** The weights of the committees it continues: its own, or its predecessors' after a merger. */
  parts: readonly number[]
  /** A merged committee holds somewhat fewer meetings than its predecessors did together. */
  consolidation: number
}

/** How much one merged committee does compared with the former ones together. */
const CONSOLIDATION = 0.85

/**
 * The expected yearly count of meetings, courses or awards: `base + k·√weight` per committee,
 * summed over the committees a merged unit continues. Summing keeps the current-boundaries
 * series continuous across 01/07/2025 (a square root of the summed weight would not: a merged
 * unit would suddenly do far less than its former units did together).
 */
export function sizeMean(p: UnitProfile, base: number, k: number): number {
  return p.consolidation * p.parts.reduce((sum, w) => sum + base + k * Math.sqrt(w), 0)
}

function formerProfile(unit: OrgUnit, seed: number): UnitProfile {
  const population = FORMER_POPULATION_M[unit.code] ?? 1
  const border = BORDER_CHINA.has(unit.code) || BORDER_LAOS.has(unit.code) || BORDER_CAMBODIA.has(unit.code)
  // Activity grows less than linearly with population; committees differ in energy too.
  const energy = 0.85 + 0.35 * new Rng(seed, `energy:${unit.id}`).float()
  const weight = Math.pow(population, 0.7) * energy * (border ? 1.15 : 1)
  return { unit, weight, languages: languagesOf([unit.code]), border, parts: [weight], consolidation: 1 }
}

function languagesOf(codes: readonly string[]): string {
  const extra: string[] = []
  if (codes.some((c) => BORDER_CHINA.has(c))) extra.push('tiếng Trung')
  if (codes.some((c) => BORDER_LAOS.has(c))) extra.push('tiếng Lào')
  if (codes.some((c) => BORDER_CAMBODIA.has(c))) extra.push('tiếng Khmer')
  return ['tiếng Anh', ...extra].join(', ')
}

export function buildProfiles(seed: number): { former: UnitProfile[]; current: UnitProfile[] } {
  const former = formerUnits.map((u) => formerProfile(u, seed))
  const byId = new Map(former.map((p) => [p.unit.id, p]))
  const current = currentUnits.map((unit) => {
    const predecessors = unit.predecessorIds.map((id) => {
      const p = byId.get(id)
      if (!p) throw new Error(`Current unit ${unit.id} lists unknown predecessor ${id}`)
      return p
    })
    return {
      unit,
      weight: predecessors.reduce((sum, p) => sum + p.weight, 0),
      languages: languagesOf(predecessors.map((p) => p.unit.code)),
      border: predecessors.some((p) => p.border),
      parts: predecessors.map((p) => p.weight),
      consolidation: predecessors.length > 1 ? CONSOLIDATION : 1,
    }
  })
  return { former, current }
}

/** The national level: one committee of mid size that publishes no article figures of its own. */
export const nationalProfile: UnitProfile = { unit: nationalUnit, weight: 1, languages: 'tiếng Anh', border: false, parts: [1], consolidation: 1 }
