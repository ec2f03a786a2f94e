/** The header that carries the session's CSRF token on every write (kept apart so the first bundle needs no schema). */
export const CSRF_HEADER = 'X-CSRF-Token'
