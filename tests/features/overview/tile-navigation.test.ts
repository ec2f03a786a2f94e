import { describe, expect, it } from 'vitest'
import { nextTile, readingOrder } from '../../../src/features/overview/lib/tile-navigation'

// A small map with a hole:   a b . 
//                            c . d
//                            . e .
const a = { id: 'a', row: 0, col: 0 }
const b = { id: 'b', row: 0, col: 1 }
const c = { id: 'c', row: 1, col: 0 }
const d = { id: 'd', row: 1, col: 2 }
const e = { id: 'e', row: 2, col: 1 }
const tiles = [e, d, c, b, a]

describe('tile map keyboard movement', () => {
  it('moves along the row or column, across holes', () => {
    expect(nextTile(tiles, a, 'ArrowRight').id).toBe('b')
    expect(nextTile(tiles, c, 'ArrowRight').id).toBe('d')
    expect(nextTile(tiles, d, 'ArrowLeft').id).toBe('c')
    expect(nextTile(tiles, a, 'ArrowDown').id).toBe('c')
    expect(nextTile(tiles, b, 'ArrowDown').id).toBe('e')
  })

  it('goes to the closest row or column beyond when its own has no tile that way', () => {
    expect(nextTile(tiles, b, 'ArrowRight').id).toBe('d')
    expect(nextTile(tiles, d, 'ArrowDown').id).toBe('e')
    expect(nextTile(tiles, e, 'ArrowUp').id).toBe('b')
  })

  it('stays put at an edge; Home and End go to the first and last tile in reading order', () => {
    expect(nextTile(tiles, a, 'ArrowLeft').id).toBe('a')
    expect(nextTile(tiles, a, 'ArrowUp').id).toBe('a')
    expect(nextTile(tiles, e, 'ArrowDown').id).toBe('e')
    expect(nextTile(tiles, d, 'Home').id).toBe('a')
    expect(nextTile(tiles, a, 'End').id).toBe('e')
    expect(readingOrder(tiles).map((t) => t.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})
