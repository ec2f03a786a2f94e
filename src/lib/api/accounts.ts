/**
 * The API contract (v1) for accounts, sign-in and users. Every endpoint except `/healthz` and
 * `/readyz` needs a session (an `HttpOnly` cookie); every write also sends the session's CSRF
 * token, from `GET /auth/me`, in the `X-CSRF-Token` header.
 */
import * as z from 'zod/mini'
import { unitIdSchema } from './schemas'

/**
 * `admin`: the central secretariat, everything for every unit, manages users.
 * `reporter`: enters the records of one current unit; reads everything.
 * `viewer`: leaders; reads everything, writes nothing.
 */
export const ROLES = ['admin', 'reporter', 'viewer'] as const
export const roleSchema = z.enum(ROLES)
export type Role = z.infer<typeof roleSchema>

export { CSRF_HEADER } from './headers'

/** Usernames: 3–64 characters, lower-case letters, digits, `.`, `_`, `-`. */
export const usernameSchema = z.string().check(z.regex(/^[a-z0-9._-]{3,64}$/))
export const PASSWORD_MIN_LENGTH = 8
export const PASSWORD_MAX_LENGTH = 256

/** `POST /auth/login`. The answer never says whether the username exists. */
export const loginRequestSchema = z.object({
  username: z.string().check(z.maxLength(64)),
  password: z.string().check(z.maxLength(PASSWORD_MAX_LENGTH)),
})
export type LoginRequest = z.infer<typeof loginRequestSchema>

/** `GET /auth/me` (and the answer of `POST /auth/login`). */
export const meResponseSchema = z.object({
  username: z.string(),
  role: roleSchema,
  /** A reporter's unit (a current unit, e.g. `c37`); null for admins and viewers. */
  unit: z.nullable(unitIdSchema),
  csrfToken: z.string(),
})
export type Me = z.infer<typeof meResponseSchema>

/** A user as an admin sees it (`GET /users`). Never carries the password or its hash. */
export const userSchema = z.object({
  username: z.string(),
  role: roleSchema,
  unit: z.nullable(unitIdSchema),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.nullable(z.string()),
})
export type User = z.infer<typeof userSchema>
export const usersResponseSchema = z.object({ items: z.array(userSchema) })

/** `POST /users` (admin). A reporter needs a current unit; others have none. */
export const userCreateSchema = z.object({
  username: usernameSchema,
  password: z.string().check(z.minLength(PASSWORD_MIN_LENGTH), z.maxLength(PASSWORD_MAX_LENGTH)),
  role: roleSchema,
  unit: z.nullable(unitIdSchema),
})
export type UserCreate = z.infer<typeof userCreateSchema>

/** `PATCH /users/{username}` (admin): any of these. Disabling ends the user's sessions at once. */
export const userUpdateSchema = z.object({
  role: z.optional(roleSchema),
  unit: z.optional(z.nullable(unitIdSchema)),
  disabled: z.optional(z.boolean()),
  password: z.optional(z.string().check(z.minLength(PASSWORD_MIN_LENGTH), z.maxLength(PASSWORD_MAX_LENGTH))),
})
export type UserUpdate = z.infer<typeof userUpdateSchema>
