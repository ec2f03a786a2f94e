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
