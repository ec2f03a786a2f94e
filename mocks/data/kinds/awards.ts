import type { ActivityData as Activity, UnitId } from '../../../src/lib/api/schemas'
import { FIRST_YEAR, LAST_YEAR, ROMAN, daysInMonth, isoDate, monthsOfUnit, placeOf } from '../calendar'
import { sizeMean, type UnitProfile } from '../profiles'
import { Rng } from '../random'
import { centralBoardOf, ministryOf } from '../titles'

function pushAward(out: Activity[], unit: UnitId, date: string, category: 'national' | 'provincial', recipient: 'collective' | 'individual', title: string, quantity: number): void {
  out.push({ id: '', date, unit, kind: 'awards', category, title, quantity, participants: null, format: null, recipient, source: null })
}

export function generateAwards(p: UnitProfile, seed: number, out: Activity[]): void {
  const rng = new Rng(seed, `awards:${p.unit.id}`)
  const unit = p.unit.id
  if (unit === 'tw') {
    // The National External Information Awards: one ceremony a year (edition VII in 2021, XI in 2025).
    for (let year = FIRST_YEAR; year < LAST_YEAR; year++) {
      const edition = ROMAN[year - 2014] ?? String(year - 2014)
      const date = isoDate(year, 12, rng.int(10, 28))
      const prizes = rng.int(95, 115)
      const collective = Math.round(prizes * (0.15 + 0.1 * rng.float()))
      const title = `Lễ trao Giải thưởng toàn quốc về thông tin đối ngoại lần thứ ${edition}`
      pushAward(out, unit, date, 'national', 'individual', `${title}: giải cho tác giả, nhóm tác giả`, prizes - collective)
      pushAward(out, unit, date, 'national', 'collective', `${title}: giải cho tập thể`, collective)
    }
    return
  }
  const scale = sizeMean(p, 0, 1)
  for (const [year, month] of monthsOfUnit(p.unit.era)) {
    const place = placeOf(p.unit, year)
    if (month === 12) {
      // Provincial commendations go out at the year-end review.
      const date = isoDate(year, 12, rng.int(15, 30))
      pushAward(out, unit, date, 'provincial', 'collective', `Bằng khen của Chủ tịch UBND ${place} tặng các tập thể có thành tích xuất sắc trong công tác thông tin đối ngoại năm ${year}`, Math.max(1, Math.round(rng.int(3, 10) * scale)))
      const individualTitle = rng.chance(0.3)
        ? `Giải thưởng thông tin đối ngoại ${place} năm ${year}`
        : `Bằng khen của Chủ tịch UBND ${place} tặng các cá nhân có thành tích xuất sắc trong công tác thông tin đối ngoại năm ${year}`
      pushAward(out, unit, date, 'provincial', 'individual', individualTitle, Math.max(1, Math.round(rng.int(5, 20) * scale)))
    }
    // National commendations come a few times a year at most, at any time.
    if (rng.chance(0.04)) {
      const date = isoDate(year, month, rng.int(1, daysInMonth(year, month)))
      if (rng.chance(0.6)) {
        pushAward(out, unit, date, 'national', 'collective', `Bằng khen của Bộ trưởng ${ministryOf(year, month)} tặng tập thể của ${place} có thành tích trong công tác thông tin đối ngoại`, rng.int(1, 3))
      } else {
        pushAward(out, unit, date, 'national', 'individual', `Bằng khen của ${centralBoardOf(year, month)} tặng cá nhân của ${place} có thành tích trong công tác thông tin đối ngoại`, rng.int(1, 4))
      }
    }
  }
}
