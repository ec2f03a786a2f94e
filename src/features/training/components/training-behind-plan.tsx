/**
 * The units furthest behind their annual plan for courses or trainees: the lowest "% kế hoạch"
 * first, among units with an approved plan; how many units have none (no percentage is made up
 * for them). Only for a range inside one year (a year's plan says nothing about another's).
 */
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Card } from '../../../components/card'
import { formatPlanPercent } from '../../../components/plan-progress/plan-progress'
import { EmptyState, ErrorState, Skeleton } from '../../../components/widget-state'
import { planProgressParams } from '../../../filters/api-params'
import { filterSearch } from '../../../filters/filters'
import { useFilters } from '../../../filters/filters-provider'
import { planProgressQueries } from '../../../lib/api/report-queries'
import type { UnitId } from '../../../lib/api/schemas'
import { formatNumber, formatRange } from '../../../lib/format'
import { defineMessages, useLang, useMessages } from '../../../lib/i18n/i18n'
import { unitLabel } from '../../../lib/units'
import { compareCodes } from '../../../lib/text'
import type { Measure } from '../lib/training-params'

const messages = defineMessages({
  vi: {
    title: (what: string) => `Đơn vị chậm nhất so với kế hoạch năm (${what})`,
    subtitle: (range: string) => `% kế hoạch năm đạt được ${range}; chỉ đơn vị có kế hoạch được duyệt.`,
    courses: 'lớp tập huấn',
    trainees: 'học viên',
    twoYears: 'Khoảng thời gian đã chọn trải qua hai năm: % kế hoạch chỉ tính trong một năm.',
    error: 'Không tải được % kế hoạch',
    noneApproved: 'Chưa đơn vị nào có kế hoạch năm được duyệt: chưa tính được % kế hoạch.',
    withoutPlan: (n: string, of: string) => `${n}/${of} đơn vị chưa có kế hoạch được duyệt (không tính phần trăm).`,
    item: (pct: string, value: string, target: string) => `${pct} (${value}/${target})`,
    zeroTarget: 'chỉ tiêu 0',
  },
  en: {
    title: (what: string) => `Units furthest behind their annual plan (${what})`,
    subtitle: (range: string) => `% of the annual plan reached, ${range}; units with an approved plan only.`,
    courses: 'courses',
    trainees: 'trainees',
    twoYears: 'The selected range spans two years: % of plan is measured within one year.',
    error: 'Could not load % of plan',
    noneApproved: 'No unit has an approved plan for the year yet: no % of plan to show.',
    withoutPlan: (n: string, of: string) => `${n} of ${of} units have no approved plan (no percentage).`,
    item: (pct: string, value: string, target: string) => `${pct} (${value} of ${target})`,
    zeroTarget: 'target 0',
  },
})

/** How many units the list names. */
const SHOWN = 8

export function TrainingBehindPlan({ measure }: { measure: Measure }) {
  const { lang } = useLang()
  const m = useMessages(messages)
  const { filters, unitsById } = useFilters()
  const params = planProgressParams(filters)
  const query = useQuery({ ...planProgressQueries.detail(params ?? { from: filters.from, to: filters.to, units: [] }), enabled: params !== null })
  const metric = measure === 'courses' ? 'trainings' : 'trainees'
  const search = filterSearch(filters)
  const nameOf = (id: UnitId) => {
    const unit = unitsById.get(id)
    return unit ? unitLabel(unit, lang, unit.era === 'former') : id
  }

  let body
  if (!params) body = <EmptyState>{m.twoYears}</EmptyState>
  else if (query.isPending) body = <Skeleton height={160} />
  else if (query.isError) body = <ErrorState error={query.error} title={m.error} onRetry={() => void query.refetch()} />
  else {
    const rows = query.data.units
      .flatMap((u) => {
        const x = u.metrics.find((mm) => mm.metric === metric)
        return x && x.target !== null ? [{ unit: u.unit, value: x.value, target: x.target, percent: x.percentOfPlan }] : []
      })
      // Lowest share first; a zero target (nothing planned) cannot be behind, so it goes last.
      .toSorted((a, b) => (a.percent ?? Infinity) - (b.percent ?? Infinity) || compareCodes(a.unit, b.unit))
    const without = query.data.unitsWithoutPlan.length
    body = (
      <>
        {rows.length === 0 ? (
          <p>{m.noneApproved}</p>
        ) : (
          <ol className="training-behind">
            {rows.slice(0, SHOWN).map((r) => (
              <li key={r.unit}>
                <Link to={{ pathname: `/units/${r.unit}`, search }}>{nameOf(r.unit)}</Link>
                {': '}
                {r.percent === null
                  ? m.zeroTarget
                  : m.item(formatPlanPercent(r.percent, lang), formatNumber(r.value, lang), formatNumber(r.target, lang))}
              </li>
            ))}
          </ol>
        )}
        {without > 0 && <p className="training-note">{m.withoutPlan(formatNumber(without, lang), formatNumber(query.data.units.length, lang))}</p>}
      </>
    )
  }
  return (
    <Card title={m.title(m[measure])} subtitle={m.subtitle(formatRange(filters.from, filters.to, lang))} className="training-behind-plan">
      {body}
    </Card>
  )
}
