/**
 * The tables as Kysely sees them. Migrations (`./migrations`) create them; this file must
 * follow what the migrations build.
 */
import type { ColumnType, Generated } from 'kysely'

export interface OrgUnitsTable {
  id: string
  era: string
  /** Position in the API's listing order: national, former by code, current by code. */
  sort_order: number
  /** Position of the name in Vietnamese alphabetical order (sorting records by unit). */
  name_rank: number
  name: string
  /** First and last month of the unit's existence as month indexes (year × 12 + month − 1). */
  valid_from_month: number | null
  valid_to_month: number | null
  /** The unit as the contract describes it (`OrgUnit`). */
  data: ColumnType<unknown, string, string>
}

/** The 2025 crosswalk: every unit as reported → the current unit it rolls up to. */
export interface CrosswalkTable {
  reported_id: string
  current_id: string
}

export interface ActivitiesTable {
  id: string
  unit_id: string
  /** `YYYY-MM-DD`; read back as text. */
  date: ColumnType<string, string, string>
  /** Generated from `date`: year × 12 + month − 1. */
  month: Generated<number>
  kind: string
  category: string
  title: string
  quantity: number
  participants: number | null
  format: string | null
  recipient: string | null
  source_title: string | null
  source_url: string | null
  /** Title, unit name and category folded (no diacritics, lower case) for search. */
  search: string
  /** The title folded, for sorting by title. */
  title_key: string
  /** Bumped by every change (optimistic concurrency: `If-Match`). */
  version: ColumnType<number, number | undefined, number>
}

/** The months the data covers (one row): outside them figures are unknown, not zero. */
export interface DataCoverageTable {
  id: Generated<number>
  from_month: string
  to_month: string
}

/** One row, bumped by triggers on any change to the records or the coverage. */
export interface DataVersionTable {
  id: Generated<number>
  version: ColumnType<string | number, never, never>
}

/** Monthly sums of the records per reporting unit and kind (kept by triggers). */
export interface ActivityMonthTotalsTable {
  month: number
  unit_id: string
  kind: string
  quantity: ColumnType<string | number, never, never>
  participants: ColumnType<string | number, never, never>
}

/** Timestamps: written as ISO strings, read back as `Date` (both drivers). */
type Timestamp = ColumnType<Date, string, string>

export interface UsersTable {
  id: Generated<number>
  username: string
  role: 'admin' | 'reporter' | 'viewer'
  /** A reporter's current unit; null for admins and viewers. */
  unit_id: string | null
  /** `scrypt$N=…,r=…,p=…$salt$hash` (server/auth/password.ts). */
  password_hash: string
  disabled: ColumnType<boolean, boolean | undefined, boolean>
  /** One of the demo accounts of the demo database. */
  demo: ColumnType<boolean, boolean | undefined, boolean>
  created_at: ColumnType<Date, string | undefined, string>
  last_login_at: ColumnType<Date | null, string | null | undefined, string | null>
}

/** A sign-in session; the cookie's token is never stored, only its SHA-256. */
export interface SessionsTable {
  token_hash: string
  user_id: number
  csrf_token: string
  created_at: Timestamp
  last_seen_at: Timestamp
  /** The absolute expiry (the idle one is `last_seen_at` + the idle time). */
  expires_at: Timestamp
}

/** Failed sign-ins, by `user:<name>` and `addr:<address>`, for the rate limit. */
export interface LoginFailuresTable {
  id: Generated<string>
  key: string
  at: Timestamp
}

/** Every change to a record (migration 0007): the audit trail and the soft-deleted records. */
export interface ActivityChangesTable {
  activity_id: string
  action: 'created' | 'updated' | 'deleted' | 'restored'
  /** The version the change produced. */
  version: number
  at: ColumnType<Date, Date | undefined, never>
  user_id: number | null
  username: string
  /** The record (`Activity`) before and after the change; null before a creation, after a deletion. */
  before: ColumnType<unknown, string | null, never>
  after: ColumnType<unknown, string | null, never>
}

/** An admin's deadline for a reporting period (migration 0008); without a row, the default. */
export interface ReportPeriodsTable {
  id: string
  /** `YYYY-MM-DD`; read back as text (`to_char`). */
  deadline: ColumnType<string, string, string>
}

type WorkflowStatus = 'draft' | 'submitted' | 'returned' | 'approved'

/** A report that has been saved at least once (a not-started one has no row). */
export interface ReportsTable {
  period_id: string
  unit_id: string
  status: WorkflowStatus
  version: number
  /** The contract's `Narrative`. */
  narrative: ColumnType<unknown, string, string>
  /** The figures as submitted (`ReportFigure[]`), while submitted or approved; null otherwise. */
  figures: ColumnType<unknown, string | null, string | null>
  figures_at: ColumnType<Date | null, string | null, string | null>
  /** The first submission. */
  submitted_at: ColumnType<Date | null, string | null, string | null>
  approved_at: ColumnType<Date | null, string | null, string | null>
  return_comment: string | null
}

/** One creation or transition of a report or plan; `version` is the version it produced. */
interface TransitionColumns {
  unit_id: string
  version: number
  action: 'created' | 'submit' | 'approve' | 'return' | 'reopen'
  at: ColumnType<Date, string, string>
  user_id: number | null
  username: string
  from_status: string
  to_status: string
  comment: string | null
}

export interface ReportTransitionsTable extends TransitionColumns {
  period_id: string
}

/** A unit's plan for a year (a not-started one has no row). */
export interface PlansTable {
  year: number
  unit_id: string
  status: WorkflowStatus
  version: number
  /** The contract's `PlanTargets`. */
  targets: ColumnType<unknown, string, string>
  return_comment: string | null
}

export interface PlanTransitionsTable extends TransitionColumns {
  year: number
}

export interface Schema {
  users: UsersTable
  sessions: SessionsTable
  login_failures: LoginFailuresTable
  org_units: OrgUnitsTable
  crosswalk: CrosswalkTable
  activities: ActivitiesTable
  data_coverage: DataCoverageTable
  data_version: DataVersionTable
  activity_month_totals: ActivityMonthTotalsTable
  activity_changes: ActivityChangesTable
  report_periods: ReportPeriodsTable
  reports: ReportsTable
  report_transitions: ReportTransitionsTable
  plans: PlansTable
  plan_transitions: PlanTransitionsTable
}
