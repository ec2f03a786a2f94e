/**
 * Sign-in and the session, as the user sees them: the gate at start, the form (labels, errors
 * in both languages, what was typed kept), the way back to the page asked for, a session that
 * ends mid-way, signing out. The API is the real server app; `useTestAccount` picks the session
 * the test host sends (none: signed out), as the browser's cookie would.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { API_BASE_PATH } from '../../mocks/config'
import { server } from '../../mocks/node'
import { renderRoute } from '../render'
import { DEMO_PASSWORD, useTestAccount } from '../support/session'

const LOGIN = `*${API_BASE_PATH}/auth/login`
const ME = `*${API_BASE_PATH}/auth/me`

/** The form's error once it says `text` (its live region is always there, empty until something fails). */
async function formError(text: string): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text))
  return screen.getByRole('alert')
}

function rateLimited(seconds: string) {
  return HttpResponse.json(
    { error: { code: 'rate_limited', message: 'Too many sign-in attempts.' } },
    { status: 429, headers: { 'Retry-After': seconds } },
  )
}

describe('sign-in page', () => {
  it('opens for a signed-out visit, without the app’s navigation, and goes back to the page asked for', async () => {
    useTestAccount(null)
    const { user, location } = renderRoute('/units/c37?boundary=reported')
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument()
    expect(location()).toBe('/sign-in?next=%2Funits%2Fc37%3Fboundary%3Dreported')
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Chia theo')).not.toBeInTheDocument()

    const username = screen.getByLabelText('Tên đăng nhập')
    const password = screen.getByLabelText('Mật khẩu')
    expect(username).toHaveAttribute('autocomplete', 'username')
    expect(password).toHaveAttribute('autocomplete', 'current-password')
    expect(password).toHaveAttribute('type', 'password')
    await waitFor(() => expect(username).toHaveFocus())

    await user.type(username, 'viewer')
    await user.type(password, `${DEMO_PASSWORD}{Enter}`)
    // The browser keeps the cookie the sign-in set; here the test host sends it from now on.
    useTestAccount('viewer')

    expect(await screen.findByRole('heading', { level: 1, name: 'Ninh Bình' })).toBeInTheDocument()
    expect(location()).toBe('/units/c37?boundary=reported')
    expect(screen.getByText('viewer')).toBeInTheDocument()
    expect(screen.getByText('Lãnh đạo (chỉ xem)')).toBeInTheDocument()
  })

  it('says the username or password is wrong without saying which, in English, and keeps what was typed', async () => {
    useTestAccount(null)
    const { user } = renderRoute('/', { lang: 'en' })
    const username = await screen.findByLabelText('Username')
    await user.type(username, 'reporter-c22')
    await user.type(screen.getByLabelText('Password'), 'not-the-password')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await formError('The username or password is incorrect.')).toBeVisible()
    expect(username).toHaveValue('reporter-c22')
    expect(screen.getByLabelText('Password')).toHaveValue('not-the-password')

    // An account that does not exist gets the very same message.
    await user.clear(username)
    await user.type(username, 'no-such-user-xyz')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled())
    expect(screen.getByRole('alert')).toHaveTextContent(/^The username or password is incorrect\.$/)
  })

  it('asks for the fields left empty, next to each, in Vietnamese', async () => {
    useTestAccount(null)
    const { user } = renderRoute('/')
    await user.click(await screen.findByRole('button', { name: 'Đăng nhập' }))
    const username = screen.getByLabelText('Tên đăng nhập')
    expect(username).toHaveAttribute('aria-invalid', 'true')
    expect(username).toHaveAccessibleDescription('Nhập tên đăng nhập.')
    expect(username).toHaveFocus()

    await user.type(username, 'viewer')
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }))
    expect(screen.getByLabelText('Mật khẩu')).toHaveAccessibleDescription('Nhập mật khẩu.')
    expect(screen.getByLabelText('Mật khẩu')).toHaveFocus()
  })

  it('says how long to wait after too many attempts (Retry-After), in both languages', async () => {
    useTestAccount(null)
    server.use(http.post(LOGIN, () => rateLimited('120')))
    const first = renderRoute('/')
    await first.user.type(await screen.findByLabelText('Tên đăng nhập'), 'viewer')
    await first.user.type(screen.getByLabelText('Mật khẩu'), 'whatever-1')
    await first.user.click(screen.getByRole('button', { name: 'Đăng nhập' }))
    expect(await formError('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 2 phút.')).toBeVisible()
    first.unmount()

    server.use(http.post(LOGIN, () => rateLimited('30')))
    const second = renderRoute('/', { lang: 'en' })
    await second.user.type(await screen.findByLabelText('Username'), 'viewer')
    await second.user.type(screen.getByLabelText('Password'), 'whatever-1')
    await second.user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await formError('Too many failed sign-in attempts. Try again in 1 minute.')).toBeVisible()
  })

  it('says the server could not be reached when the network fails, and keeps what was typed', async () => {
    useTestAccount(null)
    server.use(http.post(LOGIN, () => HttpResponse.error()))
    const { user } = renderRoute('/')
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'viewer')
    await user.type(screen.getByLabelText('Mật khẩu'), DEMO_PASSWORD)
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }))
    expect(await formError('Không kết nối được máy chủ. Kiểm tra kết nối mạng rồi thử lại.')).toBeVisible()
    expect(screen.getByLabelText('Tên đăng nhập')).toHaveValue('viewer')
    expect(screen.getByLabelText('Mật khẩu')).toHaveValue(DEMO_PASSWORD)
  })

  it('never sends the user off the app after sign-in (a ?next= to another site goes to the Overview)', async () => {
    useTestAccount(null)
    const { user, location } = renderRoute('/sign-in?next=https%3A%2F%2Fevil.example%2Fphish')
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'viewer')
    await user.type(screen.getByLabelText('Mật khẩu'), DEMO_PASSWORD)
    useTestAccount('viewer')
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }))
    await waitFor(() => expect(location()).toBe('/'))
    expect(await screen.findByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument()
  })
})

describe('session gate', () => {
  it('does not show the sign-in page while it checks the session', async () => {
    useTestAccount(null)
    const gate = { open: (): void => undefined }
    const answered = new Promise<void>((resolve) => (gate.open = resolve))
    server.use(
      http.get(ME, async () => {
        await answered
        return HttpResponse.json({ error: { code: 'unauthenticated', message: 'Sign in first.' } }, { status: 401 })
      }),
    )
    renderRoute('/training')
    expect(await screen.findByText('Đang kiểm tra phiên đăng nhập…')).toBeInTheDocument()
    await delay(200)
    expect(screen.queryByRole('heading', { name: 'Đăng nhập' })).not.toBeInTheDocument()
    gate.open()
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument()
  })

  it('says the session could not be checked when the server fails, with a retry (not the sign-in page)', async () => {
    server.use(http.get(ME, () => HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 }), { once: true }))
    const { user } = renderRoute('/')
    expect(await screen.findByText('Không kiểm tra được phiên đăng nhập')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Đăng nhập' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Thử lại' }))
    expect(await screen.findByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument()
  })

  it('sends the user to sign in again when the session ends mid-way, with a message, and back to the same place', async () => {
    const { user, location } = renderRoute('/units?granularity=year')
    const reported = await screen.findByRole('radio', { name: /Theo đơn vị báo cáo/ })
    // The session ends (expired, or the account was disabled): the server answers 401.
    useTestAccount(null)
    await user.click(reported)
    expect(await screen.findByText('Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại để tiếp tục.')).toBeInTheDocument()
    expect(location()).toBe('/sign-in?next=%2Funits%3Fgranularity%3Dyear%26boundary%3Dreported')

    await user.type(screen.getByLabelText('Tên đăng nhập'), 'viewer')
    await user.type(screen.getByLabelText('Mật khẩu'), DEMO_PASSWORD)
    useTestAccount('viewer')
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }))
    await waitFor(() => expect(location()).toBe('/units?granularity=year&boundary=reported'))
    expect(await screen.findByRole('radio', { name: /Theo đơn vị báo cáo/ })).toBeChecked()
  })
})

describe('the signed-in user in the header', () => {
  it('names the user, the role in words and a reporter’s unit, in both languages', async () => {
    useTestAccount('reporter-c37')
    const first = renderRoute('/')
    const role = await screen.findByText('Cán bộ nhập số liệu · Ninh Bình')
    const header = role.closest('header') as HTMLElement
    expect(header).toBeInTheDocument()
    expect(within(header).getByText('reporter-c37')).toBeInTheDocument()
    expect(within(header).getByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument()
    first.unmount()

    renderRoute('/', { lang: 'en' })
    const roleEn = await screen.findByText('Data entry officer · Ninh Bình')
    expect(within(roleEn.closest('header') as HTMLElement).getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
  })

  it('signs out: the sign-in page, without the previous user’s screens', async () => {
    const { user, location } = renderRoute('/training')
    await screen.findByRole('heading', { level: 1, name: 'Tập huấn' })
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument()
    expect(location()).toBe('/sign-in')
    expect(screen.queryByText('viewer')).not.toBeInTheDocument()
    expect(screen.queryByText('Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại để tiếp tục.')).not.toBeInTheDocument()
  })
})
