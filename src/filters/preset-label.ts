import { formatRange } from '../lib/format'
import type { Lang } from '../lib/i18n/i18n'
import { filterMessages } from './filter-messages'
import { presetRange, type PresetId } from './filters'

/** A preset as the period select names it, with its months: "6 tháng đầu năm 2026", "Lũy kế 10 tháng năm 2026". */
export function presetLabel(preset: PresetId, lang: Lang, now?: Date): string {
  const m = filterMessages[lang]
  if (preset === 'custom') return m.custom
  const { from, to } = presetRange(preset, now)
  return m.preset(preset, formatRange(from, to, lang))
}
