/**
 * The jsdom tests' forwarder (tests/setup.ts → tests/support/session.ts): every request the
 * app makes is signed in as the demo viewer unless the test picks another account, and a
 * sign-in or sign-out the app makes itself holds for the rest of the test, as in a browser.
 */
import { describe, expect, test } from 'vitest'
import { meResponseSchema } from '../../src/lib/api/accounts'
import { useTestAccount } from '../support/session'

async function whoAmI(): Promise<string | number> {
  const response = await fetch('/api/v1/auth/me')
  return response.status === 200 ? meResponseSchema.parse(await response.json()).username : response.status
}

describe('the test forwarder’s sessions', () => {
  test('signs in as viewer by default, as the chosen demo account, or not at all', async () => {
    expect(await whoAmI()).toBe('viewer')
    useTestAccount('reporter-c37')
    expect(await whoAmI()).toBe('reporter-c37')
    useTestAccount(null)
    expect(await whoAmI()).toBe(401)
  })

  test('keeps a sign-in the app makes, and forgets it at the sign-out', async () => {
    useTestAccount(null)
    const login = await fetch('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'ttdn-demo' }),
    })
    const { csrfToken } = meResponseSchema.parse(await login.json())
    expect(await whoAmI()).toBe('admin')
    expect((await fetch('/api/v1/auth/logout', { method: 'POST', headers: { 'X-CSRF-Token': csrfToken } })).status).toBe(204)
    expect(await whoAmI()).toBe(401)
  })

  test('starts every test as viewer again', async () => {
    expect(await whoAmI()).toBe('viewer')
  })
})
