import { defineMessages } from '../../lib/i18n/i18n'

/** Wording of a chart card's download menu and of the print button. */
export const chartExportMessages = defineMessages({
  vi: {
    download: 'Tải xuống',
    downloadOf: (title: string) => `Tải xuống: ${title}`,
    png: 'Ảnh PNG',
    svg: 'Ảnh SVG (vector)',
    csv: 'Bảng số liệu CSV',
    working: 'Đang tạo tệp…',
    saved: (filename: string) => `Đã lưu tệp ${filename}.`,
    failed: 'Không tạo được tệp. Hãy thử lại.',
    print: 'In / Xuất PDF',
    printHint: 'In trang này hoặc lưu thành tệp PDF (khổ A4 ngang)',
  },
  en: {
    download: 'Download',
    downloadOf: (title: string) => `Download: ${title}`,
    png: 'PNG image',
    svg: 'SVG image (vector)',
    csv: 'Data table (CSV)',
    working: 'Preparing the file…',
    saved: (filename: string) => `Saved ${filename}.`,
    failed: 'Could not make the file. Please retry.',
    print: 'Print / Save as PDF',
    printHint: 'Print this page or save it as a PDF (A4 landscape)',
  },
})
