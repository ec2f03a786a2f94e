/** The mock API for Node (tests): intercepts `fetch` with the shared handlers. */
import { setupServer } from 'msw/node'
import { handlers } from './handlers'

export const server = setupServer(...handlers)
