/**
 * Two screens asking the same thing share one cache entry: the Overview's KPI cards and the
 * Training totals ask `/summary` for the same filters, so moving from one to the other makes
 * no second request (issue 9.1). Before, the Overview keyed `units: []` and Training left
 * `units` out: two entries, two requests.
 */
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { formatNumber } from '../../src/lib/format'
import { expectedTotal } from '../support/oracle'
import { renderRoute } from '../render'

describe('one request per distinct question', () => {
  it('the Overview and Training share the /summary answer for the same filters', async () => {
    const summaryRequests: string[] = []
    const listener = ({ request }: { request: Request }) => {
      // The app's own requests only, not their forwarding to the API host (another origin).
      const url = new URL(request.url)
      if (url.origin === window.location.origin && url.pathname.endsWith('/summary')) summaryRequests.push(request.url)
    }
    server.events.on('request:start', listener)
    try {
      const { router } = renderRoute('/?from=2024-01&to=2024-12&granularity=quarter', { lang: 'en' })
      const courses = expectedTotal({ metric: 'trainings', from: '2024-01', to: '2024-12' })
      // The first render loads the screen's chunk: a generous wait on a shared machine.
      const overviewCard = await screen.findByRole('article', { name: 'Training courses' }, { timeout: 20_000 })
      expect(within(overviewCard).getByText(formatNumber(courses, 'en'))).toBeInTheDocument()

      await router.navigate('/training?from=2024-01&to=2024-12&granularity=quarter')
      // The first visit loads the screen's chunk: a generous wait on a shared machine.
      const totals = await screen.findByRole('region', { name: 'Training totals' }, { timeout: 20_000 })
      const trainingCard = within(totals).getByRole('article', { name: 'Training courses' })
      expect(within(trainingCard).getByText(formatNumber(courses, 'en'))).toBeInTheDocument()
      expect(summaryRequests).toHaveLength(1)
    } finally {
      server.events.removeListener('request:start', listener)
    }
    // Two screens' chunks load in one test: more than the default on a loaded two-core machine.
  }, 60_000)

  it('a breakdown by unit or category is not asked again when only the granularity changes', async () => {
    const statsRequests: string[] = []
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url)
      if (url.origin !== window.location.origin) return
      if (url.pathname.endsWith('/stats') && url.searchParams.get('by') !== 'period') statsRequests.push(url.search)
    }
    server.events.on('request:start', listener)
    try {
      const { router } = renderRoute('/?from=2024-01&to=2024-12&metric=awards', { lang: 'en' })
      await screen.findByRole('list', { name: /Ranking of units by Commendations/ }, { timeout: 20_000 })
      const before = statsRequests.length
      expect(before).toBeGreaterThan(0)
      await router.navigate('/?from=2024-01&to=2024-12&metric=awards&granularity=quarter')
      await screen.findByText(/^By quarter, against the same period last year/, {}, { timeout: 20_000 })
      expect(statsRequests).toHaveLength(before)
    } finally {
      server.events.removeListener('request:start', listener)
    }
    // Two screens' chunks load in one test: more than the default on a loaded two-core machine.
  }, 60_000)
})
