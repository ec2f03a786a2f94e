import { defineMessages } from '../lib/i18n/i18n'

/** Wording of the export button. */
export const exportMessages = defineMessages({
  vi: {
    export: 'Xuất CSV',
    exporting: 'Đang xuất…',
    progress: (done: string, total: string) => `Đã lấy ${done} / ${total} dòng`,
    cancel: 'Hủy',
    cancelled: 'Đã hủy xuất tệp.',
    done: (rows: string, filename: string) => `Đã xuất ${rows} dòng vào tệp ${filename}.`,
    failed: 'Không xuất được tệp CSV',
    changed: 'Số liệu thay đổi trong khi xuất, tệp sẽ không đầy đủ. Hãy thử lại.',
    retry: 'Thử lại',
    progressLabel: 'Tiến độ xuất CSV',
  },
  en: {
    export: 'Export CSV',
    exporting: 'Exporting…',
    progress: (done: string, total: string) => `Fetched ${done} of ${total} rows`,
    cancel: 'Cancel',
    cancelled: 'The export was cancelled.',
    done: (rows: string, filename: string) => `Exported ${rows} rows to ${filename}.`,
    failed: 'Could not export the CSV file',
    changed: 'The data changed during the export, so the file would be incomplete. Please retry.',
    retry: 'Retry',
    progressLabel: 'CSV export progress',
  },
})
