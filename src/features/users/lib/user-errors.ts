/**
 * The users screen's field errors: checked before sending (the contract's rules) and read
 * from the server's answer (a 400 names the field, a 409 is a username already taken), so
 * each message shows next to its field.
 */
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  usernameSchema,
  type Role,
} from '../../../lib/api/accounts'
import { ApiError } from '../../../lib/api/client'
import type { UnitId } from '../../../lib/api/schemas'

export type UserField = 'username' | 'password' | 'role' | 'unit'
export type FieldErrors = Partial<Record<UserField, string>>

export interface FieldMessages {
  errUsername: string
  errUsernameTaken: string
  errPassword: (min: number, max: number) => string
  errRole: string
  errUnitRequired: string
  errUnitInvalid: string
  errUnitNotAllowed: string
}

const USER_FIELDS: readonly string[] = ['username', 'password', 'role', 'unit']

function passwordError(password: string, m: FieldMessages): string | undefined {
  return password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH
    ? m.errPassword(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
    : undefined
}

function unitError(role: Role | '', unit: string, currentUnits: ReadonlySet<UnitId>, m: FieldMessages): string | undefined {
  if (role === 'reporter') {
    if (!unit) return m.errUnitRequired
    if (!currentUnits.has(unit)) return m.errUnitInvalid
  } else if (unit) {
    return m.errUnitNotAllowed
  }
  return undefined
}

function compact(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== undefined)) as FieldErrors
}

/** The fields of a new account at fault, before it is sent. */
export function checkNewUser(
  input: { username: string; password: string; role: Role | ''; unit: string },
  currentUnits: ReadonlySet<UnitId>,
  m: FieldMessages,
): FieldErrors {
  return compact({
    username: usernameSchema.safeParse(input.username).success ? undefined : m.errUsername,
    password: passwordError(input.password, m),
    role: (ROLES as readonly string[]).includes(input.role) ? undefined : m.errRole,
    unit: unitError(input.role, input.unit, currentUnits, m),
  })
}

/** The fields of a change of role and unit at fault. */
export function checkRoleAndUnit(role: Role, unit: string, currentUnits: ReadonlySet<UnitId>, m: FieldMessages): FieldErrors {
  return compact({ unit: unitError(role, unit, currentUnits, m) })
}

/** A new password at fault. */
export function checkNewPassword(password: string, m: FieldMessages): FieldErrors {
  return compact({ password: passwordError(password, m) })
}

/**
 * The server's refusal as field errors: a 409 is the username, a 400 names its field(s).
 * Null when the error is not about a field (the screen shows it as a general error).
 */
export function serverFieldErrors(error: unknown, role: Role | '', m: FieldMessages): FieldErrors | null {
  if (!(error instanceof ApiError) || error.kind !== 'http') return null
  if (error.status === 409) return { username: m.errUsernameTaken }
  if (error.status !== 400) return null
  const named = [...error.fields.map((f) => f.field), ...(error.field ? [error.field] : [])].filter((f) => USER_FIELDS.includes(f))
  if (named.length === 0) return null
  const errors: FieldErrors = {}
  for (const field of named as UserField[]) {
    if (field === 'username') errors.username = m.errUsername
    else if (field === 'password') errors.password = m.errPassword(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
    else if (field === 'role') errors.role = m.errRole
    else errors.unit = role === 'reporter' ? m.errUnitInvalid : m.errUnitNotAllowed
  }
  return errors
}
