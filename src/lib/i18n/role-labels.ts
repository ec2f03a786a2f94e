/**
 * The roles in words, for the header and the users screen. `admin` is the committee's standing
 * agency (the secretariat), `reporter` enters one unit's records, `viewer` is a leader who reads.
 */
import type { Role } from '../api/accounts'
import type { Lang } from './i18n'

export const roleLabels: Record<Lang, Record<Role, string>> = {
  vi: {
    admin: 'Quản trị (Cơ quan thường trực)',
    reporter: 'Cán bộ nhập số liệu',
    viewer: 'Lãnh đạo (chỉ xem)',
  },
  en: {
    admin: 'Administrator (secretariat)',
    reporter: 'Data entry officer',
    viewer: 'Leader (read-only)',
  },
}
