/**
 * The URL parameters of the units table (`sort`, `q`, `region`) and of a unit's page
 * (`metric` and its records list's `sort`, `page`, `pageSize`).
 */
import { recordsListParams } from '../../../components/records/records-query'
import type { FilterIssue } from '../../../filters/filters'
import { combineScreenParams, metricParams, type ScreenParams } from '../../../filters/screen-params'
import { REGIONS, type Region } from '../../../lib/api/schemas'
import { isSearchable } from '../../../lib/text'
import { DEFAULT_SORT, parseSort, serializeSort, type SortState } from './units-table'

export interface UnitsTableState {
  sort: SortState
  /** The search text ('' for none). */
  q: string
  region: Region | null
}

export const unitsParams: ScreenParams<UnitsTableState> = {
  keys: ['sort', 'q', 'region'],
  parse: (params) => {
    const issues: FilterIssue[] = []
    const { sort, invalid } = parseSort(params.get('sort'))
    if (invalid !== null) issues.push({ param: 'sort', value: invalid, reason: 'unknown-sort' })
    let q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim()
    if (q !== '' && !isSearchable(q)) {
      issues.push({ param: 'q', value: q, reason: 'search-without-text' })
      q = ''
    }
    const raw = params.get('region')
    let region: Region | null = null
    if (raw !== null && raw !== '') {
      if ((REGIONS as readonly string[]).includes(raw)) region = raw as Region
      else issues.push({ param: 'region', value: raw, reason: 'invalid-value' })
    }
    return { state: { sort, q, region }, issues }
  },
  patch: (change) => {
    const patch: Record<string, string | null> = {}
    if ('sort' in change) patch.sort = serializeSort(change.sort ?? DEFAULT_SORT)
    if ('q' in change) patch.q = change.q?.trim() ? change.q.trim() : null
    if ('region' in change) patch.region = change.region ?? null
    return patch
  },
}

/**
 * A unit's records are the page's last widget, below the figures: 20 a page keeps the page
 * short (on a phone each record is a card); the choice is in the URL like the others.
 */
export const UNIT_RECORDS_PAGE_SIZE = 20

export const unitPageParams = combineScreenParams(metricParams('articles'), recordsListParams({ pageSize: UNIT_RECORDS_PAGE_SIZE, search: false }))
