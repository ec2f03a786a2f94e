/**
 * Saving files from the browser, shared by every export (CSV, chart images): one rule for safe
 * file names and one download mechanism.
 */

/**
 * Text as a file-name part safe on every system: diacritics removed (đ → d), anything but
 * letters, digits, `.`, `_` and `-` turned into `-`, runs collapsed, lower case kept as given.
 * "Tin, bài" → "Tin-bai"; "Hà Nam (cũ)" → "Ha-Nam-cu".
 */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * Saves a Blob as a file through the browser's download (a temporary object URL and a click on
 * a hidden link). The name is used as given: make it with `fileSlug`.
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
