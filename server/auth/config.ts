/**
 * Sign-in settings, from the environment by default:
 * - `TTDN_SESSION_IDLE_MINUTES` (120): a session unused this long ends;
 * - `TTDN_SESSION_MAX_HOURS` (12): a session ends this long after sign-in, used or not;
 * - `TRUST_PROXY=1`: believe `X-Forwarded-Proto` and `X-Forwarded-For` (only behind a proxy that sets them);
 * - `TTDN_SECURE_COOKIES=1`: always mark the cookie `Secure` (the site is served over HTTPS).
 */
export interface AuthConfig {
  idleMs: number
  absoluteMs: number
  trustProxy: boolean
  secureCookies: boolean
  /** Failed sign-ins allowed per account and per client address within `windowMs`. */
  maxFailuresPerAccount: number
  maxFailuresPerAddress: number
  failureWindowMs: number
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${value}"`)
  return n
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return {
    idleMs: positive(env.TTDN_SESSION_IDLE_MINUTES, 120, 'TTDN_SESSION_IDLE_MINUTES') * 60_000,
    absoluteMs: positive(env.TTDN_SESSION_MAX_HOURS, 12, 'TTDN_SESSION_MAX_HOURS') * 3_600_000,
    trustProxy: env.TRUST_PROXY === '1',
    secureCookies: env.TTDN_SECURE_COOKIES === '1',
    maxFailuresPerAccount: 5,
    maxFailuresPerAddress: 30,
    failureWindowMs: 15 * 60_000,
  }
}

export const SESSION_COOKIE = 'ttdn_session'
