import { describe, expect, it } from 'vitest'
import { foldText } from '../../src/lib/text'

describe('search folding (one function for the app and the API)', () => {
  it.each([
    ['  Quảng   NINH ', 'quang ninh'],
    ['Đắk Lắk', 'dak lak'],
    ['ĐÀ NẴNG', 'da nang'],
    ['Hội nghị sơ kết', 'hoi nghi so ket'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['tọa đàm / họp báo', 'toa dam / hop bao'],
    ['Bà Rịa – Vũng Tàu', 'ba ria – vung tau'],
    // Decomposed input (NFD, as some keyboards and pasted text send it) folds the same.
    ['Quảng Ninh'.normalize('NFD'), 'quang ninh'],
    ['a\u00a0\tb\u200bc', 'a b c'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldText(input)).toBe(expected)
  })
})
