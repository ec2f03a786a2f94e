import { LANGS, useLang, useMessages } from '../lib/i18n/i18n'
import { shellMessages } from './shell-messages'

/** Tiếng Việt / English, in the header of every page (the sign-in page too). */
export function LanguageSwitch() {
  const { lang, setLang } = useLang()
  const m = useMessages(shellMessages)
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{m.language}</legend>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {l === 'vi' ? 'Tiếng Việt' : 'English'}
        </button>
      ))}
    </fieldset>
  )
}
