/**
 * The list of courses behind the figures: the shared records table (server-side sort, search
 * and paging via `/activities`) and the shared CSV export, with the training screen's words.
 */
import { Card } from '../../../components/card'
import { useId, useState } from 'react'
import { ActivitiesExportButton } from '../../../records/components/activities-export-button'
import type { RecordColumnKey } from '../../../records/components/record-cells'
import { RecordsTable, type RecordsTableChange } from '../../../records/components/records-table'
import { EmptyState } from '../../../components/widget-state'
import { useFilters } from '../../../filters/filters-provider'
import { formatMonth } from '../../../lib/format'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { needsEra } from '../../../lib/units'
import { courseListParamsOf, courseListQuery, parseCourseListParams } from '../lib/course-list-params'
import { coverageOf, describeScope } from '../lib/scope'
import { trainingMessages } from './training-messages'

const COLUMNS: readonly RecordColumnKey[] = ['date', 'unit', 'title', 'category', 'participants', 'format']

/** The search box: typed text is local until submitted, then it is the URL's `q`. */
function SearchForm({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const m = useMessages(trainingMessages)
  const [text, setText] = useState(value)
  const id = useId()
  return (
    <form
      className="training-search"
      onSubmit={(e) => {
        e.preventDefault()
        onSearch(text)
      }}
    >
      <label className="field__label" htmlFor={id}>
        {m.search}
      </label>
      <div className="training-search__controls">
        <input id={id} type="search" className="input" value={text} placeholder={m.searchPlaceholder} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button button--secondary">
          {m.searchButton}
        </button>
        {value !== '' && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setText('')
              onSearch('')
            }}
          >
            {m.clearSearch}
          </button>
        )}
      </div>
    </form>
  )
}

export function CourseList() {
  const { lang } = useLang()
  const m = useMessages(trainingMessages)
  const { filters, unitsById, coverage, searchParams, update } = useFilters()
  const { state, issues } = parseCourseListParams(searchParams)
  const params = courseListQuery(filters, state)
  const scope = describeScope(filters, unitsById, lang)
  const { page: _page, pageSize: _pageSize, ...exportParams } = params

  const onChange = (change: RecordsTableChange) => update({ params: courseListParamsOf(change) })
  const onSearch = (q: string) => update({ params: courseListParamsOf({ q, page: 1 }) })

  return (
    <Card
      title={m.courseList}
      subtitle={m.courseListSubtitle(scope)}
      className="training-courses"
      actions={<ActivitiesExportButton params={exportParams} filename={`${m.filename}_${filters.from}_${filters.to}`} label={m.exportLabel} />}
    >
      {issues.length > 0 && (
        <div className="notice">
          <ul>
            {issues.map((i) => (
              <li key={i.param}>{m.listIssue(i.param, i.value)}</li>
            ))}
          </ul>
        </div>
      )}
      {/* Keyed by the URL's text, so back/forward put the right words back in the box. */}
      <SearchForm key={state.q} value={state.q} onSearch={onSearch} />
      {coverageOf(filters, coverage) === 'none' ? (
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
