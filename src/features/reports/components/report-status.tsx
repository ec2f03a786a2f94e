import type { ReportStatus } from '../../../lib/api/reports'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { reportStatusLabels, reportsMessages } from '../lib/reports-messages'
import type { ReportTiming } from '../lib/report-document'

/**
 * A report's status in words, with where it stands against the deadline ("Đã gửi · Gửi muộn",
 * "Bản nháp · Quá hạn"). The words carry the meaning; the colour only repeats it.
 */
export function ReportStatusBadge({ status, timing }: { status: ReportStatus; timing: ReportTiming }) {
  const { lang } = useLang()
  const m = useMessages(reportsMessages)
  return (
    <span className="report-status">
      <span className={`report-badge report-badge--${status}`}>{reportStatusLabels[lang][status]}</span>
      {timing === 'overdue' && <span className="report-badge report-badge--overdue">{m.overdue}</span>}
      {timing === 'late' && <span className="report-badge report-badge--late">{m.lateBadge}</span>}
      {timing === 'on-time' && <span className="report-badge report-badge--on-time">{m.onTimeBadge}</span>}
    </span>
  )
}
