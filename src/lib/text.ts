// Folding goes code unit by code unit through a table learnt on first sight, into a reused
// buffer: the API folds every record title on its first search, and the regex-and-concatenate
// way (or a deep string rope) made that several times slower.
const UNKNOWN = 0xffff
/** Folds to several characters (rare): looked up in `foldedMulti`. */
const MULTI = 0xfffe
/** Folds to nothing (a combining mark of decomposed input). */
const DROP = 0
const SPACE = 32
/** Per UTF-16 code unit: its folded code unit; allocated on the first fold, not at load. */
let folded: Uint16Array | null = null
const foldedMulti = new Map<number, string>()
let buffer = new Uint16Array(256)
let utf16: TextDecoder | null = null

function learn(table: Uint16Array, code: number): number {
  const char = String.fromCharCode(code)
  let out: number
  if (/\s/.test(char) || code === 0x200b || code === 0xfeff) {
    out = SPACE
  } else {
    const text = char
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
    if (text.length === 0) out = DROP
    else if (text.length === 1) out = text.charCodeAt(0)
    else {
      foldedMulti.set(code, text)
      out = MULTI
    }
  }
  if (code !== UNKNOWN) table[code] = out
  return out
}

/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d (NFD does not decompose
 * it), runs of whitespace as one space, trimmed. "Quảng Ninh", "QUANG NINH" and "quang  ninh"
 * all fold to "quang ninh". The one folding of the app and the API.
 */
export function foldText(text: string): string {
  const table = (folded ??= new Uint16Array(65_536).fill(UNKNOWN))
  if (buffer.length < text.length * 3) buffer = new Uint16Array(text.length * 3)
  const out = buffer
  let n = 0
  let afterSpace = true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let f = table[code] ?? UNKNOWN
    if (f === UNKNOWN) f = learn(table, code)
    if (f === DROP) continue
    if (f === MULTI) {
      for (const c of foldedMulti.get(code) ?? '') out[n++] = c.charCodeAt(0)
      afterSpace = false
      continue
    }
    if (f === SPACE) {
      if (afterSpace) continue
      afterSpace = true
    } else {
      afterSpace = false
    }
    out[n++] = f
  }
  if (n > 0 && out[n - 1] === SPACE) n--
  return (utf16 ??= new TextDecoder('utf-16le')).decode(out.subarray(0, n))
}

/**
 * Whether a search can find anything: it needs at least one letter or digit. A search of only
 * punctuation ("!!!", "--") would match by accident or not at all, so screens do not send it.
 */
export function isSearchable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text)
}

/** Built on the first comparison, not when the module loads: building it costs tens of milliseconds on a phone. */
let viCollator: Intl.Collator | null = null

/**
 * Vietnamese alphabetical order ("Đà Nẵng" after "Cà Mau", before "Gia Lai"). One collator for
 * the app: `localeCompare(…, 'vi')` would build a new one for every comparison.
 */
export function compareVi(a: string, b: string): number {
  return (viCollator ??= new Intl.Collator('vi')).compare(a, b)
}
