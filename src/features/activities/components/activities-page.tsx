/**
 * The activities explorer (for staff): the records behind the figures within the global
 * filters, narrowed by metric, category and a diacritic-free search, sorted and paged by the
 * server, and exported in full as CSV. Every choice lives in the URL.
 */
import { lazy, Suspense, useId, useMemo, useState } from 'react'
import { PageHeader } from '../../../components/page-header'
import { ActivitiesExportButton } from '../../../records/components/activities-export-button'
import { RecordsTable, type RecordsTableChange } from '../../../records/components/records-table'
import { entryMessages } from '../../../records/entry/entry-messages'
import { RecordEditingProvider, recordRowActions, useShowsRecordActions } from '../../../records/entry/record-editing'
import { Skeleton } from '../../../components/widget-state'
import { useMe } from '../../../lib/api/session'
import { describeSelection } from '../../../filters/describe-selection'
import { useFilters } from '../../../filters/filters-provider'
import { METRICS } from '../../../lib/api/contract'
import type { Metric } from '../../../lib/api/schemas'
import { formatMonth, formatRange } from '../../../lib/format'
import { categoryLabels, metricLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { monthIndex } from '../../../lib/periods'
import { needsEra } from '../../../lib/units'
import { SearchField } from '../../../components/search-field'
import { useScreenParams } from '../../../filters/use-screen-params'
import { categoriesOfMetric, explorerParams, explorerQuery, type ExplorerState } from '../lib/explorer-params'
// oxlint-disable-next-line import/no-unassigned-import -- the screen's stylesheet, loaded with its chunk
import '../activities.css'
import { activitiesMessages } from './activities-messages'

const DeletedRecords = lazy(() => import('../../../records/entry/deleted-records'))

export function ActivitiesPage() {
  return (
    <RecordEditingProvider>
      <ActivitiesScreen />
    </RecordEditingProvider>
  )
}

/** Admin: the deleted records, behind a switch, with their restore. */
function DeletedView() {
  const m = useMessages(entryMessages)
  const headingId = useId()
  const [open, setOpen] = useState(false)
  return (
    <section className="card activities-deleted" aria-labelledby={headingId}>
      <header className="card__header">
        <h2 id={headingId} className="card__title">
          {m.deletedTitle}
        </h2>
        <button type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? m.deletedHide : m.deletedView}
        </button>
      </header>
      {open && (
        <Suspense fallback={<Skeleton height={160} />}>
          <DeletedRecords headingId={headingId} />
        </Suspense>
      )}
    </section>
  )
}

function ActivitiesScreen() {
  const m = useMessages(activitiesMessages)
  const entry = useMessages(entryMessages)
  const withActions = useShowsRecordActions()
  const { data: me } = useMe()
  const { lang } = useLang()
  const { filters, searchParams, unitsById, coverage } = useFilters()
  const metricId = useId()
  const categoryId = useId()

  const [state, setState] = useScreenParams(explorerParams)
  const query = useMemo(() => explorerQuery(state, filters), [state, filters])
  const rawQ = (searchParams.get('q') ?? '').replace(/\s+/g, ' ').trim()

  /** One navigation per change; any change but paging goes back to page 1. */
  const change = (next: Partial<ExplorerState>, options?: { replace: boolean }) => {
    setState('page' in next ? next : { ...next, page: 1 }, options)
  }
  const onTableChange = (c: RecordsTableChange) => {
    const patch: Partial<ExplorerState> = {}
    if (c.sort !== undefined) patch.sort = c.sort
    if (c.pageSize !== undefined) patch.pageSize = c.pageSize
    patch.page = c.page ?? 1
    change(patch)
  }
  const pageHref = (page: number) => {
    const next = new URLSearchParams(searchParams)
    if (page <= 1) next.delete('page')
    else next.set('page', String(page))
    const s = next.toString()
    return `/activities${s ? `?${s}` : ''}`
  }

  const range = formatRange(filters.from, filters.to, lang)
  const scope = describeSelection(filters.units, { unitsById, boundary: filters.boundary, lang, inline: true })

  const outside = monthIndex(filters.from) > monthIndex(coverage.to) || monthIndex(filters.to) < monthIndex(coverage.from)
  const reasons = [
    state.q ? m.emptySearch(state.q) : null,
    state.metric ? m.emptyMetric(metricLabels[lang][state.metric]) : null,
    state.category ? m.emptyCategory((categoryLabels[lang] as Record<string, string>)[state.category] ?? state.category) : null,
    m.emptyScope(range, scope),
  ].filter((r): r is string => r !== null)
  const emptyMessage = outside ? (
    <p>{m.outsideCoverage(range, formatMonth(coverage.from, lang), formatMonth(coverage.to, lang))}</p>
  ) : (
    <>
      <p>{m.emptyBecause(reasons.join(' '))}</p>
      <p>{m.tryClearing}</p>
    </>
  )

  const exportParams = { ...query }
  const filename = [m.exportFile, state.metric, filters.from, filters.to].filter(Boolean).join('_')
  const hasOwnFilters = state.metric !== null || state.category !== null || rawQ !== ''

  return (
    <>
      <PageHeader title={m.title} description={m.description(range, scope)} actions={<ActivitiesExportButton params={exportParams} filename={filename} />} />
      <section className="card activities" aria-labelledby={`${metricId}-title`}>
        <h2 id={`${metricId}-title`} className="visually-hidden">
          {m.cardTitle}
        </h2>
        <div className="activities__toolbar">
          <SearchField
            className="activities-search"
            label={m.search}
            placeholder={m.searchPlaceholder}
            hint={m.searchHint}
            value={state.q}
            onCommit={(q, options) => change({ q }, options)}
          />
          <div className="field">
            <label className="field__label" htmlFor={metricId}>
              {m.metric}
            </label>
            <select
              id={metricId}
              className="select"
              value={state.metric ?? ''}
              onChange={(e) => change({ metric: (e.target.value || null) as Metric | null, category: null })}
            >
              <option value="">{m.allMetrics}</option>
              {METRICS.map((metric) => (
                <option key={metric} value={metric}>
                  {metricLabels[lang][metric]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={categoryId}>
              {m.category}
            </label>
            <select
              id={categoryId}
              className="select"
              value={state.category ?? ''}
              disabled={state.metric === null}
              title={state.metric === null ? m.chooseMetricFirst : undefined}
              onChange={(e) => change({ category: e.target.value || null })}
            >
              <option value="">{state.metric === null ? m.chooseMetricFirst : m.allCategories}</option>
              {state.metric !== null &&
                categoriesOfMetric(state.metric).map((category) => (
                  <option key={category} value={category}>
                    {(categoryLabels[lang] as Record<string, string>)[category] ?? category}
                  </option>
                ))}
            </select>
          </div>
          {hasOwnFilters && (
            <button type="button" className="button button--ghost activities__reset" onClick={() => change({ metric: null, category: null, q: '' })}>
              {m.resetFilters}
            </button>
          )}
        </div>
        {state.metric === 'trainees' && <p className="activities__note">{m.traineesNote}</p>}
        <RecordsTable
          params={query}
          onChange={onTableChange}
          caption={`${m.tableCaption} — ${range}, ${scope}`}
          withEra={needsEra(filters.boundary)}
          emptyMessage={emptyMessage}
          pageHref={pageHref}
          {...(withActions ? { rowActions: recordRowActions, actionsLabel: entry.actions } : {})}
        />
      </section>
      {me?.role === 'admin' && <DeletedView />}
    </>
  )
}
