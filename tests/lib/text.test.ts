import { describe, expect, it, vi } from 'vitest'
import provinces from '../../server/reference/provinces.json'
import { compareVi, foldText } from '../../src/lib/text'

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

describe('Vietnamese alphabetical order without the collator', () => {
  // Every name of every unit, former and current, in both languages, and the formal names.
  const names = new Set<string>()
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (/name/i.test(key) && typeof inner === 'string' && !inner.includes('github')) names.add(inner)
        else collect(inner)
      }
    }
  }
  collect(provinces)
  for (const extra of ['Trung ương', 'Cà Mau', 'Đà Nẵng', 'Gia Lai', 'an giang', 'An Giang', 'Ân', 'Ấn', 'Ẩn', 'Ăn', 'Ơn', 'Ớn', 'Ưu', 'Uu', 'Đa', 'Da', 'Dz', 'Tỉnh 1', 'Tỉnh 10', 'Tỉnh 2', 'Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'TP.Hồ', 'Huế, Đà Nẵng', 'Huế Đà Nẵng'])
    names.add(extra)

  it(`orders ${names.size} names as Intl.Collator('vi') does`, () => {
    const collator = new Intl.Collator('vi')
    const list = [...names]
    const disagreements: string[] = []
    for (const a of list) for (const b of list) if (Math.sign(compareVi(a, b)) !== Math.sign(collator.compare(a, b))) disagreements.push(`${a} / ${b}`)
    expect(disagreements).toEqual([])
  })

  it('puts the letters of the Vietnamese alphabet in their order', () => {
    expect(['Gia Lai', 'Đà Nẵng', 'Cà Mau', 'Dak Lak', 'Ăn', 'Ân', 'An'].toSorted(compareVi)).toEqual(['An', 'Ăn', 'Ân', 'Cà Mau', 'Dak Lak', 'Đà Nẵng', 'Gia Lai'])
  })

  it('compares names without building a collator (the costly step it exists to avoid)', async () => {
    vi.resetModules()
    const built = vi.spyOn(Intl, 'Collator')
    const fresh = await import('../../src/lib/text')
    // Every unit name there is (the dotted "TP. Hồ Chí Minh" among them); only the few formal
    // names with brackets or slashes are left to the collator.
    const sorted = [...names].filter((name) => !/[()=;/]/.test(name)).toSorted(fresh.compareVi)
    expect(sorted).toContain('TP. Hồ Chí Minh')
    expect(sorted.length).toBeGreaterThan(150)
    expect(built).not.toHaveBeenCalled()
    built.mockRestore()
  })

  it('falls back to the collator for other text', () => {
    expect(Math.sign(compareVi('Ö (x)', 'O (x)'))).toBe(Math.sign(new Intl.Collator('vi').compare('Ö (x)', 'O (x)')))
  })
})
