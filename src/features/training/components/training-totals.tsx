import { useId } from 'react'
import { ComparisonNote } from '../../../components/comparison-note'
import { KpiCard } from '../../../components/kpi-card'
import { LazyPlanProgress } from '../../../components/plan-progress/lazy-plan-progress'
import { planProgressParams } from '../../../filters/api-params'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { useFilters } from '../../../filters/filters-provider'
import { formatMonth, formatNumber } from '../../../lib/format'
import { comparisonOf } from '../../../lib/comparison'
import { commonMessages } from '../../../lib/i18n/common-messages'
import { comparisonMessages } from '../../../lib/i18n/comparison-messages'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { useTrainingSummary } from '../api/use-training-data'
import { rangeCoverage } from '../../../filters/coverage'
import { describeScope } from '../lib/scope'
import { trainingTotals } from '../lib/totals'
import { trainingMessages } from './training-messages'

/** Courses, trainees and trainees per course, each against the same period last year. */
export function TrainingTotals() {
  const { lang } = useLang()
  const m = useMessages(trainingMessages)
  const c = useMessages(commonMessages)
  const cm = useMessages(comparisonMessages)
  const { filters, unitsById, coverage } = useFilters()
  const summary = useTrainingSummary(filters)
  const scope = describeScope(filters, unitsById, lang)
  const covered = rangeCoverage(filters, coverage)
  const averageLabelId = useId()
  const headingId = useId()
  const planParams = planProgressParams(filters)

  let body
  if (covered === 'none') {
    body = <EmptyState>{m.noData(scope, formatMonth(coverage.from, lang), formatMonth(coverage.to, lang))}</EmptyState>
  } else if (summary.isPending) {
    body = (
      <div className="kpi-grid">
        <Skeleton height={132} />
        <Skeleton height={132} />
        <Skeleton height={132} />
      </div>
    )
  } else if (summary.error) {
    body = <ErrorState error={summary.error} title={m.totalsError} onRetry={() => void summary.refetch()} />
  } else if (trainingTotals(summary.data).courses === 0 && !trainingTotals(summary.data).previous?.courses) {
    // Nothing this period nor the same period last year: the one empty state, not cards of zeros.
    body = <EmptyState>{m.noCoursesIn(scope)}</EmptyState>
  } else {
    const t = trainingTotals(summary.data)
    const comparison = comparisonOf(summary.data)
    const noComparison = comparison.kind === 'before-data' ? cm.noComparisonShort : undefined
    body = (
      <>
        <div className="kpi-grid">
          <KpiCard
            label={m.coursesKpi}
            value={t.courses}
            previous={t.previous?.courses ?? null}
            noComparison={noComparison}
            footer={<LazyPlanProgress params={planParams} metric="trainings" />}
          />
          <KpiCard
            label={m.traineesKpi}
            value={t.trainees}
            previous={t.previous?.trainees ?? null}
            noComparison={noComparison}
            footer={<LazyPlanProgress params={planParams} metric="trainees" />}
          />
          {t.average === null ? (
            <article className="kpi-card kpi-card--empty" aria-label={m.averageKpi}>
              <h3 className="kpi-card__label" id={averageLabelId}>
                {m.averageKpi}
              </h3>
              {/* Named by its label, as in KpiCard. */}
              {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- no native element is a named, neutral group around text (fieldset is for form controls) */}
              <p className="kpi-card__value" role="group" aria-labelledby={averageLabelId}>
                {m.noCourses}
              </p>
              <p className="kpi-card__delta">{m.noCoursesDetail}</p>
              <p className="kpi-card__previous">
                {c.samePeriodLastYear}:{' '}
                {t.previous?.average == null ? '—' : `${formatNumber(t.previous.average, lang, 1)} ${m.perCourse}`}
              </p>
            </article>
          ) : (
            <KpiCard
              label={m.averageKpi}
              value={t.average}
              // No previous average where last year had no course: no comparison, not a fall from zero.
              previous={t.previous?.average ?? null}
              unit={m.perCourse}
              fractionDigits={1}
              noComparison={noComparison}
            />
          )}
        </div>
        {t.courses === 0 && <p className="training-note">{m.noCoursesIn(scope)}</p>}
        {t.courses > 0 && t.trainees === 0 && <p className="training-note">{m.zeroTraineesNote}</p>}
        {/* Which months the changes compare (like for like), or why there is none. */}
        <ComparisonNote comparison={comparison} coverage={summary.data.coverage} className="training-note" />
      </>
    )
  }
  return (
    <section className="training-totals" aria-labelledby={headingId}>
      {/* Named by a heading, so the cards' own headings (h3) follow an h2 as on the Overview. */}
      <h2 id={headingId} className="visually-hidden">
        {m.totalsLabel}
      </h2>
      {body}
    </section>
  )
}
