/**
 * What the report and plan routes share: who may do what (a viewer reads only; a reporter acts
 * on its own unit; approve, return and reopen are the admin's), the `If-Match` version, the
 * bodies, and the answers to a write the workflow refused, in the request's language.
 */
import type { Context } from 'hono'
import { ADMIN_ONLY_TRANSITIONS, COMMENT_MAX_LENGTH, TRANSITIONS, type ReportStatus, type Transition } from '../../src/lib/api/reports'
import type { ApiErrorBody } from '../../src/lib/api/schemas'
import { currentUser, type SessionUser } from '../auth/guard'
import { ApiError } from '../errors'
import type { Lang } from '../lang'
import type { WriteResult } from '../store/reports'

type Text = { vi: string; en: string }

function forbidden(lang: Lang, message: Text): ApiError {
  return new ApiError(403, 'forbidden', message[lang])
}

/** The user, if allowed to write reports and plans at all (admins and reporters). */
export function requireWriter(c: Context, lang: Lang): SessionUser {
  const user = currentUser(c)
  if (user.role !== 'admin' && user.role !== 'reporter') {
    throw forbidden(lang, { vi: 'Tài khoản chỉ được xem, không được lập, gửi hoặc duyệt báo cáo và kế hoạch.', en: 'This account may read but not write, submit or approve reports and plans.' })
  }
  return user
}

/** 403 unless the user may act on `unit`'s reports and plans (a reporter: only its own unit). */
export function requireOwnUnit(user: SessionUser, unit: string, lang: Lang): void {
  if (user.role === 'admin') return
  if (user.unit === null || user.unit !== unit) {
    throw forbidden(lang, { vi: 'Chỉ được lập và gửi báo cáo, kế hoạch của đơn vị mình.', en: 'You may only act on your own unit’s reports and plans.' })
  }
}

/** 403 for a reporter taking an admin's transition. */
export function requireTransitionRole(user: SessionUser, action: Transition, lang: Lang): void {
  if (user.role !== 'admin' && ADMIN_ONLY_TRANSITIONS.includes(action)) {
    throw forbidden(lang, { vi: 'Chỉ quản trị viên được duyệt, trả lại hoặc mở lại.', en: 'Only administrators can approve, return or reopen.' })
  }
}

export function requireAdmin(c: Context, lang: Lang): SessionUser {
  const user = currentUser(c)
  if (user.role !== 'admin') throw forbidden(lang, { vi: 'Chỉ quản trị viên được làm việc này.', en: 'Only administrators can do this.' })
  return user
}

export function isTransition(value: string): value is Transition {
  return (TRANSITIONS as readonly string[]).includes(value)
}

const VERSION_HINTS = {
  record: { en: 'the ETag of the record', vi: 'ETag của hồ sơ' },
  document: { en: 'the ETag; "0" for one not started yet', vi: 'ETag; "0" khi chưa bắt đầu' },
} as const

/**
 * The version `If-Match` names: 428 without one, 400 when it is not `"<version>"`. Records
 * and the work cycle's reports and plans alike (`what` words the hint).
 */
export function expectedVersion(c: Context, lang: Lang, what: keyof typeof VERSION_HINTS = 'document'): number {
  const header = c.req.header('If-Match')
  if (header === undefined || header.trim() === '') {
    const hint = VERSION_HINTS[what][lang]
    throw new ApiError(
      428,
      'precondition_required',
      lang === 'en'
        ? `Send the version you are changing in If-Match ("<version>", ${hint}), so that nobody else's change is overwritten.`
        : `Hãy gửi phiên bản đang sửa trong If-Match ("<version>", ${hint}) để không ghi đè thay đổi của người khác.`,
    )
  }
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header)
  if (!match) {
    throw new ApiError(400, 'invalid_parameter', lang === 'en' ? 'If-Match must be one version, "<version>".' : 'If-Match phải là một phiên bản, "<version>".', 'If-Match')
  }
  return Number(match[1])
}

/** The request's JSON body (`undefined` when empty); 400 when it is not JSON. */
export async function readJson(c: Context, lang: Lang): Promise<unknown> {
  const text = await c.req.text()
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError(400, 'invalid_body', lang === 'en' ? 'The request body is not valid JSON.' : 'Nội dung yêu cầu không phải JSON hợp lệ.')
  }
}

interface Parser<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[] }> } }
}

/** Parses a body with a contract schema; 400 `invalid_body` naming the first field at fault (`narrative.results`). */
export function parseBody<T>(schema: Parser<T>, body: unknown, lang: Lang): T {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'invalid_body', lang === 'en' ? 'The request body must be a JSON object.' : 'Nội dung yêu cầu phải là một đối tượng JSON.')
  }
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  const field = parsed.error.issues[0]?.path.map(String).join('.') || undefined
  throw new ApiError(
    400,
    'invalid_body',
    lang === 'en' ? `The request body does not match the contract${field ? ` (at ${field})` : ''}.` : `Nội dung yêu cầu không đúng quy ước${field ? ` (tại ${field})` : ''}.`,
    field,
  )
}

/** The comment of a transition (`return` needs one). */
export function transitionComment(action: Transition, body: unknown, lang: Lang): string | null {
  const raw = body === undefined ? undefined : (body as { comment?: unknown } | null)
  if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
    throw new ApiError(400, 'invalid_body', lang === 'en' ? 'The request body must be a JSON object.' : 'Nội dung yêu cầu phải là một đối tượng JSON.')
  }
  const comment = raw?.comment
  if (comment !== undefined && comment !== null && typeof comment !== 'string') {
    throw new ApiError(400, 'invalid_body', lang === 'en' ? 'The comment must be text.' : 'Ý kiến phải là văn bản.', 'comment')
  }
  if (typeof comment === 'string' && comment.length > COMMENT_MAX_LENGTH) {
    throw new ApiError(400, 'invalid_body', lang === 'en' ? `The comment is longer than ${COMMENT_MAX_LENGTH} characters.` : `Ý kiến dài quá ${COMMENT_MAX_LENGTH} ký tự.`, 'comment')
  }
  const text = typeof comment === 'string' && comment.trim() !== '' ? comment.trim() : null
  if (action === 'return' && text === null) {
    throw new ApiError(400, 'invalid_body', lang === 'en' ? 'Returning needs a comment saying what to fix.' : 'Trả lại cần có ý kiến nêu rõ điều cần sửa.', 'comment')
  }
  return text
}

export const STATUS_NAMES: Record<ReportStatus, Text> = {
  'not-started': { vi: 'chưa bắt đầu', en: 'not started' },
  draft: { vi: 'bản nháp', en: 'draft' },
  submitted: { vi: 'đã gửi', en: 'submitted' },
  returned: { vi: 'bị trả lại', en: 'returned' },
  approved: { vi: 'đã duyệt', en: 'approved' },
}

const ACTION_NAMES: Record<Transition | 'save', Text> = {
  save: { vi: 'sửa', en: 'changed' },
  submit: { vi: 'gửi', en: 'submitted' },
  approve: { vi: 'duyệt', en: 'approved' },
  return: { vi: 'trả lại', en: 'returned' },
  reopen: { vi: 'mở lại', en: 'reopened' },
}

/**
 * The answer to a write the workflow refused. `what` names the report or plan ("Báo cáo …");
 * `current` is it as it is now (sent with a conflict, with its version as `ETag`).
 */
export function refused(c: Context, result: Exclude<WriteResult, { ok: true }>, action: Transition | 'save', what: Text, current: { version: number }, lang: Lang): Response {
  const json = (status: 400 | 409, code: string, message: Text, field?: string, withCurrent = false): Response => {
    const body: ApiErrorBody = { error: field === undefined ? { code, message: message[lang] } : { code, message: message[lang], field } }
    if (withCurrent) {
      body.current = current
      c.header('ETag', `"${current.version}"`)
    }
    return c.json(body, status)
  }
  switch (result.reason) {
    case 'conflict':
      return json(
        409,
        'conflict',
        {
          vi: `Người khác đã thay đổi ${what.vi.toLowerCase()} (nay là phiên bản ${current.version}): hãy xem lại rồi làm tiếp từ phiên bản hiện tại.`,
          en: `Someone else changed ${what.en.replace(/^The /, 'the ')} (it is now at version ${current.version}): look again, then go on from the current version.`,
        },
        undefined,
        true,
      )
    case 'invalid_transition': {
      const status = STATUS_NAMES[result.status]
      const verb = ACTION_NAMES[action]
      return json(409, 'invalid_transition', {
        vi: `${what.vi} đang ở trạng thái “${status.vi}” nên không thể ${verb.vi}.`,
        en: `${what.en} is ${status.en}, so it cannot be ${verb.en}.`,
      })
    }
    case 'period_not_ended':
      return json(409, 'period_not_ended', {
        vi: `${what.vi} chỉ gửi được sau khi kỳ báo cáo kết thúc.`,
        en: `${what.en} can be submitted only once the period has ended.`,
      })
    case 'data_incomplete':
      return json(409, 'data_incomplete', {
        vi: 'Số liệu chưa đủ cho cả kỳ báo cáo nên chưa gửi được.',
        en: 'The data does not cover the whole period yet, so it cannot be submitted.',
      })
    case 'missing':
      return json(
        400,
        'invalid_body',
        result.field === 'narrative.results'
          ? { vi: 'Cần viết phần kết quả trước khi gửi báo cáo.', en: 'Write the results part before submitting the report.' }
          : { vi: `Cần nhập đủ chỉ tiêu (${result.field}) trước khi gửi kế hoạch.`, en: `Enter every target (${result.field}) before submitting the plan.` },
        result.field,
      )
  }
}

/** "6 tháng đầu năm 2026" / "2026 first half-year", "năm 2026" / "2026 annual". */
export function periodName(period: string): Text {
  const year = period.slice(0, 4)
  return period.endsWith('-H1') ? { vi: `6 tháng đầu năm ${year}`, en: `${year} first half-year` } : { vi: `năm ${year}`, en: `${year} annual` }
}

/** "Báo cáo 6 tháng đầu năm 2026 của Ninh Bình" / "The 2026 first half-year report of Ninh Bình". */
export function reportTitle(period: string, unitName: string): Text {
  const name = periodName(period)
  return { vi: `Báo cáo ${name.vi} của ${unitName}`, en: `The ${name.en} report of ${unitName}` }
}

/** "Kế hoạch năm 2026 của Ninh Bình" / "The 2026 plan of Ninh Bình". */
export function planTitle(year: number, unitName: string): Text {
  return { vi: `Kế hoạch năm ${year} của ${unitName}`, en: `The ${year} plan of ${unitName}` }
}
