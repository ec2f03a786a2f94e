/**
 * Render time of the units table for the 63-unit view (as reported, the year 2024: 63 former
 * units and the central level, five metrics, value, change and rank each).
 *
 * Method: in Node, with the server app answering the table's five `/stats` requests once
 * beforehand (untimed, so the figure is the app's own work): (1) the pure transform —
 * `buildUnitsTable` (values, same-territory comparison from monthly figures, ranks) plus
 * filtering and sorting; (2) that plus rendering the real `UnitsTable` component to HTML with
 * react-dom/server (`renderToString`, same components, messages and formatters as the page,
 * without the browser's layout and paint). Median of repeated runs after a warm-up.
 */
import { createElement, type ComponentProps } from 'react'
import { renderToString } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { allUnits } from '../../server/reference/org-units'
import { createApp } from '../../server/app'
import { appSignIn } from '../support/app-session'
import { DEMO_PASSWORD } from '../support/session'
import { openDemoDatabase } from '../../mocks/prepared-db'
import { UnitsTable } from '../../src/features/units/components/units-table'
import { buildUnitsTable, matchesRow, sortRows, totalsOf, type UnitRow } from '../../src/features/units/lib/units-table'
import { parseSort } from '../../src/features/units/lib/units-params'
import { METRICS, statsResponseSchema, type Metric } from '../../src/lib/api/schemas'
import { I18nProvider } from '../../src/lib/i18n/i18n'
import { unitLabel } from '../../src/lib/units'
import { medianTime, type BenchRow } from './bench-utils'


const RUNS = 25
const RANGE = { from: '2024-01', to: '2024-12' }
const COVERAGE = { from: '2018-01', to: '2026-10' }

const label = (row: UnitRow) => unitLabel(row.unit, 'vi', true)


export async function benchUnitsTable(): Promise<BenchRow[]> {
  const database = await openDemoDatabase()
  const app = await appSignIn(createApp({ database }), 'viewer', DEMO_PASSWORD)
  const values = {} as Record<Metric, Map<string, number>>
  const previous = {} as Record<Metric, Map<string, number | null>>
  for (const metric of METRICS) {
    const query = `metric=${metric}&from=${RANGE.from}&to=${RANGE.to}&by=unit&boundary=reported&compare=previous-year`
    const now = statsResponseSchema.parse(await (await app(`/api/v1/stats?${query}`)).json())
    values[metric] = new Map(now.rows.map((r) => [r.unit ?? '', r.value]))
    previous[metric] = new Map(now.rows.map((r) => [r.unit ?? '', r.previous ?? null]))
  }
  await database.close()
  const sort = parseSort('-articles').sort

  const transform = () => {
    const table = buildUnitsTable({ units: allUnits, boundary: 'reported', range: RANGE, coverage: COVERAGE, values, previous })
    const visible = table.rows.filter((row) => matchesRow(row, { q: '', region: null, units: [] }, label(row)))
    const sorted = sortRows(visible.filter((r) => r.unit.era !== 'national'), sort, label, 'vi')
    return { table, visible, sorted }
  }

  let rowsRendered = 0
  let htmlBytes = 0
  const render = () => {
    const { table, sorted } = transform()
    const national = table.rows.find((r) => r.unit.era === 'national') ?? null
    const element = createElement(UnitsTable, {
      caption: 'Số liệu các đơn vị, 2024',
      nationalRow: national,
      rows: sorted,
      sort,
      onSort: () => undefined,
      labelOf: label,
      hrefOf: (row: UnitRow) => `/units/${row.unit.id}?from=2024-01&to=2024-12&boundary=reported`,
      footer: [{ label: 'Toàn quốc', totals: totalsOf(table.rows) }],
      shown: 'articles',
    })
    // The table's links need a router, as in the app.
    const html = renderToString(
      createElement(I18nProvider, { initialLang: 'vi' } as ComponentProps<typeof I18nProvider>, createElement(MemoryRouter, { initialEntries: ['/units'] }, element)),
    )
    rowsRendered = (html.match(/<tr/g) ?? []).length
    htmlBytes = html.length
  }

  const transformMs = await medianTime(RUNS, transform)
  const renderMs = await medianTime(RUNS, render)
  const { table } = transform()
  return [
    {
      name: 'Units table, 63-unit view: transform (build, rank, compare, sort)',
      medianMs: transformMs,
      runs: RUNS,
      target: '< 10 ms',
      met: transformMs < 10,
      extra: `${table.rows.length} rows (63 former units + central level, 2024 as reported), ${table.hidden.length} current units hidden; pure functions in Node`,
    },
    {
      name: 'Units table, 63-unit view: transform + React render',
      medianMs: renderMs,
      runs: RUNS,
      target: '< 50 ms',
      met: renderMs < 50,
      extra: `renderToString of the real UnitsTable in Node (no layout/paint): ${rowsRendered} <tr>, ${(htmlBytes / 1024).toFixed(0)} KB of HTML`,
    },
  ]
}
