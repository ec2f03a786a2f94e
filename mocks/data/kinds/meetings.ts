import type { ActivityData as Activity, Format, UnitId } from '../../../src/lib/api/schemas'
import { FORMAT_SUFFIX, MEETING_CATEGORIES, MEETING_CATEGORY_WEIGHTS, NATIONAL_COMMITTEE, meetingTitle, nationalMeetingTitle, type MeetingCategory } from '../titles'
import { FORMATS_ORDER, MEETING_YEAR_FACTOR, MONTH_WEIGHT, MONTH_WEIGHT_SUM, daysInMonth, formatWeights, isoDate, monthsOfUnit, placeOf } from '../calendar'
import { sizeMean, type UnitProfile } from '../profiles'
import { Rng } from '../random'
import { REPLACED_REVIEWS } from '../real-events'

function meetingParticipants(rng: Rng, category: MeetingCategory, format: Format, national: boolean): number {
  if (national) return rng.int(150, 300)
  switch (category) {
    case 'conference':
      return format === 'in-person' ? rng.int(80, 250) : rng.int(100, 300)
    case 'seminar':
      return rng.int(40, 150)
    case 'roundtable':
      return rng.int(30, 70)
    case 'press-briefing':
      return rng.int(30, 100)
  }
}

function pushMeeting(
  rng: Rng,
  out: Activity[],
  unit: UnitId,
  date: string,
  category: MeetingCategory,
  title: string,
  year: number,
  national: boolean,
): void {
  const format = rng.weighted(FORMATS_ORDER, formatWeights(year))
  out.push({
    id: '',
    date,
    unit,
    kind: 'meetings',
    category,
    title: `${title}${FORMAT_SUFFIX[format]}`,
    quantity: 1,
    participants: meetingParticipants(rng, category, format, national),
    format,
    recipient: null,
    source: null,
  })
}

export function generateMeetings(p: UnitProfile, seed: number, out: Activity[]): void {
  const rng = new Rng(seed, `meetings:${p.unit.id}`)
  const national = p.unit.id === 'tw'
  const yearlyMean = national ? 4 : sizeMean(p, 3, 5)
  const place = national ? NATIONAL_COMMITTEE : ''
  for (const [year, month] of monthsOfUnit(p.unit.era)) {
    const unit = p.unit.id
    const where = national ? place : placeOf(p.unit, year)
    const prefix = national ? 'Hội nghị toàn quốc' : 'Hội nghị'
    const suffix = national ? '' : ` của ${where}`
    // Year-end reviews are held in December, or in January for the year before.
    const reviewYear = month === 12 ? year : month === 1 ? year - 1 : null
    if (reviewYear !== null) {
      const inJanuary = new Rng(seed, `review:${unit}:${reviewYear}`).chance(0.35)
      if ((month === 1) === inJanuary && !REPLACED_REVIEWS.has(`${unit}:year:${reviewYear}`)) {
        const day = month === 12 ? rng.int(18, 30) : rng.int(8, 25)
        const title = `${prefix} tổng kết công tác thông tin đối ngoại năm ${reviewYear}, triển khai nhiệm vụ năm ${reviewYear + 1}${suffix}`
        pushMeeting(rng, out, unit, isoDate(year, month, day), 'conference', title, year, national)
      }
    }
    if (month === 7 && !REPLACED_REVIEWS.has(`${unit}:half:${year}`)) {
      const title = `${prefix} sơ kết công tác thông tin đối ngoại 6 tháng đầu năm ${year}${suffix}`
      pushMeeting(rng, out, unit, isoDate(year, month, rng.int(5, 28)), 'conference', title, year, national)
    }
    const mean = (yearlyMean * (MEETING_YEAR_FACTOR[year] ?? 1) * (MONTH_WEIGHT[month - 1] ?? 1)) / MONTH_WEIGHT_SUM
    const count = rng.poisson(mean)
    for (let i = 0; i < count; i++) {
      const category = rng.weighted(MEETING_CATEGORIES, MEETING_CATEGORY_WEIGHTS)
      const title = national ? nationalMeetingTitle(rng, category, year, month) : meetingTitle(rng, category, p, year, month)
      pushMeeting(rng, out, unit, isoDate(year, month, rng.int(1, daysInMonth(year, month))), category, title, year, national)
    }
  }
}
