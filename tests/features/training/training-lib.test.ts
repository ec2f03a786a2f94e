import { describe, expect, it } from 'vitest'
import type { OrgUnit } from '../../../src/lib/api/schemas'
import { defaultFilters } from '../../../src/filters/filters'
import {
  audienceRows,
  existedDuring,
  periodRows,
  sumRows,
  unitRows,
  unitsInScope,
  untrainedByRegion,
} from '../../../src/features/training/lib/chart-data'
import { courseListQuery, trainingParams } from '../../../src/features/training/lib/training-params'
import { describeScope } from '../../../src/features/training/lib/scope'
import { averagePerCourse, trainingTotals } from '../../../src/features/training/lib/totals'

function unit(id: string, patch: Partial<OrgUnit> = {}): OrgUnit {
  const era = id === 'tw' ? 'national' : id.startsWith('f') ? 'former' : 'current'
  return {
    id,
    code: id.slice(1),
    era,
    name: id,
    nameAscii: id,
    fullName: id,
    kind: era === 'national' ? 'national' : 'province',
    region: era === 'national' ? null : 'red-river-delta',
    status: era === 'national' ? 'national' : era === 'former' ? 'former' : 'merged',
    validFrom: era === 'current' ? '2025-07-01' : null,
    validTo: era === 'former' ? '2025-06-30' : null,
    successorId: null,
    predecessorIds: [],
    tile: null,
    population: null,
    areaKm2: null,
    ...patch,
  }
}

describe('averages and totals', () => {
  it('never divides by zero; zero trainees give 0', () => {
    expect(averagePerCourse(0, 0)).toBeNull()
    expect(averagePerCourse(0, 50)).toBeNull()
    expect(averagePerCourse(3, 0)).toBe(0)
    expect(averagePerCourse(4, 250)).toBe(62.5)
  })

  it('reads courses and trainees from the summary, with last year', () => {
    const t = trainingTotals({
      metrics: [
        { metric: 'trainings', value: 10, previous: 8 },
        { metric: 'trainees', value: 1000, previous: 600 },
      ],
    })
    expect(t).toEqual({ courses: 10, trainees: 1000, average: 100, previous: { courses: 8, trainees: 600, average: 75 } })
  })

  it('has no previous average when last year is unknown, or had no course', () => {
    expect(trainingTotals({ metrics: [{ metric: 'trainings', value: 1, previous: null }, { metric: 'trainees', value: 5, previous: null }] }).previous).toBeNull()
    expect(trainingTotals({ metrics: [{ metric: 'trainings', value: 1, previous: 0 }, { metric: 'trainees', value: 5, previous: 0 }] }).previous?.average).toBeNull()
  })
})

describe('chart rows', () => {
  it('fills every period of the range, with nulls outside the data', () => {
    const rows = periodRows(
      { rows: [{ period: '2026-Q3', value: 4 }] },
      { rows: [{ period: '2026-Q3', value: 200 }] },
      { from: '2026-07', to: '2027-03', granularity: 'quarter' },
      { from: '2018-01', to: '2026-10' },
    )
    expect(rows).toEqual([
      { period: '2026-Q3', courses: 4, trainees: 200, average: 50 },
      { period: '2026-Q4', courses: 0, trainees: 0, average: null },
      { period: '2027-Q1', courses: null, trainees: null, average: null },
    ])
    expect(sumRows(rows)).toEqual({ courses: 4, trainees: 200, average: 50 })
  })

  it('names every audience in the contract order, zeros included', () => {
    const rows = audienceRows({ rows: [{ category: 'journalists', value: 2 }] }, { rows: [{ category: 'journalists', value: 80 }] })
    expect(rows.map((r) => r.category)).toEqual(['spokespersons', 'officials', 'commune-border', 'journalists', 'reporters-lecturers'])
    expect(rows[3]).toEqual({ category: 'journalists', courses: 2, trainees: 80, average: 40 })
    expect(rows[0]?.average).toBeNull()
  })

  it('ranks units by the chosen measure, keeps zeros, and adds units the API answered for', () => {
    const a = unit('c01', { name: 'Hà Nội' })
    const b = unit('c22', { name: 'Quảng Ninh' })
    const c = unit('c37', { name: 'Ninh Bình' })
    const tw = unit('tw', { name: 'Trung ương' })
    const byId = new Map([a, b, c, tw].map((u) => [u.id, u]))
    const courses = { rows: [{ unit: 'c01', value: 2 }, { unit: 'c22', value: 5 }, { unit: 'tw', value: 1 }] }
    const trainees = { rows: [{ unit: 'c01', value: 400 }, { unit: 'c22', value: 100 }, { unit: 'tw', value: 50 }] }
    expect(unitRows(courses, trainees, [a, b, c], byId, 'courses').map((r) => r.unit.id)).toEqual(['c22', 'c01', 'tw', 'c37'])
    expect(unitRows(courses, trainees, [a, b, c], byId, 'trainees').map((r) => r.unit.id)).toEqual(['c01', 'c22', 'tw', 'c37'])
  })
})

describe('units in scope and units with no course', () => {
  it('knows which units existed during a range in each view', () => {
    const former = unit('f22')
    const current = unit('c22')
    expect(existedDuring(former, { from: '2025-07', to: '2025-12' }, 'reported')).toBe(false)
    expect(existedDuring(former, { from: '2025-01', to: '2025-12' }, 'reported')).toBe(true)
    expect(existedDuring(current, { from: '2025-01', to: '2025-06' }, 'reported')).toBe(false)
    expect(existedDuring(current, { from: '2025-06', to: '2025-07' }, 'reported')).toBe(true)
    expect(existedDuring(current, { from: '2019-01', to: '2019-12' }, 'current')).toBe(true)
  })

  it('narrows to the unit filter', () => {
    const units = [unit('tw'), unit('c01'), unit('c22')]
    expect(unitsInScope(units, [], { from: '2024-01', to: '2024-12' }, 'current').map((u) => u.id)).toEqual(['tw', 'c01', 'c22'])
    expect(unitsInScope(units, ['c22'], { from: '2024-01', to: '2024-12' }, 'current').map((u) => u.id)).toEqual(['c22'])
  })

  it('groups the units with no course by region, national level first', () => {
    const scope = [
      unit('tw', { name: 'Trung ương' }),
      unit('c01', { name: 'Hà Nội' }),
      unit('c22', { name: 'Quảng Ninh', region: 'northern-midlands-mountains' }),
      unit('c37', { name: 'Ninh Bình' }),
      unit('f35', { name: 'Hà Nam' }),
    ]
    const groups = untrainedByRegion(scope, { rows: [{ unit: 'c22', value: 3 }] })
    expect(groups.map((g) => [g.region, g.units.map((u) => u.id)])).toEqual([
      [null, ['tw']],
      ['red-river-delta', ['f35', 'c01', 'c37']],
    ])
  })
})

describe('scope words', () => {
  it('names the period and the units', () => {
    const byId = new Map([unit('c22', { name: 'Quảng Ninh' }), unit('c01', { name: 'Hà Nội' }), unit('c37', { name: 'Ninh Bình' })].map((u) => [u.id, u]))
    expect(describeScope({ from: '2024-01', to: '2024-12', units: [], boundary: 'current' }, byId, 'vi')).toBe('năm 2024, toàn quốc')
    expect(describeScope({ from: '2024-01', to: '2024-06', units: ['c22', 'c01'], boundary: 'current' }, byId, 'en')).toBe(
      'H1 2024, Quảng Ninh and Hà Nội',
    )
    expect(describeScope({ from: '2024-01', to: '2024-12', units: ['c22'], boundary: 'reported' }, byId, 'vi')).toBe('năm 2024, Quảng Ninh')
    // A whole region is named.
    expect(describeScope({ from: '2024-01', to: '2024-12', units: ['c22', 'c01', 'c37'], boundary: 'current' }, byId, 'vi')).toBe(
      'năm 2024, Đồng bằng sông Hồng',
    )
  })

})

describe('course list parameters', () => {
  it('keeps valid values and reports the others', () => {
    const { state, issues } = trainingParams.parse(new URLSearchParams('view=trainees&q=  quang   ngai &sort=-participants&page=3&pageSize=20'))
    expect(state).toEqual({ measure: 'trainees', q: 'quang ngai', sort: '-participants', page: 3, pageSize: 20 })
    expect(issues).toEqual([])
    const bad = trainingParams.parse(new URLSearchParams('view=pie&q=!!!&sort=quantity&page=0&pageSize=9999'))
    expect(bad.state).toEqual({ measure: 'courses', q: '', sort: '-date', page: 1, pageSize: 50 })
    expect(bad.issues.map((i) => i.param)).toEqual(['view', 'q', 'sort', 'page', 'pageSize'])
  })

  it('asks /activities for the training records of the filters', () => {
    const filters = { ...defaultFilters(), from: '2024-01', to: '2024-12', units: ['c22'] }
    expect(courseListQuery(filters, { q: 'ha nam', sort: 'title', page: 2, pageSize: 20 })).toEqual({
      metric: 'trainings',
      from: '2024-01',
      to: '2024-12',
      boundary: 'current',
      units: ['c22'],
      q: 'ha nam',
      sort: 'title',
      page: 2,
      pageSize: 20,
    })
  })

  it('leaves defaults out of the URL', () => {
    expect(trainingParams.patch({ q: ' ', sort: '-date', page: 1, pageSize: 50 })).toEqual({ q: null, sort: null, page: null, pageSize: null })
    expect(trainingParams.patch({ sort: 'unit', page: 4 })).toEqual({ sort: 'unit', page: '4' })
    expect(trainingParams.patch({ measure: 'trainees' })).toEqual({ view: 'trainees' })
    expect(trainingParams.patch({ measure: 'courses' })).toEqual({ view: null })
  })
})
