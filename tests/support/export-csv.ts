/** The app's own CSV export of given records, as the Activities screen would download it (for import tests). */
import { allUnits } from '../../server/reference/org-units'
import type { ActivityData as Activity, OrgUnit } from '../../src/lib/api/schemas'
import { buildActivitiesCsv } from '../../src/lib/export-activities'
import type { Lang } from '../../src/lib/i18n/i18n'

const unitsById = new Map<string, OrgUnit>(allUnits.map((u) => [u.id, u]))

export async function exportCsv(records: readonly Activity[], lang: Lang): Promise<string> {
  const { blob } = await buildActivitiesCsv({
    params: {},
    lang,
    unitsById,
    fetchPage: async ({ page = 1, pageSize = 500 }) => ({
      items: records.slice((page - 1) * pageSize, page * pageSize).map((r) => ({ ...r, version: 1 })),
      total: records.length,
      pageCount: Math.ceil(records.length / pageSize),
    }),
  })
  // Decoded as a file read would be: Blob.text() would drop the byte-order mark.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())
}
