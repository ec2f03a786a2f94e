/**
 * Shared helpers of the mock-API tests. The expected figures come from the raw generated
 * records and the reference crosswalk, summed here with plain loops, never from the engine
 * under test.
 */
import { expect } from 'vitest'
import type * as z from 'zod/mini'
import provinces from '../../mocks/data/provinces.json'
import { generateActivities } from '../../mocks/data/generate'
import { apiErrorBodySchema, type Activity, type Metric } from '../../src/lib/api/schemas'

/** The raw records, generated once per test file. */
export const records: readonly Activity[] = generateActivities()

/** Former unit id → current unit id, straight from the reference data. */
export const successorOf: ReadonlyMap<string, string> = new Map(provinces.former.map((u) => [`f${u.code}`, `c${u.successorCode}`]))

/** Unit id → name, straight from the reference data. */
export const nameOf: ReadonlyMap<string, string> = new Map([
  ['tw', 'Trung ương'],
  ...provinces.former.map((u): [string, string] => [`f${u.code}`, u.name]),
  ...provinces.current.map((u): [string, string] => [`c${u.code}`, u.name]),
])

/** The id of a former unit, looked up by its name in the reference data (not by a code I typed). */
export function formerIdByName(name: string): string {
  const unit = provinces.former.find((u) => u.name === name)
  if (!unit) throw new Error(`No former unit named ${name}`)
  return `f${unit.code}`
}

export function rolledUp(unit: string): string {
  return successorOf.get(unit) ?? unit
}

/** What one record adds to a metric, written out independently of the contract's helper. */
export function contribution(record: Activity, metric: Metric): number {
  if (metric === 'trainees') return record.kind === 'trainings' ? (record.participants ?? 0) : 0
  return record.kind === metric ? record.quantity : 0
}

export interface SumFilter {
  metric: Metric
  from: string
  to: string
  units?: readonly string[]
  boundary?: 'current' | 'reported'
}

export function inFilter(record: Activity, f: Omit<SumFilter, 'metric'>): boolean {
  const month = record.date.slice(0, 7)
  if (month < f.from || month > f.to) return false
  if (!f.units) return true
  if (f.units.includes(record.unit)) return true
  return (f.boundary ?? 'current') === 'current' && f.units.includes(rolledUp(record.unit))
}

/** The independent total of a metric over a range (and units). */
export function independentSum(f: SumFilter): number {
  let total = 0
  for (const record of records) if (inFilter(record, f)) total += contribution(record, f.metric)
  return total
}

/** Diacritic- and case-insensitive text, folded here independently of the engine. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** GET a path of the mock API, expect 200, and parse the body with the contract schema. */
export async function getJson<S extends z.ZodMiniType>(path: string, schema: S): Promise<z.infer<S>> {
  const response = await fetch(path)
  const body: unknown = await response.json()
  expect(response.status, `${JSON.stringify(body).slice(0, 300)}`).toBe(200)
  return schema.parse(body)
}

/** GET a path expected to fail; returns the status and the parsed error body. */
export async function getError(path: string): Promise<{ status: number; error: z.infer<typeof apiErrorBodySchema>['error'] }> {
  const response = await fetch(path)
  const body = apiErrorBodySchema.parse(await response.json())
  return { status: response.status, error: body.error }
}
