/** How a screen says what a change compares, or why there is none. */
import { defineMessages } from './i18n'

export const comparisonMessages = defineMessages({
  vi: {
    comparedWith: (previous: string) => `Cùng kỳ năm trước: ${previous}`,
    comparedCovered: (current: string, previous: string, last: string) =>
      `Số liệu có đến ${last}: so sánh ${current} với cùng kỳ năm trước ${previous}.`,
    comparedCoveredFrom: (current: string, previous: string, first: string) =>
      `Số liệu có từ ${first}: so sánh ${current} với cùng kỳ năm trước ${previous}.`,
    beforeData: (previous: string, first: string) =>
      `Không so sánh với cùng kỳ: số liệu chỉ có từ ${first}, nên cùng kỳ năm trước (${previous}) không đủ số liệu.`,
    noComparisonShort: 'Không so sánh: cùng kỳ năm trước không đủ số liệu',
  },
  en: {
    comparedWith: (previous: string) => `Same period last year: ${previous}`,
    comparedCovered: (current: string, previous: string, last: string) =>
      `Data runs to ${last}: comparing ${current} with the same months last year, ${previous}.`,
    comparedCoveredFrom: (current: string, previous: string, first: string) =>
      `Data starts in ${first}: comparing ${current} with the same months last year, ${previous}.`,
    beforeData: (previous: string, first: string) =>
      `No comparison with last year: data starts in ${first}, so the same period last year (${previous}) is incomplete.`,
    noComparisonShort: 'No comparison: last year’s figures are incomplete',
  },
})
