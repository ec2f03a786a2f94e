import type { ActivityData as Activity } from '../../../src/lib/api/schemas'
import { CATEGORIES } from '../../../src/lib/api/schemas'
import { FIRST_YEAR, MONTH_WEIGHT, daysInMonth, isoDate, monthsOfUnit, placeOf } from '../calendar'
import type { UnitProfile } from '../profiles'
import { Rng } from '../random'
import { ARTICLE_TITLES, type ArticleChannel } from '../titles'

/** Monthly items per unit of weight, by channel, and how each channel trends over the years. */
const ARTICLE_BASE: Record<ArticleChannel, number> = {
  print: 24,
  online: 38,
  broadcast: 20,
  social: 18,
  'foreign-language': 5,
}
function channelTrend(channel: ArticleChannel, year: number): number {
  const t = year - FIRST_YEAR
  switch (channel) {
    case 'print':
      return 1 - 0.05 * t
    case 'online':
      return 0.9 + 0.06 * t
    case 'broadcast':
      return 1 - 0.01 * t
    case 'social':
      return 0.45 + 0.22 * t
    case 'foreign-language':
      return 0.8 + 0.08 * t
  }
}

/** Monthly article figures per channel: one record per unit, month and channel. */
export function generateArticles(p: UnitProfile, seed: number, out: Activity[]): void {
  const rng = new Rng(seed, `articles:${p.unit.id}`)
  const channels = CATEGORIES.articles
  for (const [year, month] of monthsOfUnit(p.unit.era)) {
    const seasonal = MONTH_WEIGHT[month - 1] ?? 1
    const lastDay = isoDate(year, month, daysInMonth(year, month))
    const place = placeOf(p.unit, year)
    for (const channel of channels) {
      const mean = ARTICLE_BASE[channel] * p.weight * channelTrend(channel, year) * (0.75 + 0.25 * seasonal)
      const quantity = Math.round(mean * (0.8 + 0.4 * rng.float()))
      const base = rng.pick(ARTICLE_TITLES[channel])
      if (quantity <= 0) continue
      const languages = channel === 'foreign-language' ? ` (${p.languages})` : ''
      out.push({
        id: '',
        date: lastDay,
        unit: p.unit.id,
        kind: 'articles',
        category: channel,
        title: `${base}${languages} của ${place} — tháng ${month}/${year}`,
        quantity,
        participants: null,
        format: null,
        recipient: null,
        source: null,
      })
    }
  }
}
