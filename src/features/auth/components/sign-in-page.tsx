/**
 * The sign-in form. One message for a wrong username or password (never which), the wait
 * after too many attempts (`Retry-After`), a clear message when the server cannot be reached;
 * what was typed stays. After signing in, back to `?next=` (a path of this app only).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { LoginRequest } from '../../../lib/api/accounts'
import { ApiError, apiSend, setCsrfToken } from '../../../lib/api/client'
import { sessionQueries } from '../../../lib/api/session'
import { useMessages } from '../../../lib/i18n/i18n'
import { safeNextPath } from '../../../lib/next-path'
import { signInMessages } from './sign-in-messages'
import '../auth.css'

type Messages = (typeof signInMessages)['vi']

/** The form's error in the UI's language. */
function failureText(error: unknown, m: Messages): string {
  if (!(error instanceof ApiError)) return m.network
  if (error.kind === 'network') return m.network
  if (error.status === 429) return error.retryAfter ? m.tooMany(Math.max(1, Math.ceil(error.retryAfter / 60))) : m.tooManyNoTime
  if (error.status !== null && error.status >= 400 && error.status < 500) return m.wrongCredentials
  return m.server
}

export function SignInPage({ sessionEnded = false }: { sessionEnded?: boolean }) {
  const m = useMessages(signInMessages)
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const next = safeNextPath(searchParams.get('next'))
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [missing, setMissing] = useState<{ username: boolean; password: boolean }>({ username: false, password: false })
  const usernameRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)
  const ids = { username: useId(), password: useId(), usernameError: useId(), passwordError: useId(), error: useId() }

  // Whatever the previous session had loaded is not this user's to see.
  useEffect(() => {
    queryClient.clear()
    setCsrfToken(null)
    usernameRef.current?.focus()
  }, [queryClient])

  const signIn = useMutation({
    mutationFn: (body: LoginRequest) => apiSend('POST', '/auth/login', { body, schema: 'meResponseSchema' }),
    onSuccess: ({ data: me }) => {
      setCsrfToken(me.csrfToken)
      queryClient.setQueryData(sessionQueries.me().queryKey, me)
      void navigate(next, { replace: true })
    },
    onError: (error) => {
      // Wrong credentials: the password is the likely culprit; select it to type again.
      if (error instanceof ApiError && error.status === 401) {
        passwordRef.current?.focus()
        passwordRef.current?.select()
      }
    },
  })

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const user = username.trim().toLowerCase()
    const missingNow = { username: user === '', password: password === '' }
    setMissing(missingNow)
    if (missingNow.username) return usernameRef.current?.focus()
    if (missingNow.password) return passwordRef.current?.focus()
    signIn.mutate({ username: user, password })
  }

  const error = signIn.isError ? failureText(signIn.error, m) : null
  const ended = sessionEnded
  return (
    <section className="card sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" className="sign-in__title">
        {m.title}
      </h1>
      {ended && !signIn.isPending && !error && (
        <output className="sign-in__notice">{m.sessionEnded}</output>
      )}
      <p className="sign-in__intro">{m.intro}</p>
      <form className="sign-in__form" onSubmit={onSubmit} noValidate aria-describedby={error ? ids.error : undefined}>
        <div className="sign-in__field">
          <label htmlFor={ids.username}>{m.username}</label>
          <input
            ref={usernameRef}
            id={ids.username}
            name="username"
            className="input"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            maxLength={64}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={missing.username || undefined}
            aria-describedby={missing.username ? ids.usernameError : undefined}
          />
          {missing.username && (
            <p id={ids.usernameError} className="field-error">
              {m.usernameRequired}
            </p>
          )}
        </div>
        <div className="sign-in__field">
          <label htmlFor={ids.password}>{m.password}</label>
          <input
            ref={passwordRef}
            id={ids.password}
            name="password"
            className="input"
            type="password"
            autoComplete="current-password"
            maxLength={256}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={missing.password || undefined}
            aria-describedby={missing.password ? ids.passwordError : undefined}
          />
          {missing.password && (
            <p id={ids.passwordError} className="field-error">
              {m.passwordRequired}
            </p>
          )}
        </div>
        <div id={ids.error} className="sign-in__error" role="alert">
          {error}
        </div>
        <button type="submit" className="button sign-in__submit" disabled={signIn.isPending} aria-disabled={signIn.isPending}>
          {signIn.isPending ? m.submitting : m.submit}
        </button>
      </form>
      <p className="sign-in__help">{m.forgot}</p>
    </section>
  )
}
