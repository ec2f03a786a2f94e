import { describe, expect, it } from 'vitest'
import { describeSelection } from '../../src/filters/describe-selection'
import type { OrgUnit, Region } from '../../src/lib/api/schemas'
import { testUnit } from '../support/org-unit'

/** Current units formed by the merger; former units end on 30/06/2025 (Hà Nam into Ninh Bình). */
function unit(id: string, name: string, region: Region | null): OrgUnit {
  const era = testUnit(id, name).era
  return testUnit(id, name, {
    region,
    status: era === 'current' ? 'merged' : era,
    validFrom: era === 'current' ? '2025-07-01' : null,
    validTo: era === 'former' ? '2025-06-30' : null,
    successorId: id === 'f35' ? 'c37' : null,
  })
}

const unitsById = new Map(
  [
    unit('tw', 'Trung ương', null),
    unit('c01', 'Hà Nội', 'red-river-delta'),
    unit('c22', 'Quảng Ninh', 'red-river-delta'),
    unit('c37', 'Ninh Bình', 'red-river-delta'),
    unit('f35', 'Hà Nam', 'red-river-delta'),
    unit('c66', 'Đắk Lắk', 'central-highlands'),
    unit('c68', 'Lâm Đồng', 'central-highlands'),
    unit('c48', 'Đà Nẵng', 'north-central-coast'),
  ].map((u) => [u.id, u]),
)
const current = { unitsById, boundary: 'current' as const }

describe('describeSelection', () => {
  it('says nationwide for no selection, as a label or inside a sentence', () => {
    expect(describeSelection([], { ...current, lang: 'vi' })).toBe('Toàn quốc')
    expect(describeSelection([], { ...current, lang: 'vi', inline: true })).toBe('toàn quốc')
    expect(describeSelection([], { ...current, lang: 'en' })).toBe('Nationwide')
    expect(describeSelection([], { ...current, lang: 'en', inline: true })).toBe('nationwide')
  })

  it('lists up to three names, then counts the rest', () => {
    expect(describeSelection(['c22'], { ...current, lang: 'vi' })).toBe('Quảng Ninh')
    expect(describeSelection(['c22', 'c48'], { ...current, lang: 'vi' })).toBe('Quảng Ninh và Đà Nẵng')
    expect(describeSelection(['c22', 'c48', 'tw'], { ...current, lang: 'en' })).toBe('Quảng Ninh, Đà Nẵng and Central level')
    expect(describeSelection(['c22', 'c48', 'c66', 'c01'], { ...current, lang: 'vi' })).toBe('Quảng Ninh, Đà Nẵng và 2 đơn vị khác')
    expect(describeSelection(['c22', 'c48', 'c66', 'c01'], { ...current, lang: 'en' })).toBe('Quảng Ninh, Đà Nẵng and 2 other units')
  })

  it('names a region whose units of the view are all chosen', () => {
    expect(describeSelection(['c66', 'c68'], { ...current, lang: 'vi' })).toBe('Tây Nguyên')
    expect(describeSelection(['c01', 'c22', 'c37'], { ...current, lang: 'vi' })).toBe('Đồng bằng sông Hồng')
    expect(describeSelection(['c01', 'c22', 'c37'], { ...current, lang: 'en' })).toBe('Red River Delta')
    expect(describeSelection(['c48', 'c66', 'c68'], { ...current, lang: 'vi' })).toBe('Tây Nguyên và Đà Nẵng')
    // Two regions and one unit: the count says how many units the rest stands for.
    expect(describeSelection(['c01', 'c22', 'c37', 'c66', 'c68', 'c48'], { ...current, lang: 'vi' })).toBe('Đồng bằng sông Hồng, Tây Nguyên và Đà Nẵng')
    expect(describeSelection(['c01', 'c22', 'c37', 'c66', 'c68', 'c48', 'tw'], { ...current, lang: 'vi' })).toBe(
      'Đồng bằng sông Hồng, Tây Nguyên và 2 đơn vị khác',
    )
  })

  it('needs the former units too for a whole region in the as-reported view', () => {
    const reported = { unitsById, boundary: 'reported' as const, lang: 'vi' as const }
    // Current units go by their names; only former ones would carry "(cũ)".
    expect(describeSelection(['c01', 'c22', 'c37'], reported)).toBe('Hà Nội, Quảng Ninh và Ninh Bình')
    expect(describeSelection(['c01', 'c22', 'c37', 'f35'], reported)).toBe('Đồng bằng sông Hồng')
  })
})
