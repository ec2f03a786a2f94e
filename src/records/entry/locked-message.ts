/**
 * The refusal of a write inside a locked period (409 `period_locked`), in the UI's language.
 * The server words it in the browser's language (its `Accept-Language`), which need not be the
 * UI's: the report it names (period, unit, submitted or approved) is read from either of its
 * two wordings and said again in the UI's words; anything else is shown as the server sent it.
 */
import type { ApiError } from '../../lib/api/client'
import type { Lang } from '../../lib/i18n/i18n'
import { entryMessages } from './entry-messages'

const VI = /^Báo cáo (6 tháng đầu năm|năm) (\d{4}) của (.+?) đã (được duyệt|gửi) /
const EN = /^The (\d{4}) (first half-year|annual) report of (.+?) has been (approved|submitted)/

export function lockedMessage(error: ApiError, lang: Lang): string {
  const vi = VI.exec(error.message)
  const en = vi ? null : EN.exec(error.message)
  if (!vi && !en) return error.message
  const half = vi ? vi[1] === '6 tháng đầu năm' : en?.[2] === 'first half-year'
  const year = (vi ? vi[2] : en?.[1]) ?? ''
  const unit = (vi ? vi[3] : en?.[3]) ?? ''
  const approved = vi ? vi[4] === 'được duyệt' : en?.[4] === 'approved'
  const period = lang === 'vi' ? `${half ? '6 tháng đầu năm' : 'năm'} ${year}` : half ? `the first half of ${year}` : year
  return entryMessages[lang].periodLocked(period, unit, approved)
}
