/**
 * The report as a document, in words: one pure function turns a report (and its unit) into
 * the strings the screen, the printed page and the .docx all show, so the three can never
 * disagree on a figure. Numbers and dates are in the language's format (vi: 1.234, dd/MM/yyyy).
 */
import { todayInVietnam } from '../../../lib/api/activity-input'
import { NARRATIVE_PARTS, type Narrative, type Report, type ReportFigure, type ReportPeriodId, type ReportStatus } from '../../../lib/api/reports'
import type { OrgUnit } from '../../../lib/api/schemas'
import { fileSlug } from '../../../lib/download'
import { formatDate, formatNumber, formatPercent, formatSigned } from '../../../lib/format'
import { metricLabels } from '../../../lib/i18n/common-messages'
import type { Lang } from '../../../lib/i18n/i18n'
import { formatVnDateTime as formatTimestamp } from '../../../lib/vn-time'
import { reportsMessages, reportStatusLabels } from './reports-messages'

/** `2026-H1.c37` → its period and unit; null for anything else. */
export function parseReportId(id: string): { period: ReportPeriodId; unit: string } | null {
  const match = /^(\d{4}(?:-H1)?)\.([fc]\d{2})$/.exec(id)
  return match ? { period: match[1] as string, unit: match[2] as string } : null
}

/** The period as a report's title writes it: "6 tháng đầu năm 2026" / "first half of 2026", "năm 2026" / "year 2026". */
export function reportPeriodText(period: ReportPeriodId, lang: Lang): string {
  const year = period.slice(0, 4)
  const half = period.endsWith('-H1')
  if (lang === 'vi') return half ? `6 tháng đầu năm ${year}` : `năm ${year}`
  return half ? `first half of ${year}` : `year ${year}`
}

/** The period's months for the period line: "01/2026 – 06/2026" / "Jan–Jun 2026". */
function periodRangeText(period: ReportPeriodId, lang: Lang): string {
  const year = period.slice(0, 4)
  const half = period.endsWith('-H1')
  if (lang === 'vi') return half ? `từ 01/01/${year} đến 30/06/${year}` : `từ 01/01/${year} đến 31/12/${year}`
  return half ? `1 Jan – 30 Jun ${year}` : `1 Jan – 31 Dec ${year}`
}

/**
 * Where a report stands against its deadline: submitted on time or late (the first submission
 * counts), overdue (not submitted and the deadline passed), or nothing to say.
 */
export type ReportTiming = 'on-time' | 'late' | 'overdue' | null
export function reportTiming(report: { status: ReportStatus; onTime: boolean | null; deadline: string }, today: string): ReportTiming {
  const awaitingUnit = report.status === 'not-started' || report.status === 'draft' || report.status === 'returned'
  if (awaitingUnit) return today > report.deadline ? 'overdue' : null
  if (report.onTime === null) return null
  return report.onTime ? 'on-time' : 'late'
}

/** One line of the table of figures, every cell in words. */
export interface FigureRow {
  metric: string
  value: string
  previous: string
  change: string
  target: string
  percentOfPlan: string
  /** True when there is no approved plan to measure against (the cell says so in words). */
  noPlan: boolean
}

function changeText(figure: ReportFigure, lang: Lang): string {
  const m = reportsMessages[lang]
  if (figure.previous === null) return m.unknown
  const diff = figure.value - figure.previous
  if (diff === 0) return m.noChange
  const pct = figure.previous > 0 ? formatPercent(Math.abs(diff) / figure.previous, lang, 1, false) : ''
  const amount = formatNumber(Math.abs(diff), lang)
  return diff > 0 ? m.up(amount, pct) : m.down(amount, pct)
}

export function figureRow(figure: ReportFigure, lang: Lang): FigureRow {
  const m = reportsMessages[lang]
  return {
    metric: metricLabels[lang][figure.metric],
    value: formatNumber(figure.value, lang),
    previous: figure.previous === null ? m.unknown : formatNumber(figure.previous, lang),
    change: changeText(figure, lang),
    target: figure.target === null ? '—' : formatNumber(figure.target, lang),
    percentOfPlan: figure.percentOfPlan === null ? m.noPlan : formatPercent(figure.percentOfPlan / 100, lang, 1, false),
    noPlan: figure.percentOfPlan === null,
  }
}

/** The signed change alone ("+12"), for compact places. */
export function signedChange(figure: ReportFigure, lang: Lang): string | null {
  return figure.previous === null ? null : formatSigned(figure.value - figure.previous, lang)
}

/** Everything the document says, in the language's words. */
export interface ReportDocumentModel {
  lang: Lang
  /** Top-left: the committee and the unit ("TỈNH NINH BÌNH"). */
  issuer: [string, string]
  /** Top-right: the nation and the motto. */
  nation: string
  motto: string
  placeDate: string
  title: string
  periodLine: string
  figuresTitle: string
  columns: [string, string, string, string, string, string]
  rows: FigureRow[]
  figuresNote: string
  noPlanNote: string | null
  narrativeTitle: string
  narrative: { heading: string; text: string }[]
  statusLine: string
  dateLines: string[]
}

/** The unit as the top-left of an administrative document names it: "TỈNH NINH BÌNH", "THÀNH PHỐ HÀ NỘI". */
function issuerUnit(unit: Pick<OrgUnit, 'name' | 'kind'> | undefined, fallback: string, lang: Lang): string {
  if (!unit) return fallback.toLocaleUpperCase('vi')
  if (lang === 'en') return (unit.kind === 'city' ? `${unit.name} City` : `${unit.name} Province`).toLocaleUpperCase('en')
  return `${unit.kind === 'city' ? 'Thành phố' : 'Tỉnh'} ${unit.name}`.toLocaleUpperCase('vi')
}

/**
 * The document of `report`, dated `today` (YYYY-MM-DD, Vietnam) unless it has been submitted
 * (then the date of its first submission). `narrative` is what the text boxes hold now.
 */
export function reportDocument(
  report: Report,
  unit: Pick<OrgUnit, 'name' | 'kind'> | undefined,
  lang: Lang,
  today: string,
  narrative: Narrative = report.narrative,
): ReportDocumentModel {
  const m = reportsMessages[lang]
  const place = unit?.name ?? report.unit
  const dated = report.submittedAt ? todayInVietnam(new Date(report.submittedAt)) : today
  // Decree 30/2020: a day below 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 02"), other months none ("tháng 7").
  const [y = '', moRaw = '', d = ''] = dated.split('-')
  const mo = Number(moRaw) <= 2 ? moRaw : String(Number(moRaw))
  const rows = report.figures.map((f) => figureRow(f, lang))
  const timing = reportTiming(report, today)
  const status = reportStatusLabels[lang][report.status]
  const statusWithTiming = timing === 'overdue' ? `${status} · ${m.overdue}` : status
  const dateLines: string[] = []
  if (report.submittedAt) dateLines.push(m.submittedLine(formatTimestamp(report.submittedAt, lang), report.onTime ? m.onTime : m.late))
  if (report.approvedAt && report.status === 'approved') dateLines.push(m.approvedLine(formatTimestamp(report.approvedAt, lang)))
  return {
    lang,
    issuer: [m.committee, issuerUnit(unit, place, lang)],
    nation: m.nation,
    motto: m.motto,
    placeDate: m.placeDate(place, d, mo, y),
    title: m.title(reportPeriodText(report.period, lang)),
    periodLine: m.periodLine(periodRangeText(report.period, lang), formatDate(report.deadline, lang)),
    figuresTitle: m.figuresTitle,
    columns: [m.metric, m.value, m.previous, m.change, m.target, m.percentOfPlan],
    rows,
    figuresNote: report.snapshot ? m.snapshot(formatTimestamp(report.figuresAt, lang)) : m.livePreview(formatTimestamp(report.figuresAt, lang)),
    noPlanNote: rows.some((r) => r.noPlan) ? m.noPlanNote : null,
    narrativeTitle: m.narrativeTitle,
    narrative: NARRATIVE_PARTS.map((part) => ({ heading: m[part], text: narrative[part] })),
    statusLine: m.statusLine(statusWithTiming),
    dateLines,
  }
}

/** `bao-cao-2026-H1-ninh-binh.docx` */
export function reportFileName(period: ReportPeriodId, unitName: string): string {
  return `bao-cao-${period}-${fileSlug(unitName).toLowerCase()}.docx`
}
