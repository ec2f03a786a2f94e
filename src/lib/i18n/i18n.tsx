/**
 * Languages: Vietnamese first, English second. The choice is remembered in localStorage, and
 * in a cookie that tells the server which language to render a page in.
 * Each feature keeps its own messages next to its code (`defineMessages`) and reads them
 * with `useMessages`; shared vocabulary lives in `common-messages.ts`.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'

export const LANGS = ['vi', 'en'] as const
export type Lang = (typeof LANGS)[number]

const STORAGE_KEY = 'ttdn.lang'
/** The cookie the server reads to render a page in the user's language (same name). */
export const LANG_COOKIE = STORAGE_KEY

/** The language chosen in this browser, or null if none was. */
export function storedLang(): Lang | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
    return stored === 'en' || stored === 'vi' ? stored : null
  } catch {
    return null
  }
}

/** The language a `Cookie` header (or `document.cookie`) names, or null if it names none. */
export function langOfCookie(cookie: string | undefined): Lang | null {
  for (const part of (cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=')
    if (name === LANG_COOKIE && (value === 'vi' || value === 'en')) return value
  }
  return null
}

/** Remembers the choice here and tells the server, for the pages it renders next. */
export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang)
  } catch {
    // Private mode or storage full: the choice holds for this session only.
  }
  if (typeof document !== 'undefined') document.cookie = `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`
}

interface I18nContextValue {
  lang: Lang
  setLang: (lang: Lang) => void
}

const I18nContext = createContext<I18nContextValue | null>(null)

export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? storedLang() ?? 'vi')
  const setLang = useCallback((next: Lang) => {
    setLangState(next)
    rememberLang(next)
  }, [])
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang])
  useEffect(() => {
    // No cookie (a first visit, or a choice stored before the cookie existed): the stored
    // choice, if there is one, wins; either way the cookie is written, for the server. In a
    // task of its own: the first use of the storage costs several milliseconds on a phone.
    if (langOfCookie(document.cookie) !== null) return
    const timer = setTimeout(() => {
      const stored = storedLang()
      if (stored !== null && stored !== lang) setLang(stored)
      else rememberLang(lang)
    })
    return () => clearTimeout(timer)
    // Once, when the app starts.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useEffect(() => {
    // Only when it changes: writing the attribute, even with the value it has (the server's
    // page has it already), makes the browser recompute the style of the whole page.
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang
  }, [lang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useLang(): I18nContextValue {
  const ctx = useContext(I18nContext)
  if (!ctx) throw new Error('useLang must be used inside <I18nProvider>')
  return ctx
}

/** A message: a plain string, or a function of parameters for sentences with values. */
// oxlint-disable-next-line typescript/no-explicit-any -- message functions take any parameters
export type Message = string | ((...args: any[]) => string)
export type MessageDict = Record<string, Message>

/**
 * Declares a feature's messages. The English dictionary must have exactly the keys and
 * shapes of the Vietnamese one, so a missing translation breaks the build.
 */
export function defineMessages<T extends MessageDict>(messages: { vi: T; en: NoInfer<T> }): { vi: T; en: T } {
  return messages
}

/** The messages of the current language. */
export function useMessages<T extends MessageDict>(messages: { vi: T; en: T }): T {
  const { lang } = useLang()
  return messages[lang]
}
