/**
 * Calendar periods. Months are `YYYY-MM` strings; a period key is `2024`, `2024-H1`,
 * `2024-Q3` or `2024-07` depending on the granularity. Pure functions, shared by the app
 * and the mock API.
 */
import type { Granularity } from './api/schemas'

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/

/** True for a well-formed `YYYY-MM` between years 1900 and 2999. */
export function isMonth(value: string): boolean {
  const m = MONTH_RE.exec(value)
  return m !== null && Number(m[1]) >= 1900 && Number(m[1]) < 3000
}

/** Months since year 0: a total order on months that makes ranges easy. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${year}-${String(month).padStart(2, '0')}`
}

export function addMonths(month: string, count: number): string {
  return monthFromIndex(monthIndex(month) + count)
}

/** The same month one year earlier ("cùng kỳ"). */
export function previousYear(month: string): string {
  return addMonths(month, -12)
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthFromIndex(i))
  return out
}

/** The key of the period of the given granularity that contains the month. */
export function periodOf(month: string, granularity: Granularity): string {
  const year = month.slice(0, 4)
  const m = Number(month.slice(5, 7))
  switch (granularity) {
    case 'year':
      return year
    case 'half':
      return `${year}-H${m <= 6 ? 1 : 2}`
    case 'quarter':
      return `${year}-Q${Math.ceil(m / 3)}`
    case 'month':
      return month
  }
}

/** The keys of every period that the range touches, in order. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const keys: string[] = []
  for (const month of monthsBetween(from, to)) {
    const key = periodOf(month, granularity)
    if (keys[keys.length - 1] !== key) keys.push(key)
  }
  return keys
}

/** The first and last month of a period key. */
export function periodBounds(key: string): { from: string; to: string } {
  const year = key.slice(0, 4)
  const rest = key.slice(5)
  if (rest === '') return { from: `${year}-01`, to: `${year}-12` }
  if (rest.startsWith('H')) {
    const h = Number(rest.slice(1))
    return { from: `${year}-${h === 1 ? '01' : '07'}`, to: `${year}-${h === 1 ? '06' : '12'}` }
  }
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1))
    const first = (q - 1) * 3 + 1
    return { from: `${year}-${String(first).padStart(2, '0')}`, to: `${year}-${String(first + 2).padStart(2, '0')}` }
  }
  return { from: key, to: key }
}

/** The same period one year earlier: `2024-Q3` → `2023-Q3`. */
export function previousYearPeriod(key: string): string {
  return `${Number(key.slice(0, 4)) - 1}${key.slice(4)}`
}
