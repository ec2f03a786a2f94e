import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import { setApiTarget, setForwardSession } from '../mocks/forward'
import { server } from '../mocks/node'
import { forgetTestSessions, forwardSession, resetTestAccount } from './support/session'

// The happy path goes to the real server app, hosted over HTTP by the global setup, signed in
// as `viewer` unless a test picks another account (`useTestAccount`, tests/support/session.ts).
// This file runs again before each test file, also where files share a worker (`--no-isolate`).
forgetTestSessions()
setApiTarget(inject('apiOrigin'))
setForwardSession(forwardSession(inject('apiOrigin')))
afterEach(() => resetTestAccount())

// CI machines have two cores; the default 1 s for findBy/waitFor is far too tight when the whole
// suite, a build and Chromium share them.
configure({ asyncUtilTimeout: 10_000 })

// Tests of the server itself (`// @vitest-environment node`) talk to real servers: no MSW there.
if (typeof window !== 'undefined') {
  // Every request a test makes must be answered by a handler: an unmocked one is a test bug.
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterEach(() => {
    cleanup()
    server.resetHandlers()
    localStorage.clear()
    sessionStorage.clear()
  })
  afterAll(() => server.close())
}
