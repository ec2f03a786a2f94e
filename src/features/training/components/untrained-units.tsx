import { Link } from 'react-router'
import { Card } from '../../../components/card'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { filterSearch } from '../../../filters/filters'
import { useFilters } from '../../../filters/filters-provider'
import { formatMonth } from '../../../lib/format'
import { regionLabels } from '../../../lib/i18n/common-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { needsEra, unitLabel } from '../../../lib/units'
import { useTrainingCourses } from '../api/use-training-data'
import { unitsInScope, untrainedByRegion } from '../lib/chart-data'
import { rangeCoverage } from '../../../filters/coverage'
import { describeScope } from '../lib/scope'
import { trainingMessages } from './training-messages'

/**
 * Units with no course in the period, named one by one with a link to their page: the list a
 * trainer chases. Uses the same `/stats` answer as the chart by unit (one cached request).
 */
export function UntrainedUnits() {
  const { lang } = useLang()
  const m = useMessages(trainingMessages)
  const { filters, units, unitsById, coverage } = useFilters()
  const courses = useTrainingCourses(filters, 'unit')
  const scope = describeScope(filters, unitsById, lang)
  const inScope = unitsInScope(units, filters.units, filters, filters.boundary)
  const withEra = needsEra(filters.boundary)
  const search = filterSearch(filters)

  let body
  if (rangeCoverage(filters, coverage) === 'none') {
    body = <EmptyState>{m.noData(scope, formatMonth(coverage.from, lang), formatMonth(coverage.to, lang))}</EmptyState>
  } else if (courses.error) {
    body = <ErrorState error={courses.error} title={m.noTrainingError} onRetry={() => void courses.refetch()} />
  } else if (courses.isPending) {
    body = <Skeleton height={120} />
  } else if (inScope.length === 0) {
    body = <EmptyState>{m.noUnitInScope(scope)}</EmptyState>
  } else {
    const groups = untrainedByRegion(inScope, courses.data)
    const count = groups.reduce((n, g) => n + g.units.length, 0)
    body =
      count === 0 ? (
        <p className="training-all-trained">
          <span aria-hidden="true">✓ </span>
          {m.everyUnitTrained(scope)}
        </p>
      ) : (
        <>
          <p className="training-untrained__count">{m.noTrainingCount(count)}</p>
          <div className="training-untrained__groups">
            {groups.map((g) => {
              const name = g.region === null ? m.central : regionLabels[lang][g.region]
              return (
                <section key={g.region ?? 'national'} className="training-untrained__group" aria-label={name}>
                  <h3>
                    {name} <span className="training-untrained__n">({g.units.length})</span>
                  </h3>
                  <ul>
                    {g.units.map((u) => (
                      <li key={u.id}>
                        <Link to={{ pathname: `/units/${u.id}`, search }}>{unitLabel(u, lang, withEra)}</Link>
                      </li>
                    ))}
                  </ul>
                </section>
              )
            })}
          </div>
        </>
      )
  }

  return (
    <Card title={m.noTraining} subtitle={m.noTrainingSubtitle(scope)} className="training-untrained">
      {body}
    </Card>
  )
}
