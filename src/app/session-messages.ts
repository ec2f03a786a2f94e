import { defineMessages } from '../lib/i18n/i18n'

export const sessionMessages = defineMessages({
  vi: {
    checkingSession: 'Đang kiểm tra phiên đăng nhập…',
    sessionError: 'Không kiểm tra được phiên đăng nhập',
    signedInAs: 'Đang đăng nhập',
    signOut: 'Đăng xuất',
    signingOut: 'Đang đăng xuất…',
    signOutFailed: 'Chưa đăng xuất được: không kết nối được máy chủ. Thử lại.',
    navUsers: 'Người dùng',
  },
  en: {
    checkingSession: 'Checking your session…',
    sessionError: 'Could not check your session',
    signedInAs: 'Signed in',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signOutFailed: 'Not signed out yet: the server could not be reached. Try again.',
    navUsers: 'Users',
  },
})
