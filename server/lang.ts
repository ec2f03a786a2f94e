/** The language of the API's messages (routes answer errors in the request's language). */
import type { Context } from 'hono'

export type Lang = 'vi' | 'en'

/** The language of the request's messages: English when the client asks for it first, else Vietnamese. */
export function languageOf(c: Context): Lang {
  return (c.req.header('Accept-Language') ?? '').trim().toLowerCase().startsWith('en') ? 'en' : 'vi'
}
