/**
 * Recharts wrappers: one series config (key → label, colour), shared tooltip and number
 * formatting, an explicit height and an initial size so they render in tests too. This module
 * is the only one that imports recharts; screens load it through `lazy-charts.tsx`, so the
 * chart library is a separate chunk that never delays the first view.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

export interface SeriesConfig {
  key: string
  label: string
  color: string
}

/** A chart row: the x value under `xKey`, one number per series key. */
export type ChartRow = Record<string, unknown>

export interface ChartProps<Row extends ChartRow = ChartRow> {
  data: Row[]
  /** The key of the category/period axis. */
  xKey: string
  series: SeriesConfig[]
  /** Accessible name of the chart. */
  ariaLabel: string
  height?: number
  formatValue: (value: number) => string
  /** Label of an x value (a period key → "Quý III/2024"). */
  formatX?: (value: string) => string
  /**
   * The width the chart will have, when known before it is drawn (its placeholder's): drawn at
   * that width at once, it is not drawn a second time once its container has been measured.
   */
  width?: number
}

/** The size a chart is first drawn at when its width is not known (and in jsdom, which lays nothing out). */
const INITIAL_WIDTH = 800
const AXIS_TICK = { fontSize: 12, fill: '#3e4c59' }

function tooltipFormatter(formatValue: (v: number) => string) {
  return (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value))
}

export function BarChartView<Row extends ChartRow = ChartRow>({
  data,
  xKey,
  series,
  ariaLabel,
  height = 300,
  formatValue,
  formatX,
  layout = 'horizontal',
  onSelect,
  colorOf,
  categoryWidth = 150,
  width = INITIAL_WIDTH,
}: ChartProps<Row> & {
  /** `vertical`: bars run left to right with categories down the side (rankings). */
  layout?: 'horizontal' | 'vertical'
  /** Called with the row of a clicked bar (drill-down). */
  onSelect?: (row: Row) => void
  /** A colour per row, for single-series charts that highlight some rows. */
  colorOf?: (row: Row) => string | undefined
  /** Width of the category labels in a vertical layout (long names, e.g. with their era). */
  categoryWidth?: number
}) {
  const vertical = layout === 'vertical'
  const tickFormatter = (v: unknown) => (formatX ? formatX(String(v)) : String(v))
  return (
    <figure className="chart" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
        <BarChart data={data} layout={vertical ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={!vertical} vertical={vertical} />
          {vertical ? (
            <>
              <XAxis type="number" tick={AXIS_TICK} tickFormatter={(v: number) => formatValue(v)} />
              <YAxis type="category" dataKey={xKey} tick={AXIS_TICK} width={categoryWidth} tickFormatter={tickFormatter} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey={xKey} tick={AXIS_TICK} tickFormatter={tickFormatter} />
              <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => formatValue(v)} width={72} />
            </>
          )}
          <Tooltip formatter={tooltipFormatter(formatValue)} labelFormatter={tickFormatter} />
          {series.length > 1 && <Legend />}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              isAnimationActive={false}
              cursor={onSelect ? 'pointer' : undefined}
              onClick={onSelect ? (entry: { payload?: Row }) => entry.payload && onSelect(entry.payload) : undefined}
            >
              {colorOf && data.map((row, i) => <Cell key={i} fill={colorOf(row) ?? s.color} />)}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}

export function LineChartView<Row extends ChartRow = ChartRow>({ data, xKey, series, ariaLabel, height = 300, formatValue, formatX, width = INITIAL_WIDTH }: ChartProps<Row>) {
  const tickFormatter = (v: unknown) => (formatX ? formatX(String(v)) : String(v))
  return (
    <figure className="chart" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width, height }}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={xKey} tick={AXIS_TICK} tickFormatter={tickFormatter} />
          <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => formatValue(v)} width={72} />
          <Tooltip formatter={tooltipFormatter(formatValue)} labelFormatter={tickFormatter} />
          {series.length > 1 && <Legend />}
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={i > 0 ? '5 4' : undefined}
              dot={{ r: 3 }}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  )
}
