/**
 * Chart images (SVG and PNG) and the table view as CSV, made from what the card shows. Loaded
 * on demand (a dynamic import when the download menu is used), so none of this weighs on the
 * first view.
 *
 * The image is a snapshot of the card's body as drawn: recharts' own SVG is copied with its
 * computed styles inlined, and the HTML around it (legends, the tile map, labels) is redrawn
 * as SVG boxes and text at the positions the browser laid them out. Above it go the title, the
 * filter caption and the unit of measure; under it the source line. The text is written as SVG
 * text (escaped), never as HTML, so nothing from the data is interpreted. A white background
 * makes it look right on a white page whatever the screen's theme.
 */
import { downloadCsv, toCsv, type CsvCell } from '../../lib/csv'
import { downloadBlob } from '../../lib/download'
import type { Lang } from '../../lib/i18n/i18n'

/** What is drawn around the chart. */
export interface ChartImageText {
  title: string
  caption: string
  unitOfMeasure?: string | undefined
  source: string
}

export interface ChartImage {
  svg: string
  width: number
  height: number
}

const FONT = "'Segoe UI', 'Noto Sans', Roboto, 'Helvetica Neue', Arial, sans-serif"
const PAD = 24
const MIN_WIDTH = 640
const TEXT_COLOR = '#1f2933'
const MUTED_COLOR = '#52606d'

/** Parts of the card never drawn in an image: tooltips, hints for the pointer and keyboard. */
const SKIP = ['.recharts-tooltip-wrapper', '.tile__tip', '[data-export-skip]', 'button', 'input', 'select']

/** Marks recharts draws where the pointer is. */
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-active-shape'

/** SVG properties copied from the computed style, so the copy does not depend on the page's CSS. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'display',
  'visibility',
]

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

function isTransparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color) || color === 'rgba(0, 0, 0, 0)'
}

const round = (n: number) => Math.round(n * 10) / 10

let measureContext: CanvasRenderingContext2D | null = null
function context(): CanvasRenderingContext2D | null {
  measureContext ??= document.createElement('canvas').getContext('2d')
  return measureContext
}

/** The share of a text line's box above its baseline, for the font as the browser draws it. */
function ascentRatio(font: string): number {
  const ctx = context()
  if (!ctx) return 0.8
  ctx.font = font
  const m = ctx.measureText('Ẩg')
  const total = m.fontBoundingBoxAscent + m.fontBoundingBoxDescent
  return total > 0 ? m.fontBoundingBoxAscent / total : 0.8
}

/** Splits text into lines no wider than `width` in `font`. */
function wrap(text: string, font: string, width: number): string[] {
  const ctx = context()
  if (!ctx) return [text]
  ctx.font = font
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word
    if (line && ctx.measureText(next).width > width) {
      lines.push(line)
      line = word
    } else {
      line = next
    }
  }
  if (line) lines.push(line)
  return lines
}

/** Redraws an element's subtree as SVG, positioned relative to `origin`. */
function snapshot(root: HTMLElement): { body: string; width: number; height: number } {
  const origin = root.getBoundingClientRect()
  const out: string[] = []
  const x = (v: number) => round(v - origin.left)
  const y = (v: number) => round(v - origin.top)

  const text = (node: Text) => {
    const parent = node.parentElement
    const content = node.data
    if (!parent || !content.trim()) return
    const style = getComputedStyle(parent)
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const ratio = ascentRatio(font)
    // One range per word, grouped by line, so wrapped text keeps its lines.
    const lines: Array<{ top: number; height: number; left: number; words: string[] }> = []
    const range = document.createRange()
    for (const match of content.matchAll(/\S+/g)) {
      range.setStart(node, match.index)
      range.setEnd(node, match.index + match[0].length)
      const rect = range.getBoundingClientRect()
      if (rect.width === 0 && rect.height === 0) continue
      const line = lines.find((l) => Math.abs(l.top - rect.top) < rect.height / 2)
      if (line) line.words.push(match[0])
      else lines.push({ top: rect.top, height: rect.height, left: rect.left, words: [match[0]] })
    }
    const transform = style.textTransform
    for (const line of lines) {
      let words = line.words.join(' ')
      if (transform === 'uppercase') words = words.toUpperCase()
      out.push(
        `<text x="${x(line.left)}" y="${y(line.top + line.height * ratio)}" fill="${escapeXml(style.color)}" font-size="${escapeXml(style.fontSize)}" font-weight="${escapeXml(style.fontWeight)}" font-style="${escapeXml(style.fontStyle)}">${escapeXml(words)}</text>`,
      )
    }
  }

  const box = (style: CSSStyleDeclaration, rect: DOMRect) => {
    const radius = Number.parseFloat(style.borderTopLeftRadius) || 0
    const geometry = `x="${x(rect.left)}" y="${y(rect.top)}" width="${round(rect.width)}" height="${round(rect.height)}"${radius ? ` rx="${round(radius)}"` : ''}`
    if (!isTransparent(style.backgroundColor)) out.push(`<rect ${geometry} fill="${escapeXml(style.backgroundColor)}"/>`)
    const sides = [
      ['Top', rect.left, rect.top, rect.width, 0],
      ['Bottom', rect.left, rect.bottom, rect.width, 0],
      ['Left', rect.left, rect.top, 0, rect.height],
      ['Right', rect.right, rect.top, 0, rect.height],
    ] as const
    const widths = sides.map(([side]) => (style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none' ? 0 : Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0))
    const colors = sides.map(([side]) => style.getPropertyValue(`border-${side.toLowerCase()}-color`))
    const uniform = widths.every((w) => w === widths[0]) && colors.every((c) => c === colors[0])
    if (uniform && (widths[0] ?? 0) > 0 && !isTransparent(colors[0] ?? '')) {
      const w = widths[0] ?? 0
      out.push(
        `<rect x="${x(rect.left + w / 2)}" y="${y(rect.top + w / 2)}" width="${round(rect.width - w)}" height="${round(rect.height - w)}"${radius ? ` rx="${round(radius)}"` : ''} fill="none" stroke="${escapeXml(colors[0] ?? '')}" stroke-width="${w}"/>`,
      )
      return
    }
    sides.forEach(([, sx, sy, sw, sh], i) => {
      const w = widths[i] ?? 0
      const color = colors[i] ?? ''
      if (w <= 0 || isTransparent(color)) return
      out.push(`<line x1="${x(sx)}" y1="${y(sy)}" x2="${x(sx + sw)}" y2="${y(sy + sh)}" stroke="${escapeXml(color)}" stroke-width="${w}"/>`)
    })
  }

  const svg = (element: SVGSVGElement, rect: DOMRect) => {
    const clone = element.cloneNode(true) as SVGSVGElement
    // The pointer's marks (hover cursor, highlighted points) are not part of the chart.
    const transient = clone.querySelectorAll(TRANSIENT)
    const sources = [element, ...element.querySelectorAll('*')]
    const copies = [clone, ...clone.querySelectorAll('*')]
    sources.forEach((source, i) => {
      const copy = copies[i]
      if (!copy) return
      const cs = getComputedStyle(source)
      // Presentation attributes, not a style attribute: the server's CSP refuses inline styles
      // set from script, and in the standalone image nothing else styles the elements.
      copy.removeAttribute('style')
      for (const prop of SVG_PROPS) copy.setAttribute(prop, cs.getPropertyValue(prop))
    })
    for (const node of transient) node.remove()
    for (const node of [clone, ...clone.querySelectorAll('*')]) node.removeAttribute('class')
    clone.setAttribute('x', String(x(rect.left)))
    clone.setAttribute('y', String(y(rect.top)))
    clone.setAttribute('width', String(round(rect.width)))
    clone.setAttribute('height', String(round(rect.height)))
    out.push(new XMLSerializer().serializeToString(clone))
  }

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text(node as Text)
      return
    }
    if (!(node instanceof Element)) return
    if (SKIP.some((selector) => node.matches(selector))) return
    const style = getComputedStyle(node)
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return
    const rect = node.getBoundingClientRect()
    // Visually hidden text (for screen readers) is not part of the picture.
    if (style.position === 'absolute' && rect.width <= 1 && rect.height <= 1) return
    if (node instanceof SVGSVGElement) {
      svg(node, rect)
      return
    }
    if (node instanceof HTMLElement) box(style, rect)
    for (const child of node.childNodes) visit(child)
  }

  for (const child of root.childNodes) visit(child)
  return { body: out.join(''), width: Math.ceil(origin.width), height: Math.ceil(origin.height) }
}

/**
 * The chart in `area` as a standalone SVG document: title, caption and unit of measure above,
 * the chart, the source line under it, on white.
 */
export function chartToSvg(area: HTMLElement, text: ChartImageText): ChartImage {
  const chart = snapshot(area)
  const width = Math.max(MIN_WIDTH, chart.width + 2 * PAD)
  const inner = width - 2 * PAD
  const parts: string[] = []
  let cursor = PAD
  const block = (content: string, size: number, weight: number, color: string, gapAfter: number) => {
    const font = `${weight} ${size}px ${FONT}`
    const lineHeight = Math.round(size * 1.35)
    for (const line of wrap(content, font, inner)) {
      cursor += lineHeight
      parts.push(
        `<text x="${PAD}" y="${cursor - Math.round(size * 0.3)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(line)}</text>`,
      )
    }
    cursor += gapAfter
  }
  block(text.title, 20, 700, TEXT_COLOR, 2)
  block(text.caption, 14, 400, TEXT_COLOR, 0)
  if (text.unitOfMeasure) block(text.unitOfMeasure, 13, 400, MUTED_COLOR, 0)
  cursor += 12
  parts.push(`<g transform="translate(${PAD} ${cursor})">${chart.body}</g>`)
  cursor += chart.height + 12
  parts.push(`<line x1="${PAD}" y1="${cursor}" x2="${width - PAD}" y2="${cursor}" stroke="#d9dee4" stroke-width="1"/>`)
  cursor += 4
  block(text.source, 12, 400, MUTED_COLOR, 0)
  const height = Math.ceil(cursor + PAD - 4)
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(text.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>'
  return { svg, width, height }
}

/** Draws an SVG document into a PNG at `scale` pixels per CSS pixel (2: sharp on print and on high-density screens). */
export async function svgToPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const img = new Image()
    await new Promise<void>((resolve, reject) => {
      img.addEventListener('load', () => resolve(), { once: true })
      img.addEventListener('error', () => reject(new Error('The chart image could not be drawn.')), { once: true })
      img.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(image.width * scale)
    canvas.height = Math.round(image.height * scale)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('No canvas to draw the chart image on.')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.scale(scale, scale)
    ctx.drawImage(img, 0, 0, image.width, image.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Saves the chart in `area` as `filename.svg` or `filename.png`. */
export async function downloadChartImage(area: HTMLElement, text: ChartImageText, filename: string, format: 'svg' | 'png'): Promise<void> {
  const image = chartToSvg(area, text)
  if (format === 'svg') {
    downloadBlob(`${filename}.svg`, new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }))
  } else {
    downloadBlob(`${filename}.png`, await svgToPng(image))
  }
}

/** A number as the table shows it in the language ("1.234,5" / "1,234.5"), or null when the text is not just a number. */
function localeNumber(text: string, lang: Lang): number | null {
  const pattern = lang === 'vi' ? /^[-−+]?\d{1,3}(\.\d{3})*(,\d+)?$/ : /^[-−+]?\d{1,3}(,\d{3})*(\.\d+)?$/
  if (!pattern.test(text)) return null
  const plain = lang === 'vi' ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '')
  return Number(plain.replace('−', '-'))
}

const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()

/**
 * The table view as CSV, with the records export's code (`toCsv`: BOM, quoting, formula
 * neutralising): the header row, then every row. Cells that are just a number become numbers
 * (written plainly, so "1.234" is not read as 1.234 in English); "—" (no figure) is empty.
 */
export function tableToCsv(table: HTMLTableElement, lang: Lang): { csv: string; rows: number } {
  const headers = [...table.querySelectorAll('thead th')].map(cellText)
  const rows: CsvCell[][] = []
  for (const tr of table.querySelectorAll('tbody tr, tfoot tr')) {
    rows.push(
      [...tr.querySelectorAll('th, td')].map((cell) => {
        const value = cellText(cell)
        if (value === '—' || value === '') return null
        return localeNumber(value, lang) ?? value
      }),
    )
  }
  return { csv: toCsv(headers, rows), rows: rows.length }
}

/** Saves the table view in `container` as `filename.csv`. */
export function downloadTableCsv(container: HTMLElement, filename: string, lang: Lang): void {
  const table = container.querySelector('table')
  if (!table) throw new Error('The table view is not drawn.')
  downloadCsv(filename, tableToCsv(table, lang).csv)
}
