/** The calendar of the demo data: its coverage, the months each unit reports in, seasons and year effects. */
import type { Format, OrgUnit } from '../../src/lib/api/schemas'

/** The months the data covers: outside it, figures are unknown, not zero. */
export const DATA_COVERAGE = { from: '2018-01', to: '2026-10' } as const

export const FIRST_YEAR = 2018
export const LAST_YEAR = 2026
const LAST_MONTH_OF_LAST_YEAR = 10
/** Former units report up to June 2025, current units from July 2025. */
const REORG_YEAR = 2025
const REORG_MONTH = 7

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`
}
export const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
export function quarterOf(month: number): number {
  return Math.ceil(month / 3)
}

/** Months a unit reports in, as [year, month] pairs. */
export function monthsOfUnit(era: OrgUnit['era']): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const last = y === LAST_YEAR ? LAST_MONTH_OF_LAST_YEAR : 12
    for (let m = 1; m <= last; m++) {
      const beforeReorg = y < REORG_YEAR || (y === REORG_YEAR && m < REORG_MONTH)
      if (era === 'former' && !beforeReorg) continue
      if (era === 'current' && beforeReorg) continue
      out.push([y, m])
    }
  }
  return out
}

/**
 * The unit's names in a year: a renamed unit (Tỉnh Thừa Thiên Huế became Thành phố Huế on
 * 2025-01-01) goes by its new names from the year of the change. Renamings take effect on
 * 1 January, so the year decides.
 */
function namesIn(unit: OrgUnit, year: number): { name: string; fullName: string } {
  return unit.renamed && year >= Number(unit.renamed.date.slice(0, 4)) ? unit.renamed : unit
}

/** The unit's short name in a year ("Thừa Thiên Huế" in 2024, "Huế" in 2025). */
export function nameIn(unit: OrgUnit, year: number): string {
  return namesIn(unit, year).name
}

/** How the unit is named inside a title in a year ("tỉnh Quảng Ninh", "thành phố Hà Nội"). */
export function placeOf(unit: OrgUnit, year: number): string {
  const { fullName } = namesIn(unit, year)
  return fullName.charAt(0).toLowerCase() + fullName.slice(1)
}

// Year effects

/** The pandemic years moved meetings and courses online; the mix settled on hybrid after. */
export function formatWeights(year: number): [number, number, number] {
  if (year === 2020) return [0.5, 0.3, 0.2]
  if (year === 2021) return [0.28, 0.47, 0.25]
  if (year === 2022) return [0.65, 0.12, 0.23]
  if (year < 2020) return [0.88, 0.02, 0.1]
  return [0.72, 0.06, 0.22]
}
export const FORMATS_ORDER: readonly Format[] = ['in-person', 'online', 'hybrid']

export const MEETING_YEAR_FACTOR: Record<number, number> = { 2020: 0.8, 2021: 0.7, 2022: 0.95 }
export const TRAINING_YEAR_FACTOR: Record<number, number> = { 2020: 0.75, 2021: 0.65 }
/** Fewer meetings around Tết (January, February), more at the year's end. */
export const MONTH_WEIGHT = [0.6, 0.5, 1, 1, 1, 1, 0.9, 1, 1, 1, 1.1, 1.2]
export const MONTH_WEIGHT_SUM = MONTH_WEIGHT.reduce((a, b) => a + b, 0)
