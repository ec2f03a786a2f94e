/**
 * Times of the work cycle in Vietnam's time (UTC+7, no daylight saving): deadlines are
 * Vietnamese dates, so a submission at 23:30 on the deadline must read as that day wherever
 * the reader's computer is set.
 */
import type { Lang } from './i18n/i18n'

const parts = (at: Date) => {
  const out: Record<string, string> = {}
  for (const p of new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at))
    out[p.type] = p.value
  return out
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2026-07-14T08:05:00Z" → "14/07/2026 15:05" (vi) / "14 Jul 2026, 15:05" (en), in Vietnam's time. */
export function formatVnDateTime(iso: string, lang: Lang): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const p = parts(at)
  const time = `${p.hour}:${p.minute}`
  return lang === 'vi' ? `${p.day}/${p.month}/${p.year} ${time}` : `${Number(p.day)} ${EN_MONTHS[Number(p.month) - 1]} ${p.year}, ${time}`
}
