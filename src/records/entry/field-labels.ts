import { KIND_RULES } from '../../lib/api/activity-input'
import type { ActivityKind } from '../../lib/api/schemas'
import type { entryMessages } from './entry-messages'
import type { FormField } from './form-values'

type Messages = (typeof entryMessages)['vi']

/** The label of a form field for a kind of record ("Số người tham dự" for a meeting's participants). */
export function recordFieldLabel(field: FormField, kind: ActivityKind, m: Messages): string {
  switch (field) {
    case 'date':
      return KIND_RULES[kind].monthly ? m.month : m.date
    case 'category':
      return kind === 'articles' ? m.channel : kind === 'meetings' ? m.meetingKind : kind === 'awards' ? m.awardLevel : m.audience
    case 'title':
      return kind === 'articles' ? m.titleOrNote : m.title
    case 'quantity':
      return kind === 'articles' ? m.articleItems : m.awardsCount
    case 'participants':
      return kind === 'meetings' ? m.attendees : m.trainees
    case 'format':
      return m.format
    case 'recipient':
      return m.recipient
  }
}

