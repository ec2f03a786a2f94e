/**
 * The report's words, checked against values written by hand: ids, the title, the timing
 * against the deadline (on a pinned date), the table cells (change vs last year, % of plan or
 * "no approved plan"), the administrative date line and the .docx file name.
 */
import { describe, expect, it } from 'vitest'
import type { Report } from '../../../src/lib/api/reports'
import { figureRow, parseReportId, reportDocument, reportFileName, reportTiming } from '../../../src/features/reports/lib/report-document'

const REPORT: Report = {
  id: '2026-H1.c37',
  period: '2026-H1',
  unit: 'c37',
  status: 'submitted',
  version: 3,
  narrative: { results: 'Kết quả.', shortcomings: '', proposals: '' },
  figures: [
    { metric: 'articles', value: 2754, previous: 2657, target: 5970, percentOfPlan: (2754 / 5970) * 100 },
    { metric: 'meetings', value: 7, previous: 7, target: null, percentOfPlan: null },
    { metric: 'awards', value: 0, previous: null, target: 94, percentOfPlan: 0 },
    { metric: 'trainings', value: 3, previous: 8, target: 16, percentOfPlan: 18.75 },
    { metric: 'trainees', value: 304, previous: 0, target: 0, percentOfPlan: null },
  ],
  snapshot: true,
  figuresAt: '2026-07-20T03:00:00.000Z',
  planStatus: 'approved',
  deadline: '2026-07-15',
  submittedAt: '2026-07-20T03:00:00.000Z',
  onTime: false,
  approvedAt: null,
  returnComment: null,
  locked: true,
  transitions: [],
}

describe('report ids', () => {
  it('reads a period and a unit, and nothing else', () => {
    expect(parseReportId('2026-H1.c37')).toEqual({ period: '2026-H1', unit: 'c37' })
    expect(parseReportId('2025.f35')).toEqual({ period: '2025', unit: 'f35' })
    for (const bad of ['2026-H2.c37', '2026-H1.x99', '2026-H1', 'c37', '2026-H1.c37x', '']) expect(parseReportId(bad)).toBeNull()
  })
})

describe('timing against the deadline', () => {
  it('is overdue only while awaiting the unit after the deadline; otherwise the first submission decides', () => {
    const base = { deadline: '2026-07-15', onTime: null }
    expect(reportTiming({ ...base, status: 'not-started' }, '2026-07-15')).toBeNull()
    expect(reportTiming({ ...base, status: 'not-started' }, '2026-07-16')).toBe('overdue')
    expect(reportTiming({ ...base, status: 'draft' }, '2026-08-01')).toBe('overdue')
    expect(reportTiming({ deadline: '2026-07-15', onTime: true, status: 'returned' }, '2026-08-01')).toBe('overdue')
    expect(reportTiming({ deadline: '2026-07-15', onTime: true, status: 'submitted' }, '2026-08-01')).toBe('on-time')
    expect(reportTiming({ deadline: '2026-07-15', onTime: false, status: 'approved' }, '2026-08-01')).toBe('late')
  })
})

describe('the table of figures', () => {
  it('writes each cell in Vietnamese: change with its word, % of plan or "no approved plan"', () => {
    expect(figureRow(REPORT.figures[0] as Report['figures'][number], 'vi')).toEqual({
      metric: 'Tin, bài',
      value: '2.754',
      previous: '2.657',
      change: 'Tăng 97 (3,7%)',
      target: '5.970',
      percentOfPlan: '46,1%',
      noPlan: false,
    })
    const meetings = figureRow(REPORT.figures[1] as Report['figures'][number], 'vi')
    expect([meetings.change, meetings.target, meetings.percentOfPlan, meetings.noPlan]).toEqual(['không đổi', '—', 'chưa có kế hoạch được duyệt', true])
    const awards = figureRow(REPORT.figures[2] as Report['figures'][number], 'vi')
    expect([awards.previous, awards.change, awards.percentOfPlan]).toEqual(['không có số liệu', 'không có số liệu', '0%'])
    expect(figureRow(REPORT.figures[3] as Report['figures'][number], 'vi').change).toBe('Giảm 5 (62,5%)')
    // A rise from zero has no percentage; a zero target gives no % of plan.
    const trainees = figureRow(REPORT.figures[4] as Report['figures'][number], 'vi')
    expect([trainees.change, trainees.percentOfPlan]).toEqual(['Tăng 304', 'chưa có kế hoạch được duyệt'])
  })

  it('and in English', () => {
    const articles = figureRow(REPORT.figures[0] as Report['figures'][number], 'en')
    expect([articles.metric, articles.value, articles.change, articles.percentOfPlan]).toEqual(['News items & articles', '2,754', 'Up 97 (3.7%)', '46.1%'])
    expect(figureRow(REPORT.figures[1] as Report['figures'][number], 'en').percentOfPlan).toBe('no approved plan')
  })
})

describe('the document', () => {
  it('has the administrative header, title, period, dated the day of the first submission (Vietnam time)', () => {
    const doc = reportDocument(REPORT, { name: 'Ninh Bình', kind: 'province' }, 'vi', '2026-11-28')
    expect(doc.issuer).toEqual(['BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI', 'TỈNH NINH BÌNH'])
    expect([doc.nation, doc.motto]).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'])
    expect(doc.placeDate).toBe('Ninh Bình, ngày 20 tháng 7 năm 2026')
    expect(doc.title).toBe('Báo cáo kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2026')
    expect(doc.periodLine).toBe('Kỳ báo cáo: từ 01/01/2026 đến 30/06/2026 · Hạn gửi: 15/07/2026')
    expect(doc.statusLine).toBe('Trạng thái: Đã gửi')
    expect(doc.dateLines).toEqual(['Gửi lần đầu: 20/07/2026 10:00 (gửi muộn)'])
    expect(doc.noPlanNote).not.toBeNull()
  })

  it('names a city as one, dates an unsubmitted report today (a leading zero for February), in both languages', () => {
    const draft: Report = { ...REPORT, period: '2025', id: '2025.c01', unit: 'c01', deadline: '2026-01-15', status: 'draft', submittedAt: null, onTime: null, snapshot: false }
    const vi = reportDocument(draft, { name: 'Hà Nội', kind: 'city' }, 'vi', '2026-02-05')
    expect(vi.issuer[1]).toBe('THÀNH PHỐ HÀ NỘI')
    expect(vi.placeDate).toBe('Hà Nội, ngày 05 tháng 02 năm 2026')
    expect(vi.title).toBe('Báo cáo kết quả công tác thông tin đối ngoại năm 2025')
    const en = reportDocument(draft, { name: 'Hà Nội', kind: 'city' }, 'en', '2026-02-05')
    expect(en.title).toBe('Report on external information work, year 2025')
    expect(en.placeDate).toBe('Hà Nội, 5 February 2026')
    expect(en.statusLine).toBe('Status: Draft · Overdue')
  })

  it('names the .docx after the period and the unit, without diacritics', () => {
    expect(reportFileName('2026-H1', 'Ninh Bình')).toBe('bao-cao-2026-H1-ninh-binh.docx')
    expect(reportFileName('2025', 'TP. Hồ Chí Minh')).toBe('bao-cao-2025-tp.-ho-chi-minh.docx')
  })
})
