/**
 * Users as the API and the command line manage them: one set of rules for both (a reporter has
 * one current unit, admins and viewers none; usernames are unique), and never a hash out.
 */
import { sql, type Kysely } from 'kysely'
import type { Role, User, UserCreate, UserUpdate } from '../../src/lib/api/accounts'
import type { Schema } from '../db/schema'
import { ApiError } from '../errors'
import { unitsById } from '../reference/org-units'
import { hashPassword } from './password'
import { deleteUserSessions } from './sessions'

/** The demo accounts of the demo database, all with the password `ttdn-demo`. */
export const DEMO_PASSWORD = 'ttdn-demo'
export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; role: Role; unit: string | null }> = [
  { username: 'admin', role: 'admin', unit: null },
  { username: 'viewer', role: 'viewer', unit: null },
  { username: 'reporter-c37', role: 'reporter', unit: 'c37' },
  { username: 'reporter-c22', role: 'reporter', unit: 'c22' },
]

/** 400 (naming the field) unless the role and the unit go together: a reporter has a current unit, others none. */
export function checkRoleAndUnit(role: Role, unit: string | null): void {
  if (role === 'reporter') {
    if (unit === null) throw new ApiError(400, 'invalid_body', 'A reporter needs a unit: a current unit such as c37.', 'unit')
    const known = unitsById.get(unit)
    if (!known || known.era !== 'current') {
      throw new ApiError(400, 'invalid_body', `"${unit}" is not a current unit (an id such as c37).`, 'unit')
    }
  } else if (unit !== null) {
    throw new ApiError(400, 'invalid_body', `Only a reporter has a unit: leave the unit empty for the role ${role}.`, 'unit')
  }
}

type UserRow = { username: string; role: string; unit_id: string | null; disabled: boolean; created_at: Date; last_login_at: Date | null }

function toUser(row: UserRow): User {
  return {
    username: row.username,
    role: row.role as Role,
    unit: row.unit_id,
    disabled: row.disabled,
    createdAt: new Date(row.created_at).toISOString(),
    lastLoginAt: row.last_login_at === null ? null : new Date(row.last_login_at).toISOString(),
  }
}

const USER_COLUMNS = ['username', 'role', 'unit_id', 'disabled', 'created_at', 'last_login_at'] as const

export async function listUsers(db: Kysely<Schema>): Promise<User[]> {
  const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('username').execute()
  return rows.map(toUser)
}

export async function getUser(db: Kysely<Schema>, username: string): Promise<User | null> {
  const row = await db.selectFrom('users').select(USER_COLUMNS).where('username', '=', username).executeTakeFirst()
  return row ? toUser(row) : null
}

/** Creates a user (the input already passed `userCreateSchema`); 409 when the username is taken. */
export async function createUser(db: Kysely<Schema>, input: UserCreate & { demo?: boolean }): Promise<User> {
  checkRoleAndUnit(input.role, input.unit)
  const passwordHash = await hashPassword(input.password)
  const row = await db
    .insertInto('users')
    .values({ username: input.username, role: input.role, unit_id: input.unit, password_hash: passwordHash, demo: input.demo ?? false })
    .onConflict((oc) => oc.column('username').doNothing())
    .returning(USER_COLUMNS)
    .executeTakeFirst()
  if (!row) throw new ApiError(409, 'conflict', `The username "${input.username}" is taken.`, 'username')
  return toUser(row)
}

/**
 * Changes a user (the input already passed `userUpdateSchema`). Disabling, a new password or a
 * new role or unit ends the user's sessions. `actor` (an admin) cannot disable or demote themselves.
 */
export async function updateUser(db: Kysely<Schema>, username: string, change: UserUpdate, actor?: string): Promise<User> {
  const current = await db.selectFrom('users').select(['id', 'role', 'unit_id']).where('username', '=', username).executeTakeFirst()
  if (!current) throw new ApiError(404, 'not_found', `No user "${username}".`)
  if (actor === username) {
    if (change.disabled === true) throw new ApiError(403, 'forbidden', 'You cannot disable your own account.', 'disabled')
    if (change.role !== undefined && change.role !== 'admin') throw new ApiError(403, 'forbidden', 'You cannot take away your own admin role.', 'role')
  }
  const role = change.role ?? (current.role as Role)
  // A role change away from reporter drops the unit unless one is given; to reporter needs one.
  const unit = change.unit !== undefined ? change.unit : role === 'reporter' ? current.unit_id : null
  checkRoleAndUnit(role, unit)
  const set: { role: Role; unit_id: string | null; disabled?: boolean; password_hash?: string } = { role, unit_id: unit }
  if (change.disabled !== undefined) set.disabled = change.disabled
  if (change.password !== undefined) set.password_hash = await hashPassword(change.password)
  const row = await db.updateTable('users').set(set).where('id', '=', current.id).returning(USER_COLUMNS).executeTakeFirstOrThrow()
  const endsSessions = change.disabled === true || change.password !== undefined || role !== current.role || unit !== current.unit_id
  if (endsSessions) await deleteUserSessions(db, current.id)
  return toUser(row)
}

/** Removes a user and their sessions; false when there was none. */
export async function removeUser(db: Kysely<Schema>, username: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('username', '=', username).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** Creates the demo accounts that do not exist yet; returns how many it created. */
export async function createDemoAccounts(db: Kysely<Schema>): Promise<number> {
  let created = 0
  for (const account of DEMO_ACCOUNTS) {
    const exists = await db.selectFrom('users').select('id').where('username', '=', account.username).executeTakeFirst()
    if (exists) continue
    await createUser(db, { ...account, password: DEMO_PASSWORD, demo: true })
    created++
  }
  return created
}

export async function countDemoAccounts(db: Kysely<Schema>): Promise<number> {
  const row = await db.selectFrom('users').select(sql<number>`count(*)::integer`.as('n')).where('demo', '=', true).executeTakeFirstOrThrow()
  return row.n
}
