/**
 * The demo's work cycle, seeded with the demo records (deterministic: no real clock, no
 * randomness): every report from 2018-H1 to 2025 approved (the 63 former units up to 2025-H1,
 * the 34 current ones for 2025), mostly on time; 2026-H1 a lively mix for the 34 current units
 * (`DEMO_2026_H1` below), with Ninh Bình (c37) and Quảng Ninh (c22) not started, where the
 * demo's journey begins; annual plans for 2025 and 2026 (`DEMO_PLANS_2026`).
 *
 * Snapshot figures are computed with the same grouped queries as the API's (two per period),
 * so seeding stays fast.
 */
import { sql, type Kysely } from 'kysely'
import { REPORT_METRICS, defaultDeadline, type Narrative, type PlanTargets, type ReportFigure, type ReportPeriodId } from '../../src/lib/api/reports'
import type { OrgUnit } from '../../src/lib/api/schemas'
import { monthIndex } from '../../src/lib/periods'
import { currentUnits, formerUnits } from '../reference/org-units'
import { computeFigures, unitSums, type MetricValues, type WorkflowStatus } from '../store/reports'
import type { Schema } from './schema'

/** The demo's 2026-H1 reports by standing (unit ids); the units not listed here have approved reports. */
export const DEMO_2026_H1 = {
  notStarted: ['c37', 'c22'],
  draft: ['c04', 'c12'],
  returned: ['c15', 'c44'],
  submittedLate: ['c20', 'c52', 'c86'],
  submittedOnTime: ['c08', 'c25', 'c46', 'c68', 'c92'],
  /** Approved, but first submitted after the deadline. */
  approvedLate: ['c80', 'c96'],
} as const

/** The demo's 2026 plans by status; the units not listed have approved ones (c37 and c22 among them). */
export const DEMO_PLANS_2026 = { none: ['c12', 'c86'], draft: ['c04', 'c20'], submitted: ['c15', 'c52'] } as const
/** Units without a 2025 plan; every other current unit has an approved one. */
export const DEMO_NO_PLAN_2025 = ['c12', 'c86'] as const

/** The clock the seed computes with: the end of the demo data. */
const SEED_NOW = new Date('2026-10-31T12:00:00Z')
const DAY = 86_400_000

/** A small deterministic hash (FNV-1a) of a text. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A moment on a date at an hour, Vietnam time (UTC+7), as ISO 8601. */
function at(date: string, offsetDays: number, hour: number, minute = 0): string {
  const base = Date.parse(`${date}T00:00:00Z`) + offsetDays * DAY + (hour - 7) * 3_600_000 + minute * 60_000
  return new Date(base).toISOString()
}

const number = new Intl.NumberFormat('vi-VN')

function committee(unit: OrgUnit): string {
  // "TP. Hồ Chí Minh" already says it is a city.
  const name = unit.name.replace(/^TP\. /, '')
  return `Ban Chỉ đạo công tác thông tin đối ngoại ${unit.kind === 'city' ? 'thành phố' : 'tỉnh'} ${name}`
}

function periodText(period: string): string {
  const year = period.slice(0, 4)
  return period.endsWith('-H1') ? `6 tháng đầu năm ${year}` : `năm ${year}`
}

const SHORTCOMINGS = [
  'Việc cung cấp thông tin cho báo chí nước ngoài còn chậm; nguồn lực cho thông tin đối ngoại ở cấp xã còn mỏng.',
  'Một số cơ quan, đơn vị chưa chủ động phối hợp; chất lượng sản phẩm tiếng nước ngoài chưa đồng đều.',
  'Kinh phí cho công tác thông tin đối ngoại còn hạn chế; việc ứng dụng nền tảng số chưa tương xứng với yêu cầu.',
  'Công tác nắm bắt dư luận, phản bác thông tin sai lệch trên mạng xã hội có lúc chưa kịp thời.',
]

const PROPOSALS = [
  'Đề nghị Ban Chỉ đạo Trung ương tiếp tục mở các lớp bồi dưỡng kỹ năng phát ngôn và cung cấp thông tin cho báo chí.',
  'Đề nghị tăng cường cung cấp tài liệu, ấn phẩm thông tin đối ngoại song ngữ cho các địa phương biên giới.',
  'Đề nghị hỗ trợ kinh phí xây dựng chuyên trang thông tin đối ngoại đa ngữ của địa phương.',
  'Đề nghị tổ chức hội nghị trao đổi kinh nghiệm giữa các địa phương trong vùng về công tác thông tin đối ngoại.',
]

function narrativeOf(unit: OrgUnit, period: string, figures: readonly ReportFigure[]): Narrative {
  const v = Object.fromEntries(figures.map((f) => [f.metric, f.value])) as MetricValues
  const h = hash(`${period}.${unit.id}`)
  const results =
    `${periodText(period).replace(/^./, (c) => c.toUpperCase())}, ${committee(unit)} đã chỉ đạo đăng tải ${number.format(v.articles)} tin, bài, phóng sự về thông tin đối ngoại; ` +
    `tổ chức ${number.format(v.meetings)} hội nghị, hội thảo, tọa đàm và họp báo; mở ${number.format(v.trainings)} lớp tập huấn, bồi dưỡng cho ${number.format(v.trainees)} lượt học viên; ` +
    `${v.awards > 0 ? `được ghi nhận ${number.format(v.awards)} khen thưởng, giải thưởng` : 'chưa có khen thưởng, giải thưởng trong kỳ'}.`
  return { results, shortcomings: SHORTCOMINGS[h % SHORTCOMINGS.length] ?? '', proposals: PROPOSALS[(h >> 4) % PROPOSALS.length] ?? '' }
}

interface ReportSeed {
  period_id: string
  unit_id: string
  status: WorkflowStatus
  version: number
  narrative: Narrative
  figures: ReportFigure[] | null
  figures_at: string | null
  submitted_at: string | null
  approved_at: string | null
  return_comment: string | null
}

interface TransitionSeed {
  unit_id: string
  version: number
  action: string
  at: string
  username: string
  from_status: string
  to_status: string
  comment: string | null
}

/** Rounds a target sensibly: tens for articles, whole numbers otherwise (never below 1). */
function roundTarget(metric: string, value: number): number {
  if (metric === 'articles') return Math.max(10, Math.round(value / 10) * 10)
  return Math.max(1, Math.round(value))
}

async function insertJson(db: Kysely<Schema>, table: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    await sql`insert into ${sql.table(table)} select * from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows.slice(i, i + 2000))}::json)`.execute(db)
  }
}

function reporter(unit: string): string {
  return `reporter-${unit}`
}

/** Seeds plans, reports and their transitions (inside the caller's transaction). */
export async function seedWorkflow(db: Kysely<Schema>): Promise<void> {
  const ctx = { db, now: () => SEED_NOW }

  // Plans: 2025 and 2026 for the current units, from the previous year's figures × 1.05–1.15.
  const plans: object[] = []
  const planTransitions: object[] = []
  for (const year of [2025, 2026]) {
    const base = await unitSums(db, 'current', monthIndex(`${year - 1}-01`), monthIndex(`${year - 1}-12`))
    for (const unit of currentUnits) {
      const plan2026 = DEMO_PLANS_2026 as Record<string, readonly string[]>
      const none = year === 2025 ? (DEMO_NO_PLAN_2025 as readonly string[]).includes(unit.id) : plan2026.none?.includes(unit.id)
      if (none) continue
      const status: WorkflowStatus = year === 2026 && plan2026.draft?.includes(unit.id) ? 'draft' : year === 2026 && plan2026.submitted?.includes(unit.id) ? 'submitted' : 'approved'
      const values = base.get(unit.id)
      const factor = 1.05 + (hash(`${year}.${unit.id}`) % 11) / 100
      const targets = Object.fromEntries(REPORT_METRICS.map((m) => [m, roundTarget(m, (values?.[m] ?? 0) * factor)])) as PlanTargets
      const created = at(`${year - 1}-12-10`, hash(`p${year}${unit.id}`) % 15, 9)
      const submitted = at(`${year}-01-05`, hash(`s${year}${unit.id}`) % 10, 10)
      const approved = at(`${year}-01-20`, hash(`a${year}${unit.id}`) % 10, 15)
      const steps: Array<[string, string, string, string, string]> = [['created', created, reporter(unit.id), 'not-started', 'draft']]
      if (status !== 'draft') steps.push(['submit', submitted, reporter(unit.id), 'draft', 'submitted'])
      if (status === 'approved') steps.push(['approve', approved, 'admin', 'submitted', 'approved'])
      plans.push({ year, unit_id: unit.id, status, version: steps.length, targets, return_comment: null })
      steps.forEach(([action, when, username, from, to], i) =>
        planTransitions.push({ year, unit_id: unit.id, version: i + 1, action, at: when, user_id: null, username, from_status: from, to_status: to, comment: null }),
      )
    }
  }
  await insertJson(db, 'plans', plans)
  await insertJson(db, 'plan_transitions', planTransitions)

  // Reports: every period to 2025 approved; 2026-H1 the mix.
  const periods: ReportPeriodId[] = []
  for (let year = 2018; year <= 2024; year++) periods.push(`${year}-H1`, String(year))
  periods.push('2025-H1', '2025', '2026-H1')
  const reports: ReportSeed[] = []
  const transitions: Array<TransitionSeed & { period_id: string }> = []
  const mix = DEMO_2026_H1 as Record<string, readonly string[]>
  const standing = (unit: string) => Object.keys(mix).find((k) => mix[k]?.includes(unit)) ?? 'approved'
  for (const period of periods) {
    const units = period === '2025' || period === '2026-H1' ? currentUnits : formerUnits
    const figures = await computeFigures(ctx, period, units.map((u) => u.id))
    const deadline = defaultDeadline(period)
    for (const unit of units) {
      const kind = period === '2026-H1' ? standing(unit.id) : 'approved'
      if (kind === 'notStarted') continue
      const h = hash(`${period}.${unit.id}`)
      const late = kind === 'submittedLate' || kind === 'approvedLate' || (period !== '2026-H1' && h % 23 === 0)
      const submitOffset = late ? 1 + (h % 5) : -(1 + (h % 12))
      const submittedAt = at(deadline, submitOffset, 8 + (h % 9), h % 60)
      const createdAt = at(deadline, submitOffset - 7 - (h % 10), 9, (h >> 3) % 60)
      const unitFigures = figures.get(unit.id) ?? []
      const narrative = narrativeOf(unit, period, unitFigures)
      const steps: Array<[string, string, string, string, string, string | null]> = [['created', createdAt, reporter(unit.id), 'not-started', 'draft', null]]
      let status: WorkflowStatus = 'draft'
      let approvedAt: string | null = null
      let returnComment: string | null = null
      if (kind === 'draft') {
        narrative.results = unit.id === 'c04' ? '' : narrative.results.slice(0, narrative.results.indexOf(';') + 1)
        narrative.shortcomings = ''
        narrative.proposals = ''
      } else {
        steps.push(['submit', submittedAt, reporter(unit.id), 'draft', 'submitted', null])
        status = 'submitted'
        if (kind === 'returned') {
          returnComment =
            unit.id === 'c15'
              ? 'Đề nghị bổ sung kết quả thông tin đối ngoại ở khu vực biên giới và làm rõ nguyên nhân của các hạn chế.'
              : 'Số liệu tập huấn chưa khớp với danh sách lớp đã gửi; đề nghị rà soát và bổ sung phần đề xuất.'
          steps.push(['return', at(deadline, submitOffset + 4, 14), 'admin', 'submitted', 'returned', returnComment])
          status = 'returned'
        } else if (kind === 'approved' || kind === 'approvedLate') {
          approvedAt = at(deadline, submitOffset + 2 + (h % 9), 15, (h >> 5) % 60)
          steps.push(['approve', approvedAt, 'admin', 'submitted', 'approved', null])
          status = 'approved'
        }
      }
      const snapshot = status === 'submitted' || status === 'approved'
      reports.push({
        period_id: period,
        unit_id: unit.id,
        status,
        version: steps.length,
        narrative,
        figures: snapshot ? unitFigures : null,
        figures_at: snapshot ? submittedAt : null,
        submitted_at: status === 'draft' ? null : submittedAt,
        approved_at: approvedAt,
        return_comment: returnComment,
      })
      steps.forEach(([action, when, username, from, to, comment], i) =>
        transitions.push({ period_id: period, unit_id: unit.id, version: i + 1, action, at: when, username, from_status: from, to_status: to, comment }),
      )
    }
  }
  await insertJson(db, 'reports', reports)
  await insertJson(
    db,
    'report_transitions',
    transitions.map((t) => ({ ...t, user_id: null })),
  )
}
