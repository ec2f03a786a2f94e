/**
 * The overview a committee leader opens first: the headline figures against the same period
 * last year, then the chosen metric's trend, ranking, tile map and breakdown. Each widget
 * loads, fails and empties on its own; the KPI cards never wait for the chart library.
 */
import { useId, useRef } from 'react'
import { MetricSelect } from '../../../components/metric-select'
import { PageHeader } from '../../../components/page-header'
import { useFilters } from '../../../filters/filters-provider'
import { useScreenParams } from '../../../filters/use-screen-params'
import { useMessages } from '../../../lib/i18n/i18n'
import { overviewParams } from '../lib/overview-params'
// oxlint-disable-next-line import/no-unassigned-import -- the screen's stylesheet, loaded with its chunk
import '../overview.css'
import { BreakdownCard } from './breakdown-card'
import { KpiSection } from './kpi-section'
import { overviewMessages } from './overview-messages'
import { RankingCard } from './ranking-card'
import { TileMapCard } from './tile-map-card'
import { TrendCard } from './trend-card'
import { useChartsDrawnMark } from './use-charts-drawn-mark'
import { useOverviewScope } from './use-overview-scope'

export function OverviewPage() {
  const m = useMessages(overviewMessages)
  const { coverage } = useFilters()
  const scope = useOverviewScope()
  const [{ metric }, setParams] = useScreenParams(overviewParams)
  const chartsRef = useRef<HTMLDivElement>(null)
  const chartsHeadingId = useId()
  useChartsDrawnMark(chartsRef)

  return (
    <>
      <PageHeader title={m.title} description={m.scope(scope.unitsLabel, scope.range)} />
      <KpiSection scope={scope} />
      <section className="overview-charts" aria-labelledby={chartsHeadingId} ref={chartsRef}>
        <div className="overview-charts__bar">
          <div>
            <h2 id={chartsHeadingId} className="overview-charts__title">
              {m.chartsTitle}
            </h2>
            <p className="overview-charts__hint">{m.chartsHint}</p>
          </div>
          <MetricSelect value={metric} onChange={(next) => setParams({ metric: next })} />
        </div>
        <div className="overview-grid">
          <TrendCard metric={metric} scope={scope} coverage={coverage} />
          <TileMapCard metric={metric} scope={scope} />
          <RankingCard metric={metric} scope={scope} />
          <BreakdownCard metric={metric} scope={scope} />
        </div>
      </section>
    </>
  )
}
