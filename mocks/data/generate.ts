/**
 * The records behind the mock API, generated from a seed (not shipped as a big JSON), so the
 * browser worker, the Node interceptor and the preview server all serve the same data.
 *
 * Records are stored against the unit as reported: every former unit until 2025-06-30, every
 * current unit from 2025-07-01, and the national level (`tw`) throughout. Magnitudes scale
 * with a size weight per unit; a current unit's expected activity is the sum of its
 * predecessors', so figures rolled up to current boundaries run on smoothly across the
 * reorganisation. A handful of real, dated events from published reports sit among the
 * generated ones, each with its source.
 */
import type { ActivityData as Activity, ActivityKind } from '../../src/lib/api/schemas'
import { DATA_SEED } from '../config'
import { generateArticles } from './kinds/articles'
import { generateAwards } from './kinds/awards'
import { generateMeetings } from './kinds/meetings'
import { generateTrainings } from './kinds/trainings'
import { buildProfiles, nationalProfile, type UnitProfile } from './profiles'
import { REAL_EVENTS } from './real-events'

const GENERATORS: Record<ActivityKind, (p: UnitProfile, seed: number, out: Activity[]) => void> = {
  articles: generateArticles,
  meetings: generateMeetings,
  awards: generateAwards,
  trainings: generateTrainings,
}

/**
 * Every record of the mock API, for the given seed. Same seed, same records, in the same
 * order, with the same ids. The national level publishes no article figures of its own.
 */
export function generateActivities(seed: number = DATA_SEED): Activity[] {
  const { former, current } = buildProfiles(seed)
  const drafts: Activity[] = []
  for (const p of [...former, ...current]) {
    for (const kind of Object.keys(GENERATORS) as ActivityKind[]) GENERATORS[kind](p, seed, drafts)
  }
  for (const kind of ['meetings', 'awards', 'trainings'] as const) GENERATORS[kind](nationalProfile, seed, drafts)

  // Ids follow the generation order, which depends only on the seed: stable across runs.
  for (let i = 0; i < drafts.length; i++) (drafts[i] as Activity).id = `a-${String(i + 1).padStart(6, '0')}`
  for (const event of REAL_EVENTS) drafts.push({ ...event })
  return drafts
}
