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

/** Built on the first comparison it is needed for, not when the module loads: the browser's first collator costs tens of milliseconds on a phone. */
let viCollator: Intl.Collator | null = null

/** The Vietnamese alphabet (with f, j, w, z of foreign words in their Latin places), after space, the punctuation of names ("Bà Rịa – Vũng Tàu", "TP. Hồ Chí Minh") and digits. */
const PRIMARY_ORDER = ' -–,.0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'
/** Marks that make a letter of its own: breve (ă), circumflex (â ê ô), horn (ơ ư). */
const LETTER_MARKS: Record<string, string> = { '\u0306': '˘', '\u0302': '^', '\u031b': '+' }
const LETTER_OF: Record<string, string> = { 'a˘': 'ă', 'a^': 'â', 'e^': 'ê', 'o^': 'ô', 'o+': 'ơ', 'u+': 'ư' }
/** Tone marks, in the order Vietnamese sorts them: none, huyền, hỏi, ngã, sắc, nặng. */
const TONE_ORDER = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']

interface SortKey {
  primary: number[]
  tones: number[]
  upper: number[]
}

/**
 * The sort key of `text` by the Vietnamese alphabet: letters first, then tones, then case (lower
 * first); null for text with characters outside the alphabet, spaces, dashes, commas, full stops and digits. What
 * the collator would decide for names, without the collator (tested against it on every unit
 * name in both languages).
 */
function vietnameseKey(text: string): SortKey | null {
  const key: SortKey = { primary: [], tones: [], upper: [] }
  const chars = text.normalize('NFD')
  for (let i = 0; i < chars.length; i++) {
    const char = chars.charAt(i)
    const lower = char.toLowerCase()
    let letter = lower
    let tone = 0
    // The marks that follow a base letter, in either order (NFD puts the horn before a tone).
    for (let next = chars.charAt(i + 1); next !== ''; next = chars.charAt(i + 1)) {
      const mark = LETTER_MARKS[next]
      const toneIndex = TONE_ORDER.indexOf(next)
      if (mark !== undefined) letter = LETTER_OF[letter + mark] ?? ''
      else if (toneIndex > 0 && tone === 0) tone = toneIndex
      else break
      i++
    }
    const rank = letter === '' ? -1 : PRIMARY_ORDER.indexOf(letter)
    if (rank < 0) return null
    key.primary.push(rank)
    key.tones.push(tone)
    key.upper.push(char === lower ? 0 : 1)
  }
  return key
}

function compareSequences(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0)
  return a.length - b.length
}

const keys = new Map<string, SortKey | null>()

/**
 * Vietnamese alphabetical order ("Đà Nẵng" after "Cà Mau", before "Gia Lai"). Names (letters,
 * spaces, dashes, commas, full stops, digits) are compared by their keys; anything else by the platform's collator,
 * built only then.
 */
export function compareVi(a: string, b: string): number {
  if (keys.size > 10_000) keys.clear()
  let ka = keys.get(a)
  if (ka === undefined) keys.set(a, (ka = vietnameseKey(a)))
  let kb = keys.get(b)
  if (kb === undefined) keys.set(b, (kb = vietnameseKey(b)))
  if (ka && kb) return Math.sign(compareSequences(ka.primary, kb.primary) || compareSequences(ka.tones, kb.tones) || compareSequences(ka.upper, kb.upper))
  return (viCollator ??= new Intl.Collator('vi')).compare(a, b)
}

/** Codes and ids (`c01`, `f44`): plain character order, which needs no collator (`localeCompare` builds one). */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
