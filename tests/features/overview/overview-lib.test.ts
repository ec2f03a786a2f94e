import { describe, expect, it } from 'vitest'
import { testUnit as unit } from '../../support/org-unit'
import { SEQUENTIAL_5, MUTED_COLOR } from '../../../src/components/charts/palette'
import { buildBreakdown } from '../../../src/features/overview/lib/breakdown'
import { formatShare } from '../../../src/features/overview/lib/format-share'
import { buildRanking } from '../../../src/features/overview/lib/ranking'
import {
  buildTileMap,
  classBreaks,
  classOf,
  contrastRatio,
  mapClasses,
  niceRound,
  textColorOn,
} from '../../../src/features/overview/lib/tile-map'
import { buildTrendRows } from '../../../src/features/overview/lib/trend'
import type { OrgUnit, UnitId } from '../../../src/lib/api/schemas'
import { computeDelta } from '../../../src/lib/delta'

const COVERAGE = { from: '2018-01', to: '2026-10' }


describe('trend rows', () => {
  it('aligns each period with the same months one year earlier', () => {
    const rows = buildTrendRows({
      from: '2025-01',
      to: '2025-12',
      granularity: 'quarter',
      rows: [
        { period: '2025-Q1', value: 10, previous: 8 },
        { period: '2025-Q2', value: 0, previous: 5 },
        { period: '2025-Q3', value: 30, previous: 0 },
      ],
      coverage: COVERAGE,
    })
    expect(rows).toEqual([
      { period: '2025-Q1', previousPeriod: '2024-Q1', current: 10, previous: 8, months: null },
      { period: '2025-Q2', previousPeriod: '2024-Q2', current: 0, previous: 5, months: null },
      { period: '2025-Q3', previousPeriod: '2024-Q3', current: 30, previous: 0, months: null },
      { period: '2025-Q4', previousPeriod: '2024-Q4', current: 0, previous: 0, months: null },
    ])
  })

  it('leaves months outside the data unknown (null), not zero, and names a cut period’s months', () => {
    const rows = buildTrendRows({ from: '2018-01', to: '2018-03', granularity: 'month', rows: [{ period: '2018-01', value: 4, previous: null }], coverage: COVERAGE })
    expect(rows.map((r) => r.previous)).toEqual([null, null, null])
    expect(rows.map((r) => r.current)).toEqual([4, 0, 0])

    const future = buildTrendRows({ from: '2026-09', to: '2026-12', granularity: 'month', rows: [], coverage: COVERAGE })
    expect(future.map((r) => r.current)).toEqual([0, 0, null, null])
    expect(future.map((r) => r.previous)).toEqual([0, 0, null, null])

    const year = buildTrendRows({ from: '2025-01', to: '2026-12', granularity: 'year', rows: [{ period: '2026', value: 7, previous: 6 }], coverage: COVERAGE })
    expect(year).toEqual([
      { period: '2025', previousPeriod: '2024', current: 0, previous: 0, months: null },
      { period: '2026', previousPeriod: '2025', current: 7, previous: 6, months: { from: '2026-01', to: '2026-10' } },
    ])
  })
})

describe('delta maths used by the KPI cards and the trend table', () => {
  it('covers zero last year, zero this year, equal figures and no data', () => {
    expect(computeDelta(12, 0)).toEqual({ kind: 'new', absolute: 12 })
    expect(computeDelta(0, 40)).toEqual({ kind: 'down', absolute: -40, ratio: -1 })
    expect(computeDelta(0, 0)).toEqual({ kind: 'same' })
    expect(computeDelta(5, null)).toEqual({ kind: 'none' })
    expect(computeDelta(150, 120)).toEqual({ kind: 'up', absolute: 30, ratio: 0.25 })
    for (const d of [computeDelta(1, 0), computeDelta(0, 0), computeDelta(Number.NaN, 3)]) {
      expect(JSON.stringify(d)).not.toMatch(/NaN|Infinity|null/)
    }
  })
})

const label = (u: OrgUnit) => `${u.name}${u.era === 'former' ? ' (former)' : ''}`

describe('ranking', () => {
  const byId = new Map<UnitId, OrgUnit>(
    [unit('tw', 'Trung ương'), unit('f35', 'Ninh Bình'), unit('c37', 'Ninh Bình'), unit('c01', 'Hà Nội'), unit('c22', 'Quảng Ninh')].map((u) => [u.id, u]),
  )

  it('sorts by value, shares ranks on ties and keeps the national level out', () => {
    const r = buildRanking(
      [
        { unit: 'tw', value: 500 },
        { unit: 'c22', value: 40 },
        { unit: 'c01', value: 100 },
        { unit: 'f35', value: 40 },
        { unit: 'c37', value: 20 },
      ],
      byId,
      label,
    )
    expect(r.units.map((u) => [u.rank, u.label, u.value])).toEqual([
      [1, 'Hà Nội', 100],
      [2, 'Ninh Bình (former)', 40],
      [2, 'Quảng Ninh', 40],
      [4, 'Ninh Bình', 20],
    ])
    expect(r.national).toBe(500)
    expect(r.total).toBe(200)
    expect(r.units[0]?.share).toBe(0.5)
  })

  it('reports no national figure when the national level has none', () => {
    expect(buildRanking([{ unit: 'c01', value: 3 }], byId, label).national).toBeNull()
  })
})

describe('breakdown', () => {
  it('lists every category of the kind, largest first, with shares', () => {
    const rows = buildBreakdown([{ category: 'national', value: 3 }], 'awards', (c) => c.toUpperCase())
    expect(rows).toEqual([
      { category: 'national', label: 'NATIONAL', value: 3, share: 1 },
      { category: 'provincial', label: 'PROVINCIAL', value: 0, share: 0 },
    ])
    expect(buildBreakdown([], 'trainees', String).map((r) => r.category)).toContain('spokespersons')
  })

  it('formats shares without a sign for the language', () => {
    expect(formatShare(0.125, 'vi')).toBe('12,5%')
    expect(formatShare(0.125, 'en')).toBe('12.5%')
  })
})

describe('tile map classes', () => {
  it('rounds class bounds to two significant digits', () => {
    expect(niceRound(4567)).toBe(4600)
    expect(niceRound(87)).toBe(87)
    expect(niceRound(0)).toBe(0)
  })

  it('puts every value in the class its bounds say', () => {
    const values = [5, 120, 130, 250, 260, 400, 410, 800, 900, 10_950]
    const breaks = classBreaks(values)
    expect(breaks).toEqual([130, 260, 410, 900])
    const classes = mapClasses(values, breaks)
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [5, 129],
      [130, 259],
      [260, 409],
      [410, 899],
      [900, 10_950],
    ])
    // Written out by hand: each value's class is the number of thresholds it reaches.
    expect(values.map((v) => classOf(v, breaks))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
    expect(classes.map((c) => c.color)).toEqual([...SEQUENTIAL_5])
  })

  it('copes with repeated values and a single unit', () => {
    expect(classBreaks([7, 7, 7])).toEqual([])
    expect(mapClasses([7], [])).toEqual([{ index: 0, from: 7, to: 7, color: SEQUENTIAL_5[2] }])
    expect(classBreaks([])).toEqual([])
  })

  it('picks a text colour with at least 4.5:1 contrast on every class colour and on muted tiles', () => {
    for (const bg of SEQUENTIAL_5) expect(contrastRatio(bg, textColorOn(bg))).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(MUTED_COLOR, '#3e4c59')).toBeGreaterThanOrEqual(4.5)
  })

  it('mutes units outside the filter but keeps their values', () => {
    const units = [
      unit('c01', 'Hà Nội', { tile: { row: 2, col: 2 } }),
      unit('c22', 'Quảng Ninh', { tile: { row: 2, col: 4 } }),
      unit('f35', 'Ninh Bình'),
    ]
    const map = buildTileMap(units, [{ unit: 'c01', value: 10 }, { unit: 'c22', value: 30 }], new Set(['c22']))
    expect(map.tiles).toHaveLength(2)
    expect(map.cols).toBe(5)
    const hn = map.tiles.find((t) => t.id === 'c01')
    expect(hn).toMatchObject({ value: 10, inFilter: false, classIndex: null, color: MUTED_COLOR })
    expect(map.tiles.find((t) => t.id === 'c22')).toMatchObject({ inFilter: true, classIndex: 1 })
  })
})
