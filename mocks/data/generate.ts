/**
 * The records behind the mock API, generated from a seed (not shipped as a big JSON), so the
 * browser worker, the Node interceptor and the preview server all serve the same data.
 *
 * Records are stored against the unit as reported: every former unit until 2025-06-30, every
 * current unit from 2025-07-01, and the national level (`tw`) throughout. Magnitudes scale
 * with a size weight per unit; a current unit's expected activity is the sum of its
 * predecessors', so figures rolled up to current boundaries run on smoothly across the
 * reorganisation. A handful of real, dated events from published reports sit among the
 * generated ones, each with its source.
 */
import { CATEGORIES, type Activity, type ActivityKind, type Format, type UnitId } from '../../src/lib/api/schemas'
import { DATA_SEED } from '../config'
import { currentUnits, formerUnits, nationalUnit } from './org-units'
import type { OrgUnit } from '../../src/lib/api/schemas'

/** The months the data covers: outside it, figures are unknown, not zero. */
export const DATA_COVERAGE = { from: '2018-01', to: '2026-10' } as const

const FIRST_YEAR = 2018
const LAST_YEAR = 2026
const LAST_MONTH_OF_LAST_YEAR = 10
/** Former units report up to June 2025, current units from July 2025. */
const REORG_YEAR = 2025
const REORG_MONTH = 7

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast 32-bit PRNG that gives the same sequence on every JS engine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** FNV-1a, to derive independent sub-seeds from readable keys. */
function hashString(value: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

class Rng {
  private readonly next: () => number
  constructor(seed: number, key: string) {
    // One stream per (unit, kind): adding a record type or a unit never reshuffles the others.
    this.next = mulberry32(seed ^ hashString(key))
  }
  float(): number {
    return this.next()
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0
    for (const w of weights) total += w
    let r = this.next() * total
    for (let i = 0; i < items.length; i++) {
      r -= weights[i] ?? 0
      if (r < 0) return items[i] as T
    }
    return items[items.length - 1] as T
  }
  /** Knuth's method: fine for the small monthly means used here. */
  poisson(mean: number): number {
    if (mean <= 0) return 0
    const limit = Math.exp(-mean)
    let k = 0
    let p = this.next()
    while (p > limit) {
      k++
      p *= this.next()
    }
    return k
  }
}

// ---------------------------------------------------------------------------------------------
// Unit sizes

/**
 * Approximate populations of the former units in millions (2019 census, rounded). Used only
 * to scale the synthetic figures (the reference data has populations for merged current
 * units only); never served by the API.
 */
const FORMER_POPULATION_M: Record<string, number> = {
  '01': 8.05, '02': 0.85, '04': 0.53, '06': 0.31, '08': 0.78, '10': 0.73, '11': 0.6, '12': 0.46,
  '14': 1.25, '15': 0.82, '17': 0.85, '19': 1.29, '20': 0.78, '22': 1.32, '24': 1.8, '25': 1.46,
  '26': 1.15, '27': 1.37, '30': 1.89, '31': 2.03, '33': 1.25, '34': 1.86, '35': 0.85, '36': 1.78,
  '37': 0.98, '38': 3.64, '40': 3.33, '42': 1.29, '44': 0.9, '45': 0.63, '46': 1.13, '48': 1.13,
  '49': 1.5, '51': 1.23, '52': 1.49, '54': 0.96, '56': 1.23, '58': 0.59, '60': 1.23, '62': 0.54,
  '64': 1.51, '66': 1.87, '67': 0.62, '68': 1.3, '70': 0.99, '72': 1.17, '74': 2.43, '75': 3.1,
  '77': 1.15, '79': 8.99, '80': 1.69, '82': 1.76, '83': 1.29, '84': 1.01, '86': 1.02, '87': 1.6,
  '89': 1.91, '91': 1.72, '92': 1.24, '93': 0.73, '94': 1.2, '95': 0.91, '96': 1.19,
}

/** Former units on a land border, whose committees do more external-information work. */
const BORDER_CHINA = new Set(['02', '04', '10', '11', '12', '20', '22'])
const BORDER_LAOS = new Set(['11', '14', '38', '40', '42', '44', '45', '46', '49', '62'])
const BORDER_CAMBODIA = new Set(['62', '64', '66', '67', '70', '72', '80', '87', '89', '91'])

interface UnitProfile {
  unit: OrgUnit
  /** Activity level relative to a mid-size province (1). */
  weight: number
  /** Foreign languages its foreign-language output uses. */
  languages: string
  border: boolean
  /** The weights of the committees it continues: its own, or its predecessors' after a merger. */
  parts: readonly number[]
  /** A merged committee holds somewhat fewer meetings than its predecessors did together. */
  consolidation: number
}

/** How much one merged committee does compared with the former ones together. */
const CONSOLIDATION = 0.85

/**
 * The expected yearly count of meetings, courses or awards: `base + k·√weight` per committee,
 * summed over the committees a merged unit continues. Summing keeps the current-boundaries
 * series continuous across 01/07/2025 (a square root of the summed weight would not: a merged
 * unit would suddenly do far less than its former units did together).
 */
function sizeMean(p: UnitProfile, base: number, k: number): number {
  return p.consolidation * p.parts.reduce((sum, w) => sum + base + k * Math.sqrt(w), 0)
}

function formerProfile(unit: OrgUnit, seed: number): UnitProfile {
  const population = FORMER_POPULATION_M[unit.code] ?? 1
  const border = BORDER_CHINA.has(unit.code) || BORDER_LAOS.has(unit.code) || BORDER_CAMBODIA.has(unit.code)
  // Activity grows less than linearly with population; committees differ in energy too.
  const energy = 0.85 + 0.35 * new Rng(seed, `energy:${unit.id}`).float()
  const weight = Math.pow(population, 0.7) * energy * (border ? 1.15 : 1)
  return { unit, weight, languages: languagesOf([unit.code]), border, parts: [weight], consolidation: 1 }
}

function languagesOf(codes: readonly string[]): string {
  const extra: string[] = []
  if (codes.some((c) => BORDER_CHINA.has(c))) extra.push('tiếng Trung')
  if (codes.some((c) => BORDER_LAOS.has(c))) extra.push('tiếng Lào')
  if (codes.some((c) => BORDER_CAMBODIA.has(c))) extra.push('tiếng Khmer')
  return ['tiếng Anh', ...extra].join(', ')
}

function buildProfiles(seed: number): { former: UnitProfile[]; current: UnitProfile[] } {
  const former = formerUnits.map((u) => formerProfile(u, seed))
  const byId = new Map(former.map((p) => [p.unit.id, p]))
  const current = currentUnits.map((unit) => {
    const predecessors = unit.predecessorIds.map((id) => {
      const p = byId.get(id)
      if (!p) throw new Error(`Current unit ${unit.id} lists unknown predecessor ${id}`)
      return p
    })
    return {
      unit,
      weight: predecessors.reduce((sum, p) => sum + p.weight, 0),
      languages: languagesOf(predecessors.map((p) => p.unit.code)),
      border: predecessors.some((p) => p.border),
      parts: predecessors.map((p) => p.weight),
      consolidation: predecessors.length > 1 ? CONSOLIDATION : 1,
    }
  })
  return { former, current }
}

// ---------------------------------------------------------------------------------------------
// Calendar

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`
}
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
function quarterOf(month: number): number {
  return Math.ceil(month / 3)
}

/** Months a unit reports in, as [year, month] pairs. */
function monthsOfUnit(era: OrgUnit['era']): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const last = y === LAST_YEAR ? LAST_MONTH_OF_LAST_YEAR : 12
    for (let m = 1; m <= last; m++) {
      const beforeReorg = y < REORG_YEAR || (y === REORG_YEAR && m < REORG_MONTH)
      if (era === 'former' && !beforeReorg) continue
      if (era === 'current' && beforeReorg) continue
      out.push([y, m])
    }
  }
  return out
}

/**
 * How the unit is named inside a title ("tỉnh Quảng Ninh", "thành phố Hà Nội"). Huế was a
 * province, Thừa Thiên Huế, until it became a city on 2025-01-01.
 */
function placeOf(unit: OrgUnit, year: number): string {
  if (unit.id === 'f46' && year < 2025) return 'tỉnh Thừa Thiên Huế'
  return unit.fullName.charAt(0).toLowerCase() + unit.fullName.slice(1)
}

// ---------------------------------------------------------------------------------------------
// Year effects

/** The pandemic years moved meetings and courses online; the mix settled on hybrid after. */
function formatWeights(year: number): [number, number, number] {
  if (year === 2020) return [0.5, 0.3, 0.2]
  if (year === 2021) return [0.28, 0.47, 0.25]
  if (year === 2022) return [0.65, 0.12, 0.23]
  if (year < 2020) return [0.88, 0.02, 0.1]
  return [0.72, 0.06, 0.22]
}
const FORMATS_ORDER: readonly Format[] = ['in-person', 'online', 'hybrid']

const MEETING_YEAR_FACTOR: Record<number, number> = { 2020: 0.8, 2021: 0.7, 2022: 0.95 }
const TRAINING_YEAR_FACTOR: Record<number, number> = { 2020: 0.75, 2021: 0.65 }
/** Fewer meetings around Tết (January, February), more at the year's end. */
const MONTH_WEIGHT = [0.6, 0.5, 1, 1, 1, 1, 0.9, 1, 1, 1, 1.1, 1.2]
const MONTH_WEIGHT_SUM = MONTH_WEIGHT.reduce((a, b) => a + b, 0)

type ArticleChannel = (typeof CATEGORIES.articles)[number]
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

// ---------------------------------------------------------------------------------------------
// Titles

const ARTICLE_TITLES: Record<ArticleChannel, readonly string[]> = {
  print: ['Tin, bài thông tin đối ngoại trên báo in', 'Tin, bài, ảnh trên báo in và tạp chí', 'Bài viết giới thiệu hình ảnh địa phương trên báo in'],
  online: ['Tin, bài trên báo điện tử', 'Tin, bài trên cổng thông tin điện tử', 'Tin, bài thông tin đối ngoại trên trang thông tin điện tử'],
  broadcast: ['Tin, phóng sự trên sóng phát thanh, truyền hình', 'Chương trình phát thanh, truyền hình về thông tin đối ngoại', 'Phóng sự truyền hình quảng bá hình ảnh'],
  social: ['Tin, bài, video trên mạng xã hội', 'Nội dung thông tin đối ngoại trên trang mạng xã hội chính thức', 'Video ngắn quảng bá hình ảnh trên nền tảng số'],
  'foreign-language': ['Tin, bài bằng tiếng nước ngoài', 'Tin, bài trên chuyên trang tiếng nước ngoài', 'Ấn phẩm thông tin đối ngoại bằng tiếng nước ngoài'],
}

type MeetingCategory = (typeof CATEGORIES.meetings)[number]
const MEETING_CATEGORIES: readonly MeetingCategory[] = CATEGORIES.meetings
const MEETING_CATEGORY_WEIGHTS = [0.3, 0.25, 0.2, 0.25]

function meetingTitle(rng: Rng, category: MeetingCategory, p: UnitProfile, year: number, month: number): string {
  const place = placeOf(p.unit, year)
  const name = p.unit.id === 'f46' && year < 2025 ? 'Thừa Thiên Huế' : p.unit.name
  const q = ROMAN[quarterOf(month)]
  switch (category) {
    case 'conference': {
      const options = [
        `Hội nghị triển khai kế hoạch công tác thông tin đối ngoại năm ${year} của ${place}`,
        `Hội nghị cung cấp thông tin về tình hình thế giới, khu vực cho cán bộ chủ chốt ${place}`,
        `Hội nghị giao ban công tác thông tin đối ngoại quý ${q}/${year} của ${place}`,
        `Hội nghị tuyên truyền về chủ quyền biển, đảo Việt Nam tại ${place}`,
      ]
      if (p.border) options.push(`Hội nghị tuyên truyền về công tác biên giới, lãnh thổ tại ${place}`)
      if (year * 100 + month >= 202307) {
        options.push(`Hội nghị quán triệt Kết luận số 57-KL/TW của Bộ Chính trị về công tác thông tin đối ngoại tại ${place}`)
      }
      return rng.pick(options)
    }
    case 'seminar': {
      const options = [
        `Hội thảo nâng cao hiệu quả công tác thông tin đối ngoại trên địa bàn ${place}`,
        `Hội thảo quảng bá hình ảnh ${name} với bạn bè quốc tế`,
        `Hội thảo thông tin đối ngoại phục vụ thu hút đầu tư vào ${place}`,
      ]
      if (year >= 2021) options.push(`Hội thảo ứng dụng chuyển đổi số trong công tác thông tin đối ngoại tại ${place}`)
      return rng.pick(options)
    }
    case 'roundtable':
      return rng.pick([
        `Tọa đàm về công tác thông tin đối ngoại với các cơ quan báo chí tại ${place}`,
        `Tọa đàm “Người Việt Nam ở nước ngoài với quê hương ${name}”`,
        `Tọa đàm trao đổi kinh nghiệm tuyên truyền đối ngoại trên mạng xã hội tại ${place}`,
      ])
    case 'press-briefing':
      return rng.pick([
        `Họp báo cung cấp thông tin định kỳ quý ${q}/${year} của ${place}`,
        `Họp báo giới thiệu các hoạt động đối ngoại nổi bật của ${place}`,
        `Họp báo thông tin về tình hình kinh tế – xã hội và hoạt động đối ngoại của ${place}`,
      ])
  }
}

type TrainingAudience = (typeof CATEGORIES.trainings)[number]
const AUDIENCES: readonly TrainingAudience[] = CATEGORIES.trainings
const AUDIENCE_WEIGHTS = [0.2, 0.35, 0.2, 0.15, 0.1]
/** Course sizes by audience, [min, max] trainees. */
const AUDIENCE_SIZE: Record<TrainingAudience, [number, number]> = {
  spokespersons: [30, 90],
  officials: [60, 250],
  'commune-border': [40, 200],
  journalists: [25, 100],
  'reporters-lecturers': [40, 150],
}

function trainingTitle(rng: Rng, audience: TrainingAudience, p: UnitProfile, year: number): string {
  const place = placeOf(p.unit, year)
  switch (audience) {
    case 'spokespersons':
      return rng.pick([
        `Lớp tập huấn nghiệp vụ thông tin đối ngoại cho đội ngũ người phát ngôn ${place}`,
        `Lớp bồi dưỡng kỹ năng phát ngôn và cung cấp thông tin cho báo chí tại ${place}`,
      ])
    case 'officials':
      return rng.pick([
        `Lớp bồi dưỡng kiến thức thông tin đối ngoại cho cán bộ, công chức ${place}`,
        `Lớp tập huấn công tác thông tin đối ngoại năm ${year} cho cán bộ chủ chốt ${place}`,
      ])
    case 'commune-border':
      return p.border
        ? `Lớp tập huấn thông tin đối ngoại cho cán bộ cấp xã khu vực biên giới ${place}`
        : `Lớp tập huấn thông tin đối ngoại cho cán bộ cấp xã, phường ${place}`
    case 'journalists':
      return rng.pick([
        `Lớp tập huấn kỹ năng viết tin, bài thông tin đối ngoại cho phóng viên, biên tập viên tại ${place}`,
        `Lớp bồi dưỡng nghiệp vụ báo chí đối ngoại cho phóng viên ${place}`,
      ])
    case 'reporters-lecturers':
      return rng.pick([
        `Hội nghị bồi dưỡng báo cáo viên, tuyên truyền viên về thông tin đối ngoại ${place}`,
        `Lớp tập huấn cho đội ngũ báo cáo viên về tình hình thế giới và khu vực tại ${place}`,
      ])
  }
}

const FORMAT_SUFFIX: Record<Format, string> = {
  'in-person': '',
  online: ' (trực tuyến)',
  hybrid: ' (trực tiếp kết hợp trực tuyến)',
}

/** The ministry that commended external-information work: MIC until its merger in March 2025. */
function ministryOf(year: number, month: number): string {
  return year * 100 + month < 202503 ? 'Bộ Thông tin và Truyền thông' : 'Bộ Văn hóa, Thể thao và Du lịch'
}
/** The central Party body: Ban Tuyên giáo merged with Ban Dân vận in February 2025. */
function centralBoardOf(year: number, month: number): string {
  return year * 100 + month < 202502 ? 'Ban Tuyên giáo Trung ương' : 'Ban Tuyên giáo và Dân vận Trung ương'
}

// ---------------------------------------------------------------------------------------------
// Real, dated events

const NATIONAL_COMMITTEE = 'Ban Chỉ đạo công tác thông tin đối ngoại Trung ương'

/** A record whose id is assigned once every record exists (ids follow the generation order). */
type Draft = Activity

/**
 * Real events from published reports. Participant counts are those the source gives; where it
 * gives none they are null (not recorded), and award counts are illustrative. Sources without
 * a verified address have `url: null`.
 */
export const REAL_EVENTS: readonly Activity[] = [
  {
    id: 'ev-20181228-tw',
    date: '2018-12-28',
    unit: 'tw',
    kind: 'meetings',
    category: 'conference',
    title: 'Hội nghị toàn quốc tổng kết công tác thông tin đối ngoại năm 2018, triển khai nhiệm vụ năm 2019',
    quantity: 1,
    participants: null,
    format: 'in-person',
    recipient: null,
    source: { title: `Tin về Hội nghị toàn quốc tổng kết công tác thông tin đối ngoại năm 2018 của ${NATIONAL_COMMITTEE}, ngày 28/12/2018`, url: null },
  },
  {
    id: 'ev-20191230-f35',
    date: '2019-12-30',
    unit: 'f35',
    kind: 'meetings',
    category: 'conference',
    title: 'Hội nghị tổng kết công tác thông tin đối ngoại năm 2019, triển khai nhiệm vụ năm 2020 của tỉnh Hà Nam',
    quantity: 1,
    participants: null,
    format: 'in-person',
    recipient: null,
    source: { title: 'Tin về Hội nghị tổng kết công tác thông tin đối ngoại năm 2019 của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Nam, ngày 30/12/2019', url: null },
  },
  {
    id: 'ev-20211223-tw',
    date: '2021-12-23',
    unit: 'tw',
    kind: 'meetings',
    category: 'conference',
    title: 'Hội nghị toàn quốc tổng kết công tác thông tin đối ngoại năm 2021, triển khai nhiệm vụ năm 2022 (trực tiếp kết hợp trực tuyến)',
    quantity: 1,
    participants: null,
    format: 'hybrid',
    recipient: null,
    source: { title: `Tin về Hội nghị toàn quốc tổng kết công tác thông tin đối ngoại năm 2021 của ${NATIONAL_COMMITTEE}, ngày 23/12/2021`, url: null },
  },
  {
    id: 'ev-20211223-tw-collective',
    date: '2021-12-23',
    unit: 'tw',
    kind: 'awards',
    category: 'national',
    title: 'Khen thưởng các tập thể có thành tích xuất sắc trong công tác thông tin đối ngoại năm 2021, trao tại Hội nghị toàn quốc tổng kết',
    quantity: 10,
    participants: null,
    format: null,
    recipient: 'collective',
    source: { title: `Tin về Hội nghị toàn quốc tổng kết công tác thông tin đối ngoại năm 2021 của ${NATIONAL_COMMITTEE}, ngày 23/12/2021 (khen thưởng tập thể; số lượng minh họa)`, url: null },
  },
  {
    id: 'ev-20211223-tw-individual',
    date: '2021-12-23',
    unit: 'tw',
    kind: 'awards',
    category: 'national',
    title: 'Khen thưởng các cá nhân có thành tích xuất sắc trong công tác thông tin đối ngoại năm 2021, trao tại Hội nghị toàn quốc tổng kết',
    quantity: 15,
    participants: null,
    format: null,
    recipient: 'individual',
    source: { title: `Tin về Hội nghị toàn quốc tổng kết công tác thông tin đối ngoại năm 2021 của ${NATIONAL_COMMITTEE}, ngày 23/12/2021 (khen thưởng cá nhân; số lượng minh họa)`, url: null },
  },
  {
    id: 'ev-20220802-f45',
    date: '2022-08-02',
    unit: 'f45',
    kind: 'meetings',
    category: 'conference',
    title: 'Hội nghị sơ kết công tác thông tin đối ngoại 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm của tỉnh Quảng Trị',
    quantity: 1,
    participants: null,
    format: 'in-person',
    recipient: null,
    source: { title: 'Tin về Hội nghị sơ kết công tác thông tin đối ngoại 6 tháng đầu năm 2022 của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Trị, ngày 02/08/2022', url: null },
  },
  {
    id: 'ev-20220802-f45-publication',
    date: '2022-08-02',
    unit: 'f45',
    kind: 'articles',
    category: 'foreign-language',
    title: 'Ấn phẩm thông tin đối ngoại song ngữ Việt – Lào giới thiệu tỉnh Quảng Trị',
    quantity: 1,
    participants: null,
    format: null,
    recipient: null,
    source: { title: 'Tin về Hội nghị sơ kết công tác thông tin đối ngoại 6 tháng đầu năm 2022 của tỉnh Quảng Trị, ngày 02/08/2022 (ấn phẩm song ngữ Việt – Lào)', url: null },
  },
  {
    id: 'ev-20221007-f22',
    date: '2022-10-07',
    unit: 'f22',
    kind: 'meetings',
    category: 'conference',
    title: 'Hội nghị tuyên truyền về công tác biên giới lãnh thổ năm 2022 tại tỉnh Quảng Ninh',
    quantity: 1,
    participants: null,
    format: 'in-person',
    recipient: null,
    source: {
      title: 'Báo Quảng Ninh: “Hội nghị tuyên truyền về công tác biên giới lãnh thổ năm 2022”, 07/10/2022 (Ủy ban Biên giới quốc gia, Bộ Ngoại giao phối hợp với tỉnh Quảng Ninh)',
      url: 'https://baoquangninh.vn/hoi-nghi-tuyen-truyen-ve-cong-tac-bien-gioi-lanh-tho-nam-2022-3207560.html',
    },
  },
  {
    id: 'ev-20240910-f51',
    date: '2024-09-10',
    unit: 'f51',
    kind: 'trainings',
    category: 'officials',
    title: 'Lớp tập huấn công tác thông tin đối ngoại cho cán bộ các tỉnh Quảng Ngãi, Quảng Nam và Bình Định',
    quantity: 1,
    participants: 250,
    format: 'in-person',
    recipient: null,
    source: { title: 'Tin về lớp tập huấn công tác thông tin đối ngoại tổ chức tại tỉnh Quảng Ngãi ngày 10/09/2024 cho khoảng 250 cán bộ của Quảng Ngãi, Quảng Nam và Bình Định', url: null },
  },
]

/**
 * Generated reviews the real events replace: `unit:review:year` (review = year-end or
 * half-year), so Hà Nam does not hold two year-end conferences for 2019.
 */
const REPLACED_REVIEWS = new Set(['tw:year:2018', 'tw:year:2021', 'f35:year:2019', 'f45:half:2022'])

// ---------------------------------------------------------------------------------------------
// Generators, one per kind

function generateArticles(p: UnitProfile, seed: number, out: Draft[]): void {
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
  out: Draft[],
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

function generateMeetings(p: UnitProfile, seed: number, out: Draft[]): void {
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

function nationalMeetingTitle(rng: Rng, category: MeetingCategory, year: number, month: number): string {
  const q = ROMAN[quarterOf(month)]
  switch (category) {
    case 'conference':
      return rng.pick([
        `Hội nghị giao ban công tác thông tin đối ngoại quý ${q}/${year} của ${NATIONAL_COMMITTEE}`,
        `Hội nghị toàn quốc triển khai công tác thông tin đối ngoại về biển, đảo năm ${year}`,
      ])
    case 'seminar':
      return rng.pick([
        'Hội thảo khoa học về đổi mới công tác thông tin đối ngoại trong tình hình mới',
        `Hội thảo toàn quốc về thông tin đối ngoại trên môi trường số năm ${year}`,
      ])
    case 'roundtable':
      return `Tọa đàm với cơ quan báo chí chủ lực về thông tin đối ngoại năm ${year} (Trung ương)`
    case 'press-briefing':
      return `Họp báo về công tác thông tin đối ngoại quý ${q}/${year} của ${NATIONAL_COMMITTEE}`
  }
}

function generateTrainings(p: UnitProfile, seed: number, out: Draft[]): void {
  const rng = new Rng(seed, `trainings:${p.unit.id}`)
  const national = p.unit.id === 'tw'
  const yearlyMean = national ? 1.5 : sizeMean(p, 1.5, 3)
  for (const [year, month] of monthsOfUnit(p.unit.era)) {
    const mean = (yearlyMean * (TRAINING_YEAR_FACTOR[year] ?? 1) * (MONTH_WEIGHT[month - 1] ?? 1)) / MONTH_WEIGHT_SUM
    const count = rng.poisson(mean)
    for (let i = 0; i < count; i++) {
      const audience = national ? rng.pick(['spokespersons', 'officials', 'journalists'] as const) : rng.weighted(AUDIENCES, AUDIENCE_WEIGHTS)
      const [min, max] = national ? [100, 200] : AUDIENCE_SIZE[audience]
      const format = rng.weighted(FORMATS_ORDER, formatWeights(year))
      const title = national
        ? `Lớp tập huấn công tác thông tin đối ngoại năm ${year} cho cán bộ các bộ, ngành, địa phương (Trung ương)`
        : trainingTitle(rng, audience, p, year)
      // A few courses never had their trainees recorded: they count 0 trainees, not a guess.
      const participants = rng.chance(0.02) ? null : rng.int(min, max)
      out.push({
        id: '',
        date: isoDate(year, month, rng.int(1, daysInMonth(year, month))),
        unit: p.unit.id,
        kind: 'trainings',
        category: audience,
        title: `${title}${FORMAT_SUFFIX[format]}`,
        quantity: 1,
        participants,
        format,
        recipient: null,
        source: null,
      })
    }
  }
}

function pushAward(out: Draft[], unit: UnitId, date: string, category: 'national' | 'provincial', recipient: 'collective' | 'individual', title: string, quantity: number): void {
  out.push({ id: '', date, unit, kind: 'awards', category, title, quantity, participants: null, format: null, recipient, source: null })
}

function generateAwards(p: UnitProfile, seed: number, out: Draft[]): void {
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

const GENERATORS: Record<ActivityKind, (p: UnitProfile, seed: number, out: Draft[]) => void> = {
  articles: generateArticles,
  meetings: generateMeetings,
  awards: generateAwards,
  trainings: generateTrainings,
}

/**
 * Every record of the mock API, for the given seed. Same seed, same records, in the same
 * order, with the same ids. The national level publishes no article figures of its own.
 */
export function generateActivities(seed: number = DATA_SEED): Activity[] {
  const { former, current } = buildProfiles(seed)
  const national: UnitProfile = { unit: nationalUnit, weight: 1, languages: 'tiếng Anh', border: false, parts: [1], consolidation: 1 }
  const drafts: Draft[] = []
  for (const p of [...former, ...current]) {
    for (const kind of Object.keys(GENERATORS) as ActivityKind[]) GENERATORS[kind](p, seed, drafts)
  }
  for (const kind of ['meetings', 'awards', 'trainings'] as const) GENERATORS[kind](national, seed, drafts)

  // Ids follow the generation order, which depends only on the seed: stable across runs.
  for (let i = 0; i < drafts.length; i++) (drafts[i] as Activity).id = `a-${String(i + 1).padStart(6, '0')}`
  for (const event of REAL_EVENTS) drafts.push({ ...event })
  return drafts
}
