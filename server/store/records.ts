/** Records between the contract's shape (`Activity`) and the `activities` table. */
import type { Insertable, Selectable } from 'kysely'
import type { Activity, ActivityData } from '../../src/lib/api/schemas'
import { foldText } from '../../src/lib/text'
import type { ActivitiesTable } from '../db/schema'

/** The row of a record; `unitName` is the reporting unit's name, folded into the search text. */
export function toRow(activity: ActivityData, unitName: string): Insertable<ActivitiesTable> {
  return {
    id: activity.id,
    unit_id: activity.unit,
    date: activity.date,
    kind: activity.kind,
    category: activity.category,
    title: activity.title,
    quantity: activity.quantity,
    participants: activity.participants,
    format: activity.format,
    recipient: activity.recipient,
    source_title: activity.source?.title ?? null,
    source_url: activity.source?.url ?? null,
    search: foldText(`${activity.title} ${unitName} ${activity.category}`),
    title_key: foldText(activity.title),
  }
}

export type RecordRow = Pick<
  Selectable<ActivitiesTable>,
  'id' | 'unit_id' | 'date' | 'kind' | 'category' | 'title' | 'quantity' | 'participants' | 'format' | 'recipient' | 'source_title' | 'source_url' | 'version'
>

export function fromRow(row: RecordRow): Activity {
  return {
    id: row.id,
    date: row.date,
    unit: row.unit_id,
    kind: row.kind as Activity['kind'],
    category: row.category,
    title: row.title,
    quantity: row.quantity,
    participants: row.participants,
    format: row.format as Activity['format'],
    recipient: row.recipient as Activity['recipient'],
    source: row.source_title === null ? null : { title: row.source_title, url: row.source_url },
    version: row.version,
  }
}
