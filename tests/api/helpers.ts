/**
 * HTTP helpers of the API tests (the server app over real HTTP, through the test setup). Expected figures come from `tests/support/oracle.ts`.
 * The setup's forwarder signs every request in as the demo `viewer` (`useTestAccount` in
 * `tests/support/session.ts` picks another); tests that change state use `startIsolatedApi`.
 */
import { expect } from 'vitest'
import type * as z from 'zod/mini'
import { apiErrorBodySchema } from '../../src/lib/api/schemas'

/** GET a path of the API, expect 200, and parse the body with the contract schema. */
export async function getJson<S extends z.ZodMiniType>(path: string, schema: S): Promise<z.infer<S>> {
  const response = await fetch(path)
  const body: unknown = await response.json()
  expect(response.status, `${JSON.stringify(body).slice(0, 300)}`).toBe(200)
  return schema.parse(body)
}

/** GET a path expected to fail; returns the status and the parsed error body. */
export async function getError(path: string): Promise<{ status: number; error: z.infer<typeof apiErrorBodySchema>['error'] }> {
  const response = await fetch(path)
  const body = apiErrorBodySchema.parse(await response.json())
  return { status: response.status, error: body.error }
}
