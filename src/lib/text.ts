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
