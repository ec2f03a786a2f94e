/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, collapsed spaces.
 * "Quảng Ninh", "QUANG NINH" and "quang  ninh" all fold to "quang ninh".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Whether a search can find anything: it needs at least one letter or digit. A search of only
 * punctuation ("!!!", "--") would match by accident or not at all, so screens do not send it.
 */
export function isSearchable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text)
}

const viCollator = new Intl.Collator('vi')

/**
 * Vietnamese alphabetical order ("Đà Nẵng" after "Cà Mau", before "Gia Lai"). One collator for
 * the app: `localeCompare(…, 'vi')` would build a new one for every comparison.
 */
export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b)
}
