/** Titles of the generated records, in the words committees use, by kind and category. */
import { CATEGORIES, type Format } from '../../src/lib/api/schemas'
import { ROMAN, nameIn, placeOf, quarterOf } from './calendar'
import type { UnitProfile } from './profiles'
import type { Rng } from './random'

export const NATIONAL_COMMITTEE = 'Ban Chỉ đạo công tác thông tin đối ngoại Trung ương'

export type ArticleChannel = (typeof CATEGORIES.articles)[number]
// Titles

export const ARTICLE_TITLES: Record<ArticleChannel, readonly string[]> = {
  print: ['Tin, bài thông tin đối ngoại trên báo in', 'Tin, bài, ảnh trên báo in và tạp chí', 'Bài viết giới thiệu hình ảnh địa phương trên báo in'],
  online: ['Tin, bài trên báo điện tử', 'Tin, bài trên cổng thông tin điện tử', 'Tin, bài thông tin đối ngoại trên trang thông tin điện tử'],
  broadcast: ['Tin, phóng sự trên sóng phát thanh, truyền hình', 'Chương trình phát thanh, truyền hình về thông tin đối ngoại', 'Phóng sự truyền hình quảng bá hình ảnh'],
  social: ['Tin, bài, video trên mạng xã hội', 'Nội dung thông tin đối ngoại trên trang mạng xã hội chính thức', 'Video ngắn quảng bá hình ảnh trên nền tảng số'],
  'foreign-language': ['Tin, bài bằng tiếng nước ngoài', 'Tin, bài trên chuyên trang tiếng nước ngoài', 'Ấn phẩm thông tin đối ngoại bằng tiếng nước ngoài'],
}

export type MeetingCategory = (typeof CATEGORIES.meetings)[number]
export const MEETING_CATEGORIES: readonly MeetingCategory[] = CATEGORIES.meetings
export const MEETING_CATEGORY_WEIGHTS = [0.3, 0.25, 0.2, 0.25]

export function meetingTitle(rng: Rng, category: MeetingCategory, p: UnitProfile, year: number, month: number): string {
  const place = placeOf(p.unit, year)
  const name = nameIn(p.unit, year)
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

export type TrainingAudience = (typeof CATEGORIES.trainings)[number]
export const AUDIENCES: readonly TrainingAudience[] = CATEGORIES.trainings
export const AUDIENCE_WEIGHTS = [0.2, 0.35, 0.2, 0.15, 0.1]
export function trainingTitle(rng: Rng, audience: TrainingAudience, p: UnitProfile, year: number): string {
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

export const FORMAT_SUFFIX: Record<Format, string> = {
  'in-person': '',
  online: ' (trực tuyến)',
  hybrid: ' (trực tiếp kết hợp trực tuyến)',
}

/** The ministry that commended external-information work: MIC until its merger in March 2025. */
export function ministryOf(year: number, month: number): string {
  return year * 100 + month < 202503 ? 'Bộ Thông tin và Truyền thông' : 'Bộ Văn hóa, Thể thao và Du lịch'
}
/** The central Party body: Ban Tuyên giáo merged with Ban Dân vận in February 2025. */
export function centralBoardOf(year: number, month: number): string {
  return year * 100 + month < 202502 ? 'Ban Tuyên giáo Trung ương' : 'Ban Tuyên giáo và Dân vận Trung ương'
}

export function nationalMeetingTitle(rng: Rng, category: MeetingCategory, year: number, month: number): string {
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
