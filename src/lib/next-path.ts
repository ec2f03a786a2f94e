/**
 * Where the sign-in page sends the user back to: `?next=` holds a path of this app. Anything
 * else (another origin, `//host`, `/\host`, a `javascript:` URL, the sign-in page itself) is
 * refused and replaced by the Overview, so the parameter cannot be used as an open redirect.
 */
export const SIGN_IN_PATH = '/sign-in'

export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  // Control characters (a tab or newline inside `/\t/host`) are dropped by URL parsers.
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return '/'
  const base = 'http://app.invalid'
  let url: URL
  try {
    url = new URL(next, base)
  } catch {
    return '/'
  }
  if (url.origin !== base) return '/'
  if (url.pathname === SIGN_IN_PATH) return '/'
  return `${url.pathname}${url.search}${url.hash}`
}

/** The sign-in page's address that comes back to `path` (the current path, search and hash). */
export function signInHref(path: string): string {
  const next = safeNextPath(path)
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`
}
