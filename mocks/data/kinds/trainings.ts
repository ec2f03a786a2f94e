import type { ActivityData as Activity } from '../../../src/lib/api/schemas'
import { AUDIENCES, AUDIENCE_WEIGHTS, FORMAT_SUFFIX, trainingTitle, type TrainingAudience } from '../titles'
import { FORMATS_ORDER, MONTH_WEIGHT, MONTH_WEIGHT_SUM, TRAINING_YEAR_FACTOR, daysInMonth, formatWeights, isoDate, monthsOfUnit } from '../calendar'
import { sizeMean, type UnitProfile } from '../profiles'
import { Rng } from '../random'

/** Course sizes by audience, [min, max] trainees. */
const AUDIENCE_SIZE: Record<TrainingAudience, [number, number]> = {
  spokespersons: [30, 90],
  officials: [60, 250],
  'commune-border': [40, 200],
  journalists: [25, 100],
  'reporters-lecturers': [40, 150],
}

export function generateTrainings(p: UnitProfile, seed: number, out: Activity[]): void {
  const rng = new Rng(seed, `trainings:${p.unit.id}`)
  const national = p.unit.id === 'tw'
  const yearlyMean = national ? 1.5 : sizeMean(p, 1.5, 3)
  for (const [year, month] of monthsOfUnit(p.unit.era)) {
    const mean = (yearlyMean * (TRAINING_YEAR_FACTOR[year] ?? 1) * (MONTH_WEIGHT[month - 1] ?? 1)) / MONTH_WEIGHT_SUM
    const count = rng.poisson(mean)
    for (let i = 0; i < count; i++) {
      const audience = national ? rng.pick(['spokespersons', 'officials', 'journalists'] as const) : rng.weighted(AUDIENCES, AUDIENCE_WEIGHTS)
      const [min, max] = national ? [100, 200] : AUDIENCE_SIZE[audience]
      const format = rng.weighted(FORMATS_ORDER, formatWeights(year))
      const title = national
        ? `Lớp tập huấn công tác thông tin đối ngoại năm ${year} cho cán bộ các bộ, ngành, địa phương (Trung ương)`
        : trainingTitle(rng, audience, p, year)
      // A few courses never had their trainees recorded: they count 0 trainees, not a guess.
      const participants = rng.chance(0.02) ? null : rng.int(min, max)
      out.push({
        id: '',
        date: isoDate(year, month, rng.int(1, daysInMonth(year, month))),
        unit: p.unit.id,
        kind: 'trainings',
        category: audience,
        title: `${title}${FORMAT_SUFFIX[format]}`,
        quantity: 1,
        participants,
        format,
        recipient: null,
        source: null,
      })
    }
  }
}
