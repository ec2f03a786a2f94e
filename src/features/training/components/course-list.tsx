/**
 * The list of courses behind the figures: the shared records table (server-side sort, search
 * and paging via `/activities`) and the shared CSV export, with the training screen's words.
 */
import { Card } from '../../../components/card'
import { ActivitiesExportButton } from '../../../records/components/activities-export-button'
import type { RecordColumnKey } from '../../../records/components/record-cells'
import { RecordsTable, type RecordsTableChange } from '../../../records/components/records-table'
import { EmptyState } from '../../../components/widget-state'
import { useFilters } from '../../../filters/filters-provider'
import { formatMonth } from '../../../lib/format'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { needsEra } from '../../../lib/units'
import { SearchField } from '../../../components/search-field'
import { useScreenParams } from '../../../filters/use-screen-params'
import { courseListQuery, trainingParams } from '../lib/training-params'
import { rangeCoverage } from '../../../filters/coverage'
import { describeScope } from '../lib/scope'
import { trainingMessages } from './training-messages'

const COLUMNS: readonly RecordColumnKey[] = ['date', 'unit', 'title', 'category', 'participants', 'format']

export function CourseList() {
  const { lang } = useLang()
  const m = useMessages(trainingMessages)
  const { filters, unitsById, coverage } = useFilters()
  const [state, setState] = useScreenParams(trainingParams)
  const params = courseListQuery(filters, state)
  const scope = describeScope(filters, unitsById, lang)
  const { page: _page, pageSize: _pageSize, ...exportParams } = params

  const onChange = (change: RecordsTableChange) => setState(change)

  return (
    <Card
      title={m.courseList}
      subtitle={m.courseListSubtitle(scope)}
      className="training-courses"
      actions={<ActivitiesExportButton params={exportParams} filename={`${m.filename}_${filters.from}_${filters.to}`} label={m.exportLabel} />}
    >
      <SearchField
        className="training-search"
        label={m.search}
        placeholder={m.searchPlaceholder}
        value={state.q}
        onCommit={(q, options) => setState({ q, page: 1 }, options)}
      />
      {rangeCoverage(filters, coverage) === 'none' ? (
        <EmptyState>{m.noData(scope, formatMonth(coverage.from, lang), formatMonth(coverage.to, lang))}</EmptyState>
      ) : (
        <RecordsTable
          params={params}
          onChange={onChange}
          caption={state.q ? `${m.courseList} — ${m.searchingFor(state.q)}` : m.courseList}
          withEra={needsEra(filters.boundary)}
          columns={COLUMNS}
          headers={{ category: m.audience, participants: m.traineesColumn }}
          emptyMessage={m.emptyCourses(scope, state.q)}
          countLabel={(total) => (state.q ? `${m.courseCount(total)} · ${m.searchingFor(state.q)}` : m.courseCount(total))}
        />
      )}
    </Card>
  )
}
