/** Types for `start.mjs` (plain JavaScript so Node runs it before anything is built). */
/** Builds the app and the server where they are missing or out of date; returns what was built. */
export function ensureBuilt(options?: { log?: (line: string) => void }): Array<'app' | 'server'>
