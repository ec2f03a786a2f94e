import { useParams } from 'react-router'
import { ReportPage } from './report-page'
import { ReportsPage } from './reports-page'

/**
 * `/reports` (the list) and `/reports/:reportId` (one report) as one route and one chunk: the
 * route table is in the first download, which has no room for a second entry.
 */
export function ReportsScreen() {
  const { reportId } = useParams()
  return reportId === undefined ? <ReportsPage /> : <ReportPage />
}
