/** The plan form's reading of what was typed, and the completeness table's order, with hand-written cases. */
import { describe, expect, it } from 'vitest'
import { daysPast, sortEntries } from '../../../src/features/completeness/lib/completeness'
import { checkPlanForm } from '../../../src/features/plans/lib/plan-form'
import type { CompletenessEntry } from '../../../src/lib/api/reports'

const M = { required: 'required', notWhole: 'not-whole', tooLarge: (max: number) => `too-large-${max}` }
const empty = { articles: '', meetings: '', awards: '', trainings: '', trainees: '' }

describe('plan form', () => {
  it('reads thousands as people type them, and refuses decimals, signs and words', () => {
    const { targets, errors } = checkPlanForm({ articles: '1.200', meetings: '1,500', awards: '2 000', trainings: ' 7 ', trainees: '0' }, true, M)
    expect(errors).toEqual({})
    expect(targets).toEqual({ articles: 1200, meetings: 1500, awards: 2000, trainings: 7, trainees: 0 })
    const bad = checkPlanForm({ articles: '-5', meetings: '1,5', awards: '12.5', trainings: 'mười', trainees: '1000001' }, false, M)
    expect(bad.errors).toEqual({ articles: 'not-whole', meetings: 'not-whole', awards: 'not-whole', trainings: 'not-whole', trainees: 'too-large-1000000' })
  })

  it('lets a draft leave targets empty, not a submission', () => {
    expect(checkPlanForm({ ...empty, articles: '10' }, false, M).errors).toEqual({})
    expect(checkPlanForm({ ...empty, articles: '10' }, false, M).targets).toEqual({ articles: 10, meetings: null, awards: null, trainings: null, trainees: null })
    expect(Object.keys(checkPlanForm({ ...empty, articles: '10' }, true, M).errors).toSorted()).toEqual(['awards', 'meetings', 'trainees', 'trainings'])
    expect(checkPlanForm({ articles: '1000000', meetings: '0', awards: '0', trainings: '0', trainees: '0' }, true, M).errors).toEqual({})
  })
})

/** A completeness entry of 2026-H1 (deadline 2026-07-15) with only what the order depends on. */
const entry = (unit: string, status: CompletenessEntry['status'], submittedAt: string | null): CompletenessEntry => ({
  unit,
  status,
  overdue: submittedAt === null,
  onTime: submittedAt === null ? null : submittedAt <= '2026-07-15',
  submittedAt,
  approvedAt: null,
  reportId: `2026-H1.${unit}`,
})

describe('completeness table order', () => {
  const rows = [
    entry('c01', 'approved', '2026-07-05T07:00:00Z'),
    entry('c02', 'not-started', null),
    entry('c03', 'submitted-late', '2026-07-20T07:00:00Z'),
    entry('c04', 'draft', null),
  ]
  const names: Record<string, string> = { c01: 'Hà Nội', c02: 'Cao Bằng', c03: 'Bắc Ninh', c04: 'Điện Biên' }
  const nameOf = (e: CompletenessEntry) => names[e.unit] ?? e.unit

  it('sorts by status worst first, by name in Vietnamese order, and puts missing times last both ways', () => {
    expect(sortEntries(rows, { key: 'status', direction: 'asc' }, nameOf, 'vi').map((e) => e.unit)).toEqual(['c02', 'c04', 'c03', 'c01'])
    expect(sortEntries(rows, { key: 'unit', direction: 'asc' }, nameOf, 'vi').map((e) => e.unit)).toEqual(['c03', 'c02', 'c04', 'c01'])
    expect(sortEntries(rows, { key: 'submitted', direction: 'asc' }, nameOf, 'vi').map((e) => e.unit)).toEqual(['c01', 'c03', 'c02', 'c04'])
    expect(sortEntries(rows, { key: 'submitted', direction: 'desc' }, nameOf, 'vi').map((e) => e.unit)).toEqual(['c03', 'c01', 'c02', 'c04'])
    expect(sortEntries(rows, null, nameOf, 'vi').map((e) => e.unit)).toEqual(['c01', 'c02', 'c03', 'c04'])
  })

  it('counts the days past a deadline', () => {
    expect(daysPast('2026-07-15', '2026-07-15')).toBe(0)
    expect(daysPast('2026-07-15', '2026-07-16')).toBe(1)
    expect(daysPast('2026-07-15', '2026-11-28')).toBe(136)
    expect(daysPast('2026-07-15', '2026-07-01')).toBe(0)
  })
})
