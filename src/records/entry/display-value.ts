import { KIND_RULES } from '../../lib/api/activity-input'
import type { ActivityKind } from '../../lib/api/schemas'
import { formatDate, formatMonth, formatNumber } from '../../lib/format'
import { categoryLabels, formatLabels, recipientLabels } from '../../lib/i18n/common-messages'
import type { Lang } from '../../lib/i18n/i18n'
import type { FormField } from './form-values'

/** A form value as a reader sees it: dates and numbers in the locale's format, codes as their labels. */
export function displayValue(field: FormField, value: string, kind: ActivityKind, lang: Lang, empty: string): string {
  if (value === '') return empty
  switch (field) {
    case 'date':
      return KIND_RULES[kind].monthly && value.length === 7 ? formatMonth(value, lang) : formatDate(value, lang)
    case 'category':
      return (categoryLabels[lang] as Record<string, string>)[value] ?? value
    case 'format':
      return (formatLabels[lang] as Record<string, string>)[value] ?? value
    case 'recipient':
      return (recipientLabels[lang] as Record<string, string>)[value] ?? value
    case 'quantity':
    case 'participants':
      return Number.isFinite(Number(value)) ? formatNumber(Number(value), lang) : value
    case 'title':
      return value
  }
}
