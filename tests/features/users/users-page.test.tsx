/**
 * The users screen (admins only), against the real server app: the list, creating an account,
 * field errors next to their field (the form's check, a 400 naming its field, a 409 for a
 * username taken), changing an account; anyone else sees "not allowed" and no link.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { API_BASE_PATH } from '../../../mocks/config'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../render'
import { useTestAccount } from '../../support/session'

/** A username no other test (or run) uses: the test database is shared. */
function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
}

function rowOf(username: string): HTMLElement {
  const table = screen.getByRole('table', { name: /tên đăng nhập|username/i })
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${username}`) })
  return header.closest('tr') as HTMLElement
}

describe('users screen', () => {
  it('lists the accounts with their role in words, unit, status and last sign-in, for an admin', async () => {
    useTestAccount('admin')
    renderRoute('/users')
    expect(await screen.findByRole('heading', { level: 1, name: 'Người dùng' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' })
    expect(within(nav).getByRole('link', { name: 'Người dùng' })).toHaveAttribute('href', '/users')
    await screen.findByRole('table')
    expect(within(rowOf('reporter-c37')).getByText('Cán bộ nhập số liệu')).toBeInTheDocument()
    expect(within(rowOf('reporter-c37')).getByText('Ninh Bình')).toBeInTheDocument()
    expect(within(rowOf('reporter-c22')).getByText('Quảng Ninh')).toBeInTheDocument()
    expect(within(rowOf('viewer')).getByText('Lãnh đạo (chỉ xem)')).toBeInTheDocument()
    expect(within(rowOf('admin')).getByText('Quản trị (Cơ quan thường trực)')).toBeInTheDocument()
    expect(within(rowOf('admin')).getByText('Đang hoạt động')).toBeInTheDocument()
    // The admin has just signed in (this test's session): a date and time, not "never".
    expect(within(rowOf('admin')).getByText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeInTheDocument()
  })

  it('is not offered to a viewer or a reporter, and says "not allowed" if opened anyway', async () => {
    useTestAccount('viewer')
    const first = renderRoute('/users')
    expect(await screen.findByRole('heading', { level: 1, name: 'Bạn không có quyền xem trang này' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' })
    expect(within(nav).queryByRole('link', { name: 'Người dùng' })).not.toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    first.unmount()

    useTestAccount('reporter-c22')
    renderRoute('/users', { lang: 'en' })
    expect(await screen.findByRole('heading', { level: 1, name: 'You are not allowed to see this page' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument()
  })

  it('creates a reporter for a current unit; the account appears in the list', async () => {
    useTestAccount('admin')
    const name = uniqueName('nb-staff')
    const { user } = renderRoute('/users')
    const form = (await screen.findByRole('heading', { name: 'Tạo tài khoản' })).closest('section') as HTMLElement
    await user.type(within(form).getByLabelText('Tên đăng nhập'), name)
    await user.type(within(form).getByLabelText('Mật khẩu'), 'a-long-password-1')
    await user.selectOptions(within(form).getByLabelText('Vai trò'), 'reporter')
    const unit = within(form).getByLabelText('Đơn vị')
    // The 34 current units (no former one, not the central level), and a prompt.
    expect(within(unit).getAllByRole('option')).toHaveLength(35)
    await user.selectOptions(unit, 'Ninh Bình')
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }))
    expect(await within(form).findByText(`Đã tạo tài khoản ${name}.`)).toBeInTheDocument()
    await waitFor(() => expect(within(rowOf(name)).getByText('Ninh Bình')).toBeInTheDocument())
    expect(within(rowOf(name)).getByText('Chưa đăng nhập')).toBeInTheDocument()
    expect(within(form).getByLabelText('Tên đăng nhập')).toHaveValue('')
  })

  it('shows each error next to its field: the form’s own check, and a username taken (409)', async () => {
    useTestAccount('admin')
    const { user } = renderRoute('/users')
    const form = (await screen.findByRole('heading', { name: 'Tạo tài khoản' })).closest('section') as HTMLElement
    const username = within(form).getByLabelText('Tên đăng nhập')
    await user.type(username, 'Nguyễn Văn A')
    await user.type(within(form).getByLabelText('Mật khẩu'), 'short')
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }))
    expect(username).toHaveAttribute('aria-invalid', 'true')
    expect(username).toHaveAccessibleDescription(expect.stringContaining('Tên đăng nhập gồm 3–64 ký tự'))
    expect(within(form).getByLabelText('Mật khẩu')).toHaveAccessibleDescription(expect.stringContaining('Mật khẩu cần từ 8 đến 256 ký tự.'))
    expect(within(form).getByLabelText('Đơn vị')).toHaveAccessibleDescription(expect.stringContaining('Cán bộ nhập số liệu phải thuộc một đơn vị'))
    expect(username).toHaveFocus()

    await user.clear(username)
    await user.type(username, 'viewer')
    await user.clear(within(form).getByLabelText('Mật khẩu'))
    await user.type(within(form).getByLabelText('Mật khẩu'), 'a-long-password-1')
    await user.selectOptions(within(form).getByLabelText('Vai trò'), 'viewer')
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }))
    await waitFor(() => expect(username).toHaveAccessibleDescription(expect.stringContaining('Tên đăng nhập này đã có người dùng. Chọn tên khác.')))
    expect(username).toHaveFocus()
  })

  it('shows the server’s 400 next to the field it names, in English', async () => {
    useTestAccount('admin')
    server.use(
      http.post(`*${API_BASE_PATH}/users`, () =>
        HttpResponse.json({ error: { code: 'invalid_unit', message: 'Not a current unit.', field: 'unit' } }, { status: 400 }),
      ),
    )
    const { user } = renderRoute('/users', { lang: 'en' })
    const form = (await screen.findByRole('heading', { name: 'Create an account' })).closest('section') as HTMLElement
    await user.type(within(form).getByLabelText('Username'), uniqueName('x'))
    await user.type(within(form).getByLabelText('Password'), 'a-long-password-1')
    await user.selectOptions(within(form).getByLabelText('Unit'), 'Quảng Ninh')
    await user.click(within(form).getByRole('button', { name: 'Create account' }))
    await waitFor(() =>
      expect(within(form).getByLabelText('Unit')).toHaveAccessibleDescription(
        expect.stringContaining('Not a valid unit: choose one of the 34 current provinces and cities.'),
      ),
    )
  })

  it('changes an account: role and unit, a new password, disable and enable', async () => {
    useTestAccount('admin')
    const name = uniqueName('qn-staff')
    const { user } = renderRoute('/users')
    const form = (await screen.findByRole('heading', { name: 'Tạo tài khoản' })).closest('section') as HTMLElement
    await user.type(within(form).getByLabelText('Tên đăng nhập'), name)
    await user.type(within(form).getByLabelText('Mật khẩu'), 'a-long-password-1')
    await user.selectOptions(within(form).getByLabelText('Đơn vị'), 'Quảng Ninh')
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }))
    await waitFor(() => expect(within(rowOf(name)).getByText('Quảng Ninh')).toBeInTheDocument())

    await user.click(within(rowOf(name)).getByRole('button', { name: `Sửa tài khoản ${name}` }))
    const editor = screen.getByRole('heading', { level: 2, name: `Tài khoản ${name}` }).closest('section') as HTMLElement
    expect(within(editor).getByRole('heading', { level: 2 })).toHaveFocus()

    await user.selectOptions(within(editor).getByLabelText('Vai trò'), 'viewer')
    expect(within(editor).getByLabelText('Đơn vị')).toBeDisabled()
    await user.click(within(editor).getByRole('button', { name: 'Lưu thay đổi' }))
    expect(await within(editor).findByText('Đã lưu thay đổi.')).toBeInTheDocument()
    await waitFor(() => expect(within(rowOf(name)).getByText('Lãnh đạo (chỉ xem)')).toBeInTheDocument())

    await user.type(within(editor).getByLabelText('Mật khẩu mới'), 'short')
    await user.click(within(editor).getByRole('button', { name: 'Đặt lại mật khẩu' }))
    expect(within(editor).getByLabelText('Mật khẩu mới')).toHaveAccessibleDescription(expect.stringContaining('Mật khẩu cần từ 8 đến 256 ký tự.'))
    await user.type(within(editor).getByLabelText('Mật khẩu mới'), '-and-longer')
    await user.click(within(editor).getByRole('button', { name: 'Đặt lại mật khẩu' }))
    expect(await within(editor).findByText('Đã đặt lại mật khẩu.')).toBeInTheDocument()

    await user.click(within(editor).getByRole('button', { name: 'Khóa tài khoản' }))
    await waitFor(() => expect(within(rowOf(name)).getByText('Đã khóa')).toBeInTheDocument())
    await user.click(within(editor).getByRole('button', { name: 'Mở khóa tài khoản' }))
    await waitFor(() => expect(within(rowOf(name)).getByText('Đang hoạt động')).toBeInTheDocument())

    await user.click(within(editor).getByRole('button', { name: 'Đóng' }))
    expect(within(rowOf(name)).getByRole('button', { name: `Sửa tài khoản ${name}` })).toHaveFocus()
  })
})
