import { defineMessages } from '../lib/i18n/i18n'

/** Words of exported images, printed pages and file names. */
export const exportCaptionMessages = defineMessages({
  vi: {
    /** Parts of a caption: "Toàn quốc · Lũy kế 10 tháng năm 2026 · Sau sắp xếp (34) · Tin, bài". */
    join: (parts: string[]) => parts.join(' · '),
    unitOfMeasure: (unit: string) => `Đơn vị tính: ${unit}`,
    source: (site: string, date: string) => `Nguồn: ${site}, truy xuất ngày ${date}`,
    printed: (date: string) => `In ngày ${date}`,
    /** File-name part for a selection of many units: "5-don-vi". */
    manyUnits: (count: number) => `${count} don vi`,
  },
  en: {
    join: (parts: string[]) => parts.join(' · '),
    unitOfMeasure: (unit: string) => `Unit: ${unit}`,
    source: (site: string, date: string) => `Source: ${site}, retrieved ${date}`,
    printed: (date: string) => `Printed ${date}`,
    manyUnits: (count: number) => `${count} units`,
  },
})
