/**
 * The report as a Word document (.docx), from the same words as the screen and the printed
 * page (`reportDocument`): the administrative header (the unit top-left, the nation and motto
 * top-right), the title, the table of figures (its header row repeated on each page, rows never
 * split), the narrative, the date and status. Loaded on demand: `docx` is never in the first
 * bundle, only fetched when the user asks for the file.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx'
import type { ReportDocumentModel } from './report-document'

const FONT = 'Times New Roman'
/** Half-points: 13 pt body, as Vietnamese administrative documents use (Decree 30/2020). */
const BODY = 26
const SMALL = 22

function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}): TextRun {
  return new TextRun({
    text: value,
    font: FONT,
    size: options.size ?? BODY,
    bold: options.bold ?? false,
    italics: options.italics ?? false,
    ...(options.underline ? { underline: {} } : {}),
  })
}

function para(children: ParagraphChild[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT, spacingAfter = 80): Paragraph {
  return new Paragraph({ children, alignment, spacing: { after: spacingAfter } })
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }

/** The two-column header of an administrative document, as a borderless table. */
function header(doc: ReportDocumentModel): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 42, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              para([text(doc.issuer[0], { size: SMALL })], AlignmentType.CENTER, 0),
              para([text(doc.issuer[1], { bold: true, size: SMALL })], AlignmentType.CENTER, 0),
            ],
          }),
          new TableCell({
            width: { size: 58, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              para([text(doc.nation, { bold: true, size: SMALL })], AlignmentType.CENTER, 0),
              para([text(doc.motto, { bold: true, underline: true })], AlignmentType.CENTER, 120),
              para([text(doc.placeDate, { italics: true })], AlignmentType.CENTER, 0),
            ],
          }),
        ],
      }),
    ],
  })
}

function cell(value: string, options: { bold?: boolean; right?: boolean; width: number }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [para([text(value, { bold: options.bold ?? false, size: SMALL })], options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, 0)],
  })
}

const WIDTHS = [24, 13, 15, 20, 13, 15]

function figuresTable(doc: ReportDocumentModel): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: doc.columns.map((c, i) => cell(c, { bold: true, right: i > 0, width: WIDTHS[i] ?? 15 })),
      }),
      ...doc.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [r.metric, r.value, r.previous, r.change, r.target, r.percentOfPlan].map((v, i) => cell(v, { bold: i === 0, right: i > 0, width: WIDTHS[i] ?? 15 })),
          }),
      ),
    ],
  })
}

/** The narrative keeps its paragraphs: one Word paragraph per line the user wrote. */
function narrative(textValue: string, empty: string): Paragraph[] {
  const lines = textValue.trim() === '' ? [empty] : textValue.split(/\r?\n/)
  return lines.map((line) => new Paragraph({ children: [text(line)], alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 }, indent: { firstLine: 567 } }))
}

/** The .docx file of the report. `emptyText` stands in for an empty narrative part. */
export async function reportDocxBlob(doc: ReportDocumentModel, emptyText: string): Promise<Blob> {
  const document = new Document({
    creator: 'TTĐN Dashboard',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        // A4 portrait, margins of an administrative document (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm).
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 851 } } },
        children: [
          header(doc),
          para([text('')], AlignmentType.CENTER, 120),
          para([text(doc.title.toLocaleUpperCase(doc.lang === 'vi' ? 'vi' : 'en'), { bold: true })], AlignmentType.CENTER, 60),
          para([text(doc.periodLine, { italics: true })], AlignmentType.CENTER, 240),
          para([text(doc.figuresTitle, { bold: true })], AlignmentType.LEFT, 120),
          figuresTable(doc),
          para([text(doc.figuresNote, { italics: true, size: SMALL })], AlignmentType.LEFT, 60),
          ...(doc.noPlanNote ? [para([text(doc.noPlanNote, { italics: true, size: SMALL })], AlignmentType.LEFT, 60)] : []),
          para([text(doc.narrativeTitle, { bold: true })], AlignmentType.LEFT, 120),
          ...doc.narrative.flatMap((part) => [para([text(part.heading, { bold: true })], AlignmentType.LEFT, 60), ...narrative(part.text, emptyText)]),
          para([text('')], AlignmentType.LEFT, 120),
          para([text(doc.statusLine, { bold: true })], AlignmentType.LEFT, 40),
          ...doc.dateLines.map((line) => para([text(line)], AlignmentType.LEFT, 40)),
        ],
      },
    ],
  })
  return Packer.toBlob(document)
}
