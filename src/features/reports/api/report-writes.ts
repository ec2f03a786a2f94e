/**
 * Writing a report: saving the narrative (`PATCH`, which creates the draft from version 0) and
 * the transitions (`POST /reports/{id}/{action}`). Each sends the version the user saw
 * (`If-Match`), so a stale one is refused with 409 and the report as it is now.
 */
import { apiSend } from '../../../lib/api/client'
import { reportSchema, type Narrative, type Report, type Transition } from '../../../lib/api/reports'

export async function saveReportNarrative(id: string, narrative: Narrative, version: number): Promise<Report> {
  const { data } = await apiSend('PATCH', `/reports/${encodeURIComponent(id)}`, { body: { narrative }, schema: reportSchema, ifMatch: version })
  return data
}

export async function transitionReport(id: string, action: Transition, version: number, comment: string | null): Promise<Report> {
  const body = comment === null || comment.trim() === '' ? {} : { comment: comment.trim() }
  const { data } = await apiSend('POST', `/reports/${encodeURIComponent(id)}/${action}`, { body, schema: reportSchema, ifMatch: version })
  return data
}

/** A 409's current report, when the server sent one that matches the contract. */
export function parseCurrentReport(current: unknown): Report | null {
  const parsed = reportSchema.safeParse(current)
  return parsed.success ? parsed.data : null
}
