/**
 * Users (admins only): the accounts with role, unit, status and last sign-in; creating one;
 * changing a role or unit, disabling or enabling, resetting a password. Errors show next to
 * their field, from the form's own check or the server's answer. Anyone else sees a page
 * saying they are not allowed (the server refuses them anyway).
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { NotFound } from '../../../components/not-found'
import { PageHeader } from '../../../components/page-header'
import { EmptyState, ErrorState, Skeleton, useErrorMessage } from '../../../components/widget-state'
import { useQuery } from '@tanstack/react-query'
import { orgUnitsQueries } from '../../../lib/api/queries'
import { PASSWORD_MIN_LENGTH, ROLES, type Role, type User, type UserUpdate } from '../../../lib/api/accounts'
import type { OrgUnit, UnitId } from '../../../lib/api/schemas'
import { useMe } from '../../../lib/api/session'
import { ApiError } from '../../../lib/api/client'
import { formatDate } from '../../../lib/format'
import { useLang, useMessages, type Lang } from '../../../lib/i18n/i18n'
import { roleLabels } from '../../../lib/i18n/role-labels'
import { unitLabel } from '../../../lib/units'
import { useCreateUser, useUpdateUser, useUsers } from '../api/users-queries'
import { checkNewPassword, checkNewUser, checkRoleAndUnit, serverFieldErrors, type FieldErrors } from '../lib/user-errors'
import { usersMessages } from './users-messages'
import '../users.css'

type Messages = (typeof usersMessages)['vi']

const pad = (n: number) => String(n).padStart(2, '0')

/** A timestamp in the user's local time: "27/11/2026 14:05" (vi) / "27 Nov 2026, 14:05" (en). */
function formatDateTime(iso: string, lang: Lang): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const day = formatDate(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`, lang)
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`
  return lang === 'vi' ? `${day} ${time}` : `${day}, ${time}`
}

/** A labelled control with its hint and its error, wired for assistive technology. */
function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string
  hint?: string | undefined
  error?: string | undefined
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode
}) {
  const id = useId()
  // An error restates the rule: the hint gives way to it.
  const shownHint = error ? undefined : hint
  const describedBy = [error ? `${id}-error` : null, shownHint ? `${id}-hint` : null].filter(Boolean).join(' ')
  return (
    <div className="user-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {shownHint && (
        <p id={`${id}-hint`} className="user-field__hint">
          {shownHint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

function RoleSelect({ value, onChange, props }: { value: Role | ''; onChange: (role: Role) => void; props: object }) {
  const { lang } = useLang()
  return (
    <select {...props} className="select" value={value} onChange={(e) => onChange(e.target.value as Role)}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {roleLabels[lang][role]}
        </option>
      ))}
    </select>
  )
}

function UnitSelect({ value, onChange, units, disabled, props }: { value: string; onChange: (unit: string) => void; units: OrgUnit[]; disabled: boolean; props: object }) {
  const m = useMessages(usersMessages)
  const { lang } = useLang()
  return (
    <select {...props} className="select" value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
      <option value="">{disabled ? m.noUnit : m.chooseUnit}</option>
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {unitLabel(u, lang, false)}
        </option>
      ))}
    </select>
  )
}

/** The general error of a form (not about one field), in the UI's language. */
function FormError({ error }: { error: unknown }) {
  const describe = useErrorMessage()
  const m = useMessages(usersMessages)
  if (!error) return null
  let text = describe(error).message
  if (error instanceof ApiError && error.status === 404) text = m.errNotFound
  // The server's rules for one's own account (mirrored in the editor, refused here anyway).
  if (error instanceof ApiError && error.status === 403 && error.field === 'disabled') text = m.selfDisable
  if (error instanceof ApiError && error.status === 403 && error.field === 'role') text = m.selfRole
  return (
    <p className="form-error" role="alert">
      {text}
    </p>
  )
}

function CreateUserForm({ units, currentIds }: { units: OrgUnit[]; currentIds: ReadonlySet<UnitId> }) {
  const m = useMessages(usersMessages)
  const create = useCreateUser()
  const [form, setForm] = useState<{ username: string; password: string; role: Role; unit: string }>({ username: '', password: '', role: 'reporter', unit: '' })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [generalError, setGeneralError] = useState<unknown>(null)
  const [done, setDone] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  const focusFirstError = (found: FieldErrors) => {
    const first = (['username', 'password', 'role', 'unit'] as const).find((f) => found[f])
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setDone(null)
    setGeneralError(null)
    const input = { ...form, username: form.username.trim() }
    const found = checkNewUser(input, currentIds, m)
    setErrors(found)
    if (Object.keys(found).length > 0) return focusFirstError(found)
    create.mutate(
      { username: input.username, password: input.password, role: input.role, unit: input.role === 'reporter' ? input.unit : null },
      {
        onSuccess: (user) => {
          setDone(m.created(user.username))
          setForm({ username: '', password: '', role: input.role, unit: '' })
        },
        onError: (error) => {
          const fromServer = serverFieldErrors(error, input.role, m)
          if (fromServer) {
            setErrors(fromServer)
            focusFirstError(fromServer)
          } else {
            setGeneralError(error)
          }
        },
      },
    )
  }

  const set = (patch: Partial<typeof form>) => {
    setForm((f) => ({ ...f, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const key of Object.keys(patch) as (keyof typeof form)[]) delete next[key]
      if ('role' in patch) delete next.unit
      return next
    })
  }

  return (
    <section className="card users-create" aria-labelledby="users-create-title">
      <h2 id="users-create-title" className="card__title">
        {m.createTitle}
      </h2>
      <form ref={formRef} className="users-create__form" onSubmit={onSubmit} noValidate>
        <Field label={m.username} hint={m.usernameHint} error={errors.username}>
          {(props) => (
            <input
              {...props}
              name="username"
              className="input"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={64}
              value={form.username}
              onChange={(e) => set({ username: e.target.value })}
            />
          )}
        </Field>
        <Field label={m.password} hint={m.passwordHint(PASSWORD_MIN_LENGTH)} error={errors.password}>
          {(props) => (
            <input
              {...props}
              name="password"
              className="input"
              type="password"
              autoComplete="new-password"
              maxLength={256}
              value={form.password}
              onChange={(e) => set({ password: e.target.value })}
            />
          )}
        </Field>
        <Field label={m.role} error={errors.role}>
          {(props) => <RoleSelect props={{ ...props, name: 'role' }} value={form.role} onChange={(role) => set({ role, unit: role === 'reporter' ? form.unit : '' })} />}
        </Field>
        <Field label={m.unit} hint={m.unitHint} error={errors.unit}>
          {(props) => <UnitSelect props={{ ...props, name: 'unit' }} value={form.unit} onChange={(unit) => set({ unit })} units={units} disabled={form.role !== 'reporter'} />}
        </Field>
        <div className="users-create__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? m.creating : m.create}
          </button>
        </div>
      </form>
      <FormError error={generalError} />
      <output className="form-success">
        {done}
      </output>
    </section>
  )
}

function EditUserPanel({
  user,
  units,
  currentIds,
  isSelf,
  onClose,
}: {
  user: User
  units: OrgUnit[]
  currentIds: ReadonlySet<UnitId>
  isSelf: boolean
  onClose: () => void
}) {
  const m = useMessages(usersMessages)
  const update = useUpdateUser()
  const [role, setRole] = useState<Role>(user.role)
  const [unit, setUnit] = useState<string>(user.unit ?? '')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [section, setSection] = useState<'role' | 'password' | 'access' | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [generalError, setGeneralError] = useState<unknown>(null)
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  // Opened from a row's "Edit": the keyboard continues in the editor.
  useEffect(() => heading.current?.focus(), [])

  const send = (which: 'role' | 'password' | 'access', change: UserUpdate, message: string) => {
    setSection(which)
    setDone(null)
    setGeneralError(null)
    update.mutate(
      { username: user.username, change },
      {
        onSuccess: () => {
          setDone(message)
          if (which === 'password') setPassword('')
        },
        onError: (error) => {
          const fromServer = serverFieldErrors(error, role, m)
          // A 409 on a change is not about the username: say it in general.
          if (fromServer && !fromServer.username) setErrors(fromServer)
          else setGeneralError(error)
        },
      },
    )
  }

  const saveRole = (event: FormEvent) => {
    event.preventDefault()
    const found = checkRoleAndUnit(role, unit, currentIds, m)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    send('role', { role, unit: role === 'reporter' ? unit : null }, m.saved)
  }
  const resetPassword = (event: FormEvent) => {
    event.preventDefault()
    const found = checkNewPassword(password, m)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    send('password', { password }, m.resetDone)
  }
  const busy = (which: 'role' | 'password' | 'access') => update.isPending && section === which

  return (
    <section className="card users-edit" aria-labelledby={titleId}>
      <div className="users-edit__head">
        <h2 id={titleId} className="card__title" tabIndex={-1} ref={heading}>
          {m.editTitle(user.username)}
          {isSelf && <span className="users-edit__self"> {m.you}</span>}
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {m.close}
        </button>
      </div>
      <div className="users-edit__sections">
        <form className="users-edit__section" onSubmit={saveRole} noValidate>
          <h3>{m.roleAndUnit}</h3>
          <Field label={m.role} error={errors.role} hint={isSelf ? m.selfRole : undefined}>
            {(props) => (
              <RoleSelect
                props={{ ...props, name: 'role', disabled: isSelf }}
                value={role}
                onChange={(r) => {
                  setRole(r)
                  if (r !== 'reporter') setUnit('')
                  setErrors({})
                }}
              />
            )}
          </Field>
          <Field label={m.unit} error={errors.unit}>
            {(props) => <UnitSelect props={{ ...props, name: 'unit' }} value={unit} onChange={(u) => (setUnit(u), setErrors({}))} units={units} disabled={role !== 'reporter'} />}
          </Field>
          {!isSelf && (
            <button type="submit" className="button" disabled={update.isPending}>
              {busy('role') ? m.saving : m.save}
            </button>
          )}
        </form>
        <form className="users-edit__section" onSubmit={resetPassword} noValidate>
          <h3>{m.resetTitle}</h3>
          <Field label={m.newPassword} hint={m.resetHint(PASSWORD_MIN_LENGTH)} error={errors.password}>
            {(props) => (
              <input
                {...props}
                name="new-password"
                className="input"
                type="password"
                autoComplete="new-password"
                maxLength={256}
                value={password}
                onChange={(e) => (setPassword(e.target.value), setErrors({}))}
              />
            )}
          </Field>
          <button type="submit" className="button" disabled={update.isPending}>
            {busy('password') ? m.saving : m.reset}
          </button>
        </form>
        <div className="users-edit__section">
          <h3>{m.accessTitle}</h3>
          {isSelf ? (
            <p className="user-field__hint">{m.selfDisable}</p>
          ) : (
            <>
              <p className="user-field__hint">{user.disabled ? m.enableHint : m.disableHint}</p>
              <button
                type="button"
                className={user.disabled ? 'button' : 'button button--danger'}
                disabled={update.isPending}
                onClick={() => send('access', { disabled: !user.disabled }, user.disabled ? m.enabledDone : m.disabledDone)}
              >
                {busy('access') ? m.saving : user.disabled ? m.enable : m.disable}
              </button>
            </>
          )}
        </div>
      </div>
      <FormError error={generalError} />
      <output className="form-success">
        {done}
      </output>
    </section>
  )
}

function UsersTable({ users, unitsById, meUsername, onEdit, editing }: { users: User[]; unitsById: ReadonlyMap<UnitId, OrgUnit>; meUsername: string; onEdit: (username: string) => void; editing: string | null }) {
  const m = useMessages(usersMessages)
  const { lang } = useLang()
  return (
    <div className="table-scroll">
      <table className="data-table users-table">
        <caption className="visually-hidden">{m.listCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.username}</th>
            <th scope="col">{m.role}</th>
            <th scope="col">{m.unit}</th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.lastLogin}</th>
            <th scope="col">
              <span className="visually-hidden">{m.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const unit = u.unit ? unitsById.get(u.unit) : undefined
            return (
              <tr key={u.username} className={u.disabled ? 'users-table__disabled' : undefined}>
                <th scope="row">
                  {u.username}
                  {u.username === meUsername && <span className="users-edit__self"> {m.you}</span>}
                </th>
                <td data-label={m.role}>{roleLabels[lang][u.role]}</td>
                <td data-label={m.unit}>{unit ? unitLabel(unit, lang, false) : (u.unit ?? m.noUnit)}</td>
                <td data-label={m.status}>
                  <span className={u.disabled ? 'status-pill status-pill--off' : 'status-pill status-pill--on'}>{u.disabled ? m.disabled : m.active}</span>
                </td>
                <td data-label={m.lastLogin}>{u.lastLoginAt ? formatDateTime(u.lastLoginAt, lang) : <span className="muted">{m.never}</span>}</td>
                <td className="users-table__actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={m.editUser(u.username)}
                    aria-expanded={editing === u.username}
                    data-username={u.username}
                    onClick={() => onEdit(u.username)}
                  >
                    {m.edit}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function UsersScreen({ meUsername, m }: { meUsername: string; m: Messages }) {
  const users = useUsers(true)
  // The org units the shell has loaded (cached): the 34 current units for the selects.
  const orgUnits = useQuery(orgUnitsQueries.list('reported'))
  const unitsById = useMemo(() => new Map((orgUnits.data?.units ?? []).map((u) => [u.id, u])), [orgUnits.data])
  const { lang } = useLang()
  const [editing, setEditing] = useState<string | null>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const currentUnits = useMemo(() => {
    const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en')
    return [...unitsById.values()].filter((u) => u.era === 'current').toSorted((a, b) => collator.compare(a.name, b.name))
  }, [unitsById, lang])
  const currentIds = useMemo(() => new Set(currentUnits.map((u) => u.id)), [currentUnits])
  const editedUser = users.data?.items.find((u) => u.username === editing)
  const closeEditor = () => {
    const name = editing
    setEditing(null)
    if (name) listRef.current?.querySelector<HTMLElement>(`[data-username="${CSS.escape(name)}"]`)?.focus()
  }

  return (
    <>
      <CreateUserForm units={currentUnits} currentIds={currentIds} />
      <section className="card users-list" aria-labelledby="users-list-title" ref={listRef}>
        <div className="card__header">
          <h2 id="users-list-title" className="card__title">
            {m.listTitle}
          </h2>
          {users.data && <span className="card__subtitle">{m.count(users.data.items.length)}</span>}
        </div>
        {users.isPending ? (
          <Skeleton height={200} />
        ) : users.isError ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} title={m.loadError} />
        ) : users.data.items.length === 0 ? (
          <EmptyState>{m.empty}</EmptyState>
        ) : (
          <UsersTable users={users.data.items} unitsById={unitsById} meUsername={meUsername} editing={editing} onEdit={(name) => setEditing((cur) => (cur === name ? null : name))} />
        )}
      </section>
      {editedUser && (
        <EditUserPanel key={editedUser.username} user={editedUser} units={currentUnits} currentIds={currentIds} isSelf={editedUser.username === meUsername} onClose={closeEditor} />
      )}
    </>
  )
}

export function UsersPage() {
  const m = useMessages(usersMessages)
  const { data: me } = useMe()
  if (me?.role !== 'admin') return <NotFound title={m.forbiddenTitle} body={m.forbiddenBody} />
  return (
    <>
      <PageHeader title={m.title} description={m.description} printable={false} />
      <UsersScreen meUsername={me.username} m={m} />
    </>
  )
}
