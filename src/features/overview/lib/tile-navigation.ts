/**
 * Arrow-key movement in the tile map (a roving tabindex: the map is one Tab stop). The grid
 * has holes where the country has no unit, so a key moves to the nearest tile in its
 * direction: first along the same row (or column), else the closest row (or column) beyond.
 */
export type TileKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End'

export interface TilePosition {
  id: string
  row: number
  col: number
}

const TILE_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'])
export function isTileKey(key: string): key is TileKey {
  return TILE_KEYS.has(key)
}

/** Reading order: top to bottom, left to right. */
export function readingOrder<T extends TilePosition>(tiles: readonly T[]): T[] {
  return tiles.toSorted((a, b) => a.row - b.row || a.col - b.col)
}

/** The tile a key leads to from `from`, or `from` itself when there is none that way. */
export function nextTile<T extends TilePosition>(tiles: readonly T[], from: T, key: TileKey): T {
  if (key === 'Home') return readingOrder(tiles)[0] ?? from
  if (key === 'End') return readingOrder(tiles).at(-1) ?? from
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight'
  const sign = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1
  let best: T | null = null
  let bestScore: [number, number] = [Infinity, Infinity]
  for (const t of tiles) {
    const along = sign * (horizontal ? t.col - from.col : t.row - from.row)
    if (along <= 0) continue
    const across = Math.abs(horizontal ? t.row - from.row : t.col - from.col)
    if (across < bestScore[0] || (across === bestScore[0] && along < bestScore[1])) {
      best = t
      bestScore = [across, along]
    }
  }
  return best ?? from
}
