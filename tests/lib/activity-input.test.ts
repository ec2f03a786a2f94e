// @vitest-environment node
/**
 * The record rules shared by the entry forms and the server: the parts added for writing on the
 * server (today in Vietnam, a unit of the date's era). Expected values written by hand.
 */
import { describe, expect, it } from 'vitest'
import { fieldErrorText, todayInVietnam, unitFitsDate, validateActivityInput } from '../../src/lib/api/activity-input'

const meeting = {
  unit: 'c37',
  kind: 'meetings',
  date: '2026-11-27',
  category: 'conference',
  title: 'Hội nghị báo chí',
  participants: 120,
  format: 'in-person',
}

describe('today in Vietnam (UTC+7, whatever the machine’s time zone)', () => {
  it('is already tomorrow from 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-11-27T16:59:59Z'))).toBe('2026-11-27')
    expect(todayInVietnam(new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28')
    expect(todayInVietnam(new Date('2026-12-31T18:30:00Z'))).toBe('2027-01-01')
  })
})

describe('the unit of a record is of its date’s era', () => {
  it('former units before 2025-07-01, current ones from then, the national level always', () => {
    expect(unitFitsDate('f37', '2025-06-30')).toBe(true)
    expect(unitFitsDate('f37', '2025-07-01')).toBe(false)
    expect(unitFitsDate('c37', '2025-06-30')).toBe(false)
    expect(unitFitsDate('c37', '2025-07-01')).toBe(true)
    expect(unitFitsDate('tw', '2018-01-01')).toBe(true)
    expect(unitFitsDate('tw', '2026-11-27')).toBe(true)
  })

  it('a record of a current unit dated before the reorganisation is refused on the unit, with the date as the limit', () => {
    const result = validateActivityInput({ ...meeting, date: '2025-06-30' }, '2026-11-27')
    expect(result).toEqual({ ok: false, errors: [{ field: 'unit', code: 'unit_not_in_period', limit: '2025-07-01' }] })
    if (result.ok) return
    const [error] = result.errors
    if (!error) return
    expect(fieldErrorText(error, 'vi')).toBe(
      'Đơn vị không tồn tại vào ngày này: trước 01/07/2025 hồ sơ thuộc đơn vị cũ (trước sắp xếp), từ ngày đó thuộc đơn vị sau sắp xếp.',
    )
    expect(fieldErrorText(error, 'en')).toBe(
      'The unit did not exist on this date: before 01/07/2025 records belong to the former units, from that day to the current ones.',
    )
  })

  it('accepts a former unit before the date and a current one after', () => {
    expect(validateActivityInput({ ...meeting, unit: 'f37', date: '2025-06-30' }, '2026-11-27').ok).toBe(true)
    expect(validateActivityInput(meeting, '2026-11-27').ok).toBe(true)
  })
})

describe('articles are recorded per month', () => {
  const article = { unit: 'c37', kind: 'articles', date: '2026-03-01', category: 'online', title: 'Tin bài', quantity: 12 }
  it('a new one is dated the first day of its month', () => {
    expect(validateActivityInput(article, '2026-11-27').ok).toBe(true)
    expect(validateActivityInput({ ...article, date: '2026-03-31' }, '2026-11-27')).toEqual({ ok: false, errors: [{ field: 'date', code: 'invalid' }] })
  })
  it('an edit may keep the stored date (generated and imported articles carry the month’s last day), not move to another day', () => {
    expect(validateActivityInput({ ...article, date: '2026-03-31' }, '2026-11-27', { storedDate: '2026-03-31' }).ok).toBe(true)
    expect(validateActivityInput({ ...article, date: '2026-03-30' }, '2026-11-27', { storedDate: '2026-03-31' }).ok).toBe(false)
  })
})
