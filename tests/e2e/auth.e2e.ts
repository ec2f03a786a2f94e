/**
 * Sign-in, sign-out and the users screen in Chromium, against the production server (real
 * cookies, CSRF, rate limits): a viewer signs in through the form in both languages and lands
 * on the page asked for with no edit controls; a wrong password; signing out ends the session
 * on the server; an admin creates a reporter who can then sign in; axe on the sign-in page and
 * the users screen.
 */
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../support/session'
import { baseUrl, openPage, pageErrors, screenshot, seriousAxeViolations, sharedBrowser, skipReason } from './browser'


/** A page in a fresh context without a session (signed out), in the chosen language. */
async function openSignedOut(browser: Browser, path: string, lang: 'vi' | 'en' = 'vi'): Promise<{ page: Page; errors: string[] }> {
  const page = await openPage(browser, path, { lang, account: null })
  return { page, errors: pageErrors(page) }
}

const labels = {
  vi: { title: 'Đăng nhập', username: 'Tên đăng nhập', password: 'Mật khẩu', submit: 'Đăng nhập', signOut: 'Đăng xuất', nav: 'Điều hướng chính', users: 'Người dùng' },
  en: { title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in', signOut: 'Sign out', nav: 'Main navigation', users: 'Users' },
}

async function signInThroughForm(page: Page, lang: 'vi' | 'en', username: string, password: string): Promise<void> {
  const l = labels[lang]
  await expect.poll(() => page.getByRole('heading', { level: 1, name: l.title }).isVisible()).toBe(true)
  await page.getByLabel(l.username).fill(username)
  await page.getByLabel(l.password).fill(password)
  await page.getByRole('button', { name: l.submit, exact: true }).click()
}

/** Buttons that change records (the data entry controls): none for a viewer. */
const EDIT_CONTROL = /^(Thêm|Sửa|Xóa|Khôi phục|Add|Edit|Delete|Restore)\b/

describe.skipIf(skipReason !== null)('sign-in and users in Chromium', () => {
  const browser = sharedBrowser()

  for (const lang of ['vi', 'en'] as const) {
    it(`a viewer signs in through the form (${lang}), lands on the page asked for, and sees no edit controls`, async () => {
      const { page, errors } = await openSignedOut(browser(), '/units/c37', lang)
      await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in')
      expect(new URL(page.url()).searchParams.get('next')).toBe('/units/c37')
      await expect.poll(() => page.getByLabel(labels[lang].username).isVisible()).toBe(true)
      expect(await seriousAxeViolations(page)).toEqual([])
      await signInThroughForm(page, lang, 'viewer', DEMO_PASSWORD)
      await expect.poll(() => new URL(page.url()).pathname).toBe('/units/c37')
      await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Ninh Bình' }).isVisible()).toBe(true)
      // The unit's records are on screen: the place where a reporter would have edit controls.
      await page.waitForLoadState('networkidle')
      const buttons = await page.getByRole('button').allInnerTexts()
      expect(buttons.filter((b) => EDIT_CONTROL.test(b.trim()))).toEqual([])
      const nav = page.getByRole('navigation', { name: labels[lang].nav })
      expect(await nav.getByRole('link', { name: labels[lang].users }).count()).toBe(0)
      expect(errors).toEqual([])
      await page.context().close()
    })
  }

  it('says the username or password is wrong, keeps the username, and stays on the sign-in page', async () => {
    const { page } = await openSignedOut(browser(), '/')
    await signInThroughForm(page, 'vi', 'reporter-c37', 'wrong-password-e2e')
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.')
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('reporter-c37')
    expect(new URL(page.url()).pathname).toBe('/sign-in')
    await page.context().close()
  })

  it('signs out: the sign-in page, and the API answers 401 with the old cookie', async () => {
    const { page } = await openSignedOut(browser(), '/training')
    await signInThroughForm(page, 'vi', 'viewer', DEMO_PASSWORD)
    await expect.poll(() => page.getByRole('button', { name: 'Đăng xuất' }).isVisible()).toBe(true)
    expect((await page.request.get(`${baseUrl}/api/v1/auth/me`)).status()).toBe(200)
    const cookies = await page.context().cookies()

    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).isVisible()).toBe(true)
    expect(new URL(page.url()).pathname).toBe('/sign-in')
    expect((await page.request.get(`${baseUrl}/api/v1/auth/me`)).status()).toBe(401)
    // The session ended on the server: the old cookie, sent again, opens nothing.
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    const replay = await fetch(`${baseUrl}/api/v1/summary?from=2024-01&to=2024-12`, { headers: { Cookie: cookie } })
    expect(replay.status).toBe(401)
    await page.context().close()
  })

  it('an admin creates a reporter on the Users screen, who can then sign in; axe passes', async () => {
    const username = `e2e-rep-${Date.now().toString(36)}`
    const password = 'e2e-password-123'
    const { page, errors } = await openSignedOut(browser(), '/', 'en')
    await signInThroughForm(page, 'en', 'admin', DEMO_PASSWORD)
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Users' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('rowheader', { name: 'reporter-c37' }).isVisible()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])

    const form = page.getByRole('region', { name: 'Create an account' })
    await form.getByLabel('Username').fill(username)
    await form.getByLabel('Password').fill(password)
    await form.getByLabel('Role').selectOption('reporter')
    await form.getByLabel('Unit').selectOption({ label: 'Quảng Ninh' })
    await form.getByRole('button', { name: 'Create account' }).click()
    await expect.poll(() => form.getByText(`Account ${username} created.`).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('rowheader', { name: username }).isVisible()).toBe(true)

    // The editor open too, for axe.
    await page.getByRole('button', { name: `Edit account ${username}` }).click()
    await expect.poll(() => page.getByRole('heading', { level: 2, name: `Account ${username}` }).isVisible()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'users-en-1440')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await signInThroughForm(page, 'en', username, password)
    await expect.poll(() => page.getByText('Data entry officer · Quảng Ninh').isVisible()).toBe(true)
    expect(await page.getByText(username, { exact: true }).isVisible()).toBe(true)
    expect(errors).toEqual([])
    await page.context().close()
  })
})
