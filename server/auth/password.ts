/**
 * Password hashing with scrypt (memory-hard), a random salt per password, and the parameters
 * stored with the hash (`scrypt$N=32768,r=8,p=1$<salt>$<hash>`, base64url) so they can be raised
 * later: an old hash still verifies with the parameters it was made with.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto'

interface ScryptParams {
  N: number
  r: number
  p: number
}

/** 2^15 × 8 × 128 bytes = 32 MiB per hash; about 50–100 ms on a server core. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32
const SALT_LENGTH = 16

function scrypt(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  )
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH)
  const key = await scrypt(password, salt, params)
  return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

function parseHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const match = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored)
  if (!match) return null
  const [, n, r, p, salt, key] = match
  const params = { N: Number(n), r: Number(r), p: Number(p) }
  // Bounds: a corrupted row must not make the server allocate gigabytes.
  if (params.N < 2 || params.N > 2 ** 20 || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16) return null
  return { params, salt: Buffer.from(salt ?? '', 'base64url'), key: Buffer.from(key ?? '', 'base64url') }
}

/** True when the password matches the stored hash (constant-time comparison). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored)
  if (!parsed || parsed.key.length !== KEY_LENGTH) return false
  const key = await scrypt(password, parsed.salt, parsed.params)
  return timingSafeEqual(key, parsed.key)
}

/** True when the hash was made with weaker parameters than today's (rehash at the next sign-in). */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored)
  if (!parsed) return true
  const { N, r, p } = DEFAULT_SCRYPT_PARAMS
  return parsed.params.N < N || parsed.params.r < r || parsed.params.p < p
}

let dummy: Promise<string> | null = null
/**
 * Verifies against a hash of nothing in particular: the answer for an unknown username costs
 * the same time as for a known one, so timing does not reveal which usernames exist.
 */
export async function verifyDummy(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'))
  await verifyPassword(password, await dummy)
  return false
}
