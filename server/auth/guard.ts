/**
 * Who is asking: the session middleware (`server/auth/`) sets `user` on every API request that
 * carries a valid session. Routes ask for it here; a request without one never reaches a route
 * (401), so `currentUser` throwing is a second line, not the first.
 */
import type { Context } from 'hono'
import type { Role } from '../../src/lib/api/accounts'
import type { UnitId } from '../../src/lib/api/schemas'
import { ApiError } from '../errors'

export interface SessionUser {
  readonly id: number
  readonly username: string
  readonly role: Role
  /** A reporter's current unit; null for admins and viewers. */
  readonly unit: UnitId | null
}

export function currentUser(c: Context): SessionUser {
  const user = c.get('user') as SessionUser | null | undefined
  if (!user) throw new ApiError(401, 'unauthenticated', 'Sign in to use the API.')
  return user
}

/** 403 unless the user has one of the roles. */
export function requireRole(c: Context, ...roles: Role[]): SessionUser {
  const user = currentUser(c)
  if (!roles.includes(user.role)) throw new ApiError(403, 'forbidden', `This needs the role ${roles.join(' or ')}.`)
  return user
}
