import { describe, expect, test } from 'vitest'
import { DATA_COVERAGE } from '../../mocks/data/calendar'
import { generateActivities } from '../../mocks/data/generate'
import { activitySchema, CATEGORIES, type ActivityData as Activity } from '../../src/lib/api/schemas'
import { fold, formerIdByName, nameOf, records, successorOf } from '../support/oracle'

function yearsOf(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

describe('generated data', () => {
  test('is deterministic: two generations are equal, another seed differs', () => {
    expect(generateActivities()).toEqual(records)
    const other = generateActivities(1)
    expect(other.length).toBeGreaterThan(0)
    expect(other).not.toEqual(records)
  })

  test('every record matches the contract and its kind’s categories, with unique ids', () => {
    const ids = new Set<string>()
    for (const record of records) {
      activitySchema.parse({ ...record, version: 1 })
      expect(CATEGORIES[record.kind] as readonly string[]).toContain(record.category)
      ids.add(record.id)
    }
    expect(ids.size).toBe(records.length)
  })

  test('records sit inside the coverage, under the unit that existed on their date', () => {
    for (const record of records) {
      const month = record.date.slice(0, 7)
      expect(month >= DATA_COVERAGE.from && month <= DATA_COVERAGE.to).toBe(true)
      expect(!record.unit.startsWith('f') || record.date <= '2025-06-30').toBe(true)
      expect(!record.unit.startsWith('c') || record.date >= '2025-07-01').toBe(true)
      expect(nameOf.has(record.unit)).toBe(true)
    }
    const units = new Set(records.map((r) => r.unit))
    expect([...units].filter((u) => u.startsWith('f'))).toHaveLength(63)
    expect([...units].filter((u) => u.startsWith('c'))).toHaveLength(34)
    expect(units.has('tw')).toBe(true)
  })

  test('the national level holds conferences, gives awards, and publishes no article figures', () => {
    const national = records.filter((r) => r.unit === 'tw')
    expect(national.some((r) => r.kind === 'meetings' && r.category === 'conference')).toBe(true)
    expect(national.some((r) => r.kind === 'awards')).toBe(true)
    expect(national.some((r) => r.kind === 'articles')).toBe(false)
  })

  test('titles name their unit, in Vietnamese with diacritics', () => {
    for (const record of records) {
      if (record.unit === 'tw' || record.id.startsWith('ev-')) continue
      // Titles say "thành phố Hồ Chí Minh" where the short name is "TP. Hồ Chí Minh".
      const name = (nameOf.get(record.unit) ?? '').replace(/^TP\. /, '')
      // Tỉnh Thừa Thiên Huế became Thành phố Huế on 01/01/2025 (same former unit, new name).
      const hue2025 = record.unit === 'f46' && record.date >= '2025-01-01'
      expect(record.title, `${record.id}`).toContain(hue2025 ? 'thành phố Huế' : name)
    }
    expect(records.filter((r) => /[ăâđêôơưạảãáàậẩẫấầặẳẵắằẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ]/i.test(r.title)).length).toBe(records.length)
    const distinctMeetingTitles = new Set(records.filter((r) => r.kind === 'meetings').map((r) => r.title.split(' của ')[0]))
    expect(distinctMeetingTitles.size).toBeGreaterThan(20)
  })

  test('some training courses have no trainee count recorded', () => {
    const trainings = records.filter((r) => r.kind === 'trainings')
    const unrecorded = trainings.filter((r) => r.participants === null)
    expect(unrecorded.length).toBeGreaterThan(0)
    expect(unrecorded.length).toBeLessThan(trainings.length * 0.05)
  })
})

function perUnitYear(unit: string, year: number, pick: (r: Activity) => number): number {
  let total = 0
  for (const r of records) if (r.unit === unit && r.date.startsWith(String(year))) total += pick(r)
  return total
}

function meetingFormats(year: string): { onlineShare: number; inPerson: number } {
  const meetings = records.filter((r) => r.kind === 'meetings' && r.date.startsWith(year))
  const online = meetings.filter((r) => r.format === 'online').length
  return { onlineShare: online / meetings.length, inPerson: meetings.filter((r) => r.format === 'in-person').length }
}

function counted(kind: Activity['kind']): number[] {
  return records.filter((r) => r.kind === kind && r.participants !== null).map((r) => r.participants ?? 0)
}

function findEvent(date: string, unitName: string, kind: Activity['kind']): Activity[] {
  return records.filter((r) => r.date === date && nameOf.get(r.unit) === unitName && r.kind === kind && r.source !== null)
}

function expectSourced(found: Activity[]): void {
  expect(found.length).toBeGreaterThan(0)
  expect(found.every((r) => (r.source?.title.length ?? 0) > 20)).toBe(true)
}

describe('magnitudes', () => {
  const formerIds = [...nameOf.keys()].filter((id) => id.startsWith('f'))

  test('articles: hundreds to thousands per unit-year', () => {
    for (const unit of formerIds) {
      for (const year of yearsOf(2018, 2024)) {
        const articles = perUnitYear(unit, year, (r) => (r.kind === 'articles' ? r.quantity : 0))
        expect(articles, `${unit} ${year}`).toBeGreaterThanOrEqual(100)
        expect(articles, `${unit} ${year}`).toBeLessThanOrEqual(10_000)
      }
    }
  })

  test('meetings and courses: single or low double digits per unit-year', () => {
    for (const unit of formerIds) {
      for (const year of yearsOf(2018, 2024)) {
        const meetings = perUnitYear(unit, year, (r) => (r.kind === 'meetings' ? 1 : 0))
        const courses = perUnitYear(unit, year, (r) => (r.kind === 'trainings' ? 1 : 0))
        expect(meetings, `${unit} ${year}`).toBeGreaterThanOrEqual(1)
        expect(meetings, `${unit} ${year}`).toBeLessThanOrEqual(40)
        expect(courses, `${unit} ${year}`).toBeLessThanOrEqual(30)
      }
    }
  })

  test('bigger units do more: Hà Nội publishes more than Bắc Kạn every year', () => {
    const hanoi = formerIdByName('Hà Nội')
    const backan = formerIdByName('Bắc Kạn')
    for (const year of yearsOf(2018, 2024)) {
      const articles = (unit: string) => perUnitYear(unit, year, (r) => (r.kind === 'articles' ? r.quantity : 0))
      expect(articles(hanoi)).toBeGreaterThan(articles(backan) * 3)
    }
  })

  test('meetings hold about 30–300 people, courses tens to a few hundred trainees', () => {
    const attendees = counted('meetings')
    const trainees = counted('trainings')
    expect(Math.min(...attendees)).toBeGreaterThanOrEqual(30)
    expect(Math.max(...attendees)).toBeLessThanOrEqual(300)
    expect(Math.min(...trainees)).toBeGreaterThanOrEqual(20)
    expect(Math.max(...trainees)).toBeLessThanOrEqual(300)
    const oneEach = records.filter((r) => r.kind === 'meetings' || r.kind === 'trainings')
    expect(oneEach.every((r) => r.quantity === 1)).toBe(true)
    const awards = records.filter((r) => r.kind === 'awards')
    expect(awards.every((r) => r.quantity >= 1 && r.recipient !== null)).toBe(true)
  })

  test('the roll-up runs on across 2025-07-01: each current unit’s H2 2025 is close to its predecessors’ H1', () => {
    const byCurrent = new Map<string, { h1: number; h2: number }>()
    for (const r of records) {
      if (r.kind !== 'articles' || !r.date.startsWith('2025')) continue
      // Predecessors roll up to the successor named in the reference data.
      const key = successorOf.get(r.unit) ?? r.unit
      const entry = byCurrent.get(key) ?? { h1: 0, h2: 0 }
      if (r.date < '2025-07-01') entry.h1 += r.quantity
      else entry.h2 += r.quantity
      byCurrent.set(key, entry)
    }
    expect(byCurrent.size).toBe(34)
    for (const [unit, { h1, h2 }] of byCurrent) {
      expect(h2 / h1, `${unit}`).toBeGreaterThan(0.75)
      expect(h2 / h1, `${unit}`).toBeLessThan(1.4)
    }
  })

  test('the pandemic years moved meetings online', () => {
    const before = meetingFormats('2019')
    for (const year of ['2020', '2021']) {
      expect(meetingFormats(year).onlineShare).toBeGreaterThan(before.onlineShare + 0.1)
      expect(meetingFormats(year).inPerson).toBeLessThan(before.inPerson)
    }
  })
})

describe('real, dated events', () => {

  test('national review conferences of 2018-12-28 and 2021-12-23 (hybrid), both with awards whose counts the sources do not give', () => {
    const conference2018 = findEvent('2018-12-28', 'Trung ương', 'meetings')
    expectSourced(conference2018)
    const conference2021 = findEvent('2021-12-23', 'Trung ương', 'meetings')
    expectSourced(conference2021)
    expect(conference2021[0]?.format).toBe('hybrid')
    for (const conference of [conference2018, conference2021]) {
      expect(conference[0]?.title).toContain('khen thưởng tập thể, cá nhân')
      expect(conference[0]?.source?.title).toContain('nguồn không nêu số lượng')
    }
    // No invented award counts among the sourced events.
    expect(records.filter((r) => r.source !== null && r.kind === 'awards')).toEqual([])
  })

  test('sources name an outlet or say plainly that the article is not traced; none reads like a citation it is not', () => {
    const sourced = records.filter((r) => r.source !== null)
    expect(sourced).toHaveLength(7)
    expect(sourced.filter((r) => (r.source?.title ?? '').startsWith('Tin về')).map((r) => r.id)).toEqual([])
    // With a link: Quảng Ninh's border conference and Quảng Ngãi's training; the rest say they are untraced.
    expect(sourced.filter((r) => r.source?.url).map((r) => r.id).toSorted()).toEqual(['ev-20221007-f22', 'ev-20240912-f51'])
    const untraced = sourced.filter((r) => !r.source?.url)
    expect(untraced.filter((r) => !r.source?.title.includes('chưa dẫn được bài đăng gốc')).map((r) => r.id)).toEqual([])
  })

  test('Hà Nam 2019-12-30, reported by the former unit, and only one year-end review for 2019', () => {
    const found = findEvent('2019-12-30', 'Hà Nam', 'meetings')
    expectSourced(found)
    expect(found[0]?.unit.startsWith('f')).toBe(true)
    const reviews2019 = records.filter((r) => r.unit === found[0]?.unit && r.kind === 'meetings' && /tổng kết công tác thông tin đối ngoại năm 2019/.test(r.title))
    expect(reviews2019).toHaveLength(1)
  })

  test('Quảng Trị (former unit) 2022-08-02 half-year conference and its bilingual Vietnamese–Lao publication', () => {
    const conference = findEvent('2022-08-02', 'Quảng Trị', 'meetings')
    expectSourced(conference)
    expect(conference[0]?.unit.startsWith('f')).toBe(true)
    const publication = records.filter(
      (r) => nameOf.get(r.unit) === 'Quảng Trị' && r.kind === 'articles' && r.category === 'foreign-language' && r.source && /Lào/.test(r.title),
    )
    expectSourced(publication)
    // Finished during the first half of 2022 (the day is not given), not published on 02/08/2022.
    expect(publication[0]?.date).toBe('2022-06-30')
    expect(publication[0]?.title).toContain('Savannakhet')
    expect(publication[0]?.title).toContain('Salavan')
  })

  test('Quảng Ninh 2022-10-07 border-and-territory conference, with its published source', () => {
    const found = findEvent('2022-10-07', 'Quảng Ninh', 'meetings')
    expectSourced(found)
    expect(fold(found[0]?.title ?? '')).toContain('bien gioi')
    expect(found[0]?.source?.url).toMatch(/^https:\/\//)
  })

  test('Quảng Ngãi 2024-09-12 training of nearly 200 spokespersons and press staff, with its published source', () => {
    const found = findEvent('2024-09-12', 'Quảng Ngãi', 'trainings')
    expectSourced(found)
    expect(found[0]?.participants).toBe(200)
    expect(found[0]?.category).toBe('spokespersons')
    expect(found[0]?.title).toContain('truyền thông chính sách')
    expect(found[0]?.title).not.toMatch(/Quảng Nam|Bình Định/)
    expect(found[0]?.source?.url).toMatch(/^http/)
    expect(findEvent('2024-09-10', 'Quảng Ngãi', 'trainings')).toEqual([])
  })
})

