import { useState } from 'react'
import { useNavigate } from 'react-router'
import { ApiError, apiSend, setCsrfToken } from '../lib/api/client'
import { useMe } from '../lib/api/session'
import { useLang, useMessages } from '../lib/i18n/i18n'
import { roleLabels } from '../lib/i18n/role-labels'
import { SIGN_IN_PATH } from '../lib/next-path'
import { sessionMessages } from './session-messages'
import './session.css'

/**
 * Who is signed in (username, role in words, a reporter's unit) and "Đăng xuất / Sign out":
 * the server ends the session, then the sign-in page opens and drops every cached answer.
 */
export function UserMenu({ unitName }: { unitName: string | null }) {
  const { data: me } = useMe()
  const { lang } = useLang()
  const m = useMessages(sessionMessages)
  const navigate = useNavigate()
  // Plain state, not useMutation: the header is in the first download, and this is its only write.
  const [state, setState] = useState<'idle' | 'pending' | 'failed'>('idle')
  const signOut = async () => {
    setState('pending')
    try {
      await apiSend('POST', '/auth/logout')
    } catch (error) {
      // A 401 means the session had already ended: signed out all the same.
      if (!(error instanceof ApiError && error.status === 401)) return setState('failed')
    }
    setCsrfToken(null)
    void navigate(SIGN_IN_PATH, { replace: true })
  }
  if (!me) return null
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">{m.signedInAs}: </span>
        <span className="user-menu__name">{me.username}</span>
        <span className="user-menu__role">
          {roleLabels[lang][me.role]}
          {me.role === 'reporter' && unitName ? ` · ${unitName}` : ''}
        </span>
      </p>
      <button type="button" className="user-menu__sign-out" onClick={() => void signOut()} disabled={state === 'pending'}>
        {state === 'pending' ? m.signingOut : m.signOut}
      </button>
      {state === 'failed' && (
        <p className="user-menu__error" role="alert">
          {m.signOutFailed}
        </p>
      )}
    </div>
  )
}
