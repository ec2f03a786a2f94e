/**
 * The training totals: courses, trainees and trainees per course, with last year's values.
 * Pure, so the arithmetic (and its edge cases) is tested without rendering.
 */
import type { SummaryResponse } from '../../../lib/api/schemas'

/**
 * Trainees per course. `null` when there is no course: an average over nothing is not zero,
 * and the screen says "no courses" instead. Courses with no trainee recorded give 0, shown
 * as such.
 */
export function averagePerCourse(courses: number, trainees: number): number | null {
  if (!Number.isFinite(courses) || !Number.isFinite(trainees) || courses <= 0) return null
  return trainees / courses
}

export interface TrainingTotals {
  courses: number
  trainees: number
  average: number | null
  /** The same range one year earlier; null where that range lies outside the data. */
  previous: { courses: number; trainees: number; average: number | null } | null
}

/**
 * The totals of the training screen from `/summary`, the same source as the Overview's KPI
 * cards, so the two screens agree by construction.
 */
export function trainingTotals(summary: Pick<SummaryResponse, 'metrics'>): TrainingTotals {
  const courses = summary.metrics.find((m) => m.metric === 'trainings')
  const trainees = summary.metrics.find((m) => m.metric === 'trainees')
  const c = courses?.value ?? 0
  const t = trainees?.value ?? 0
  const prevC = courses?.previous ?? null
  const prevT = trainees?.previous ?? null
  return {
    courses: c,
    trainees: t,
    average: averagePerCourse(c, t),
    previous: prevC === null || prevT === null ? null : { courses: prevC, trainees: prevT, average: averagePerCourse(prevC, prevT) },
  }
}
