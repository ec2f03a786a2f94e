import { describe, expect, it } from 'vitest'
import { foldForSearch } from '../../mocks/db'
import { allRecords } from '../support/expected'
import { foldText } from '../../src/lib/text'

describe('search folding', () => {
  it('the mock API’s fast folding agrees with the app’s on every generated title', () => {
    const samples = ['  Quảng   NINH ', 'Đắk Lắk', 'ĐÀ NẴNG', 'Hội nghị sơ kết', 'Thừa Thiên Huế', 'tọa đàm / họp báo', 'Bà Rịa – Vũng Tàu']
    for (const s of [...samples, ...allRecords().slice(0, 3000).map((r) => r.title)]) {
      expect(foldForSearch(s)).toBe(foldText(s))
    }
  })
})
