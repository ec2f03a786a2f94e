/** `GET /users`, `POST /users`, `PATCH /users/{username}`: admins only (403 for everyone else). */
import { Hono } from 'hono'
import { userCreateSchema, userUpdateSchema, type User } from '../../src/lib/api/accounts'
import type { AppEnv } from '../app'
import { requireRole } from '../auth/guard'
import { createUser, listUsers, updateUser } from '../auth/users'
import { ApiError } from '../errors'
import { jsonBody } from './auth'

const MESSAGES: Record<string, string> = {
  username: 'The username must be 3–64 characters: lower-case letters, digits, ".", "_" or "-".',
  password: 'The password must be 8–256 characters.',
  role: 'The role must be admin, reporter or viewer.',
  unit: 'The unit must be a unit id such as c37, or null.',
  disabled: 'disabled must be true or false.',
}

/** Parses a body with a schema; 400 naming the first field at fault. */
function parseBody<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[] }> } } }, body: unknown): T {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'invalid_body', 'The body must be a JSON object.')
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  const field = parsed.error.issues[0]?.path[0]
  const name = typeof field === 'string' ? field : undefined
  throw new ApiError(400, 'invalid_body', (name && MESSAGES[name]) ?? 'The body does not match the schema.', name)
}

export const usersRoutes = new Hono<AppEnv>()
  .get('/users', async (c) => {
    requireRole(c, 'admin')
    return c.json({ items: await listUsers(c.get('auth').db) } satisfies { items: User[] })
  })
  .post('/users', async (c) => {
    requireRole(c, 'admin')
    const body = await jsonBody(c)
    // A missing unit means none (admins, viewers).
    const input = parseBody(userCreateSchema, body && typeof body === 'object' && !('unit' in body) ? { ...body, unit: null } : body)
    return c.json(await createUser(c.get('auth').db, input), 201)
  })
  .patch('/users/:username', async (c) => {
    const admin = requireRole(c, 'admin')
    const change = parseBody(userUpdateSchema, await jsonBody(c))
    return c.json(await updateUser(c.get('auth').db, c.req.param('username'), change, admin.username))
  })
