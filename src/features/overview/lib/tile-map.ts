/**
 * The tile-grid map: class breaks for a sequential colour scale, the tiles of the 34 current
 * units, and a text colour that stays readable on every class colour.
 */
import { MUTED_COLOR, SEQUENTIAL_5 } from '../../../components/charts/palette'
import type { OrgUnit, StatsRow, UnitId } from '../../../lib/api/schemas'

/** Rounds to two significant digits (4.567 → 4.600), so class bounds read as round numbers. */
export function niceRound(value: number): number {
  if (value <= 0) return 0
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1)
  return Math.round(value / magnitude) * magnitude
}

/**
 * Thresholds between classes: rounded quintiles of the values, strictly increasing and inside
 * (min, max]. Fewer than `classes - 1` come back where values repeat (e.g. few units).
 */
export function classBreaks(values: readonly number[], classes = 5): number[] {
  const sorted = values.toSorted((a, b) => a - b)
  if (sorted.length === 0) return []
  const min = sorted[0] as number
  const max = sorted[sorted.length - 1] as number
  const breaks: number[] = []
  for (let i = 1; i < classes; i++) {
    const q = sorted[Math.min(sorted.length - 1, Math.floor((i * sorted.length) / classes))] as number
    const b = niceRound(q)
    if (b > min && b <= max && (breaks.length === 0 || b > (breaks[breaks.length - 1] as number))) breaks.push(b)
  }
  return breaks
}

/** The class (0-based) of a value: how many thresholds it reaches. */
export function classOf(value: number, breaks: readonly number[]): number {
  let c = 0
  for (const b of breaks) if (value >= b) c++
  return c
}

export interface MapClass {
  index: number
  /** Smallest value in the class (inclusive). */
  from: number
  /** Largest value in the class (inclusive; values are whole counts). */
  to: number
  color: string
}

/** The legend: each class with its numeric bounds and colour. */
export function mapClasses(values: readonly number[], breaks: readonly number[]): MapClass[] {
  if (values.length === 0) return []
  const min = Math.min(...values)
  const max = Math.max(...values)
  const bounds = [min, ...breaks]
  return bounds.map((from, i) => {
    const next = breaks[i]
    return { index: i, from, to: next === undefined ? max : next - 1, color: classColor(i, bounds.length) }
  })
}

/** The colour of class `index` of `count`, spread over the 5-step palette. */
export function classColor(index: number, count: number): string {
  const step = count <= 1 ? 2 : Math.round((index * (SEQUENTIAL_5.length - 1)) / (count - 1))
  return SEQUENTIAL_5[step] ?? SEQUENTIAL_5[2]
}

function channel(c: number): number {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16)
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const hi = Math.max(luminance(a), luminance(b))
  const lo = Math.min(luminance(a), luminance(b))
  return (hi + 0.05) / (lo + 0.05)
}

/** White or near-black, whichever reads better on the background. */
export function textColorOn(background: string): string {
  const dark = '#000000'
  const light = '#ffffff'
  return contrastRatio(background, light) >= contrastRatio(background, dark) ? light : dark
}

export interface Tile {
  id: UnitId
  name: string
  row: number
  col: number
  value: number
  /** Class index; null for a unit outside the unit filter (shown muted). */
  classIndex: number | null
  color: string
  textColor: string
  inFilter: boolean
}

export interface TileMap {
  tiles: Tile[]
  classes: MapClass[]
  rows: number
  cols: number
}

/**
 * Tiles for the current units that have a position. Classes are computed over all 34 units,
 * so a tile's colour means the same whatever the unit filter; units outside the filter keep
 * their value but are drawn muted.
 */
export function buildTileMap(units: readonly OrgUnit[], rows: readonly StatsRow[], selected: ReadonlySet<UnitId> | null): TileMap {
  const values = new Map<string, number>()
  for (const row of rows) if (row.unit) values.set(row.unit, (values.get(row.unit) ?? 0) + row.value)
  const placed = units.filter((u) => u.era === 'current' && u.tile)
  const all = placed.map((u) => values.get(u.id) ?? 0)
  const breaks = classBreaks(all)
  const classes = mapClasses(all, breaks)
  const tiles = placed.map((u): Tile => {
    const value = values.get(u.id) ?? 0
    const inFilter = selected === null || selected.has(u.id)
    const classIndex = inFilter ? classOf(value, breaks) : null
    const color = classIndex === null ? MUTED_COLOR : (classes[classIndex]?.color ?? MUTED_COLOR)
    return {
      id: u.id,
      name: u.name,
      row: u.tile?.row ?? 0,
      col: u.tile?.col ?? 0,
      value,
      classIndex,
      color,
      textColor: classIndex === null ? '#3e4c59' : textColorOn(color),
      inFilter,
    }
  })
  return {
    tiles,
    classes,
    rows: Math.max(0, ...tiles.map((t) => t.row)) + 1,
    cols: Math.max(0, ...tiles.map((t) => t.col)) + 1,
  }
}
