import { defineMessages } from '../../../lib/i18n/i18n'
import type { ExplorerIssue } from '../lib/explorer-params'

export const activitiesMessages = defineMessages({
  vi: {
    title: 'Hoạt động',
    description: (range: string, scope: string) => `Các hoạt động cụ thể đứng sau số liệu — ${range}, ${scope}.`,
    tableCaption: 'Danh sách hoạt động',
    cardTitle: 'Danh sách hoạt động',
    search: 'Tìm kiếm',
    searchPlaceholder: 'Tên hoạt động, đơn vị… (không cần gõ dấu)',
    searchHint: 'Không phân biệt dấu và chữ hoa: “ha nam” tìm thấy “Hà Nam”.',
    clearSearch: 'Xóa từ khóa',
    metric: 'Chỉ số',
    allMetrics: 'Tất cả chỉ số',
    category: 'Phân loại',
    allCategories: 'Tất cả phân loại',
    chooseMetricFirst: 'Chọn một chỉ số để lọc theo phân loại',
    traineesNote: 'Học viên được tính trên các lớp tập huấn: danh sách là các lớp, cột “Người tham dự” là số học viên.',
    resetFilters: 'Xóa bộ lọc',
    nationwide: 'toàn quốc',
    units: (names: string) => names,
    moreUnits: (names: string, more: number) => `${names} và ${more} đơn vị khác`,
    issuesTitle: 'Một số tham số của trang Hoạt động đã được điều chỉnh',
    dismiss: 'Đóng thông báo',
    issue: (issue: ExplorerIssue) => {
      const v = `${issue.param}=${issue.value}`
      switch (issue.reason) {
        case 'unknown-sort':
          return `${v}: không sắp xếp được theo khóa này; đang sắp xếp mới nhất trước.`
        case 'bad-page':
          return `${v}: số trang phải là số nguyên từ 1; đang hiển thị trang 1.`
        case 'bad-page-size':
          return `${v}: số dòng mỗi trang phải từ 1 đến 500; dùng 50 dòng.`
        case 'unknown-category':
          return `${v}: không phải phân loại của chỉ số đã chọn; hiển thị mọi phân loại.`
        case 'category-needs-metric':
          return `${v}: cần chọn chỉ số trước khi lọc theo phân loại; hiển thị mọi phân loại.`
        case 'search-without-text':
          return `Từ khóa “${issue.value}” không có chữ hay số nào nên không dùng để tìm; đang hiển thị mọi hoạt động.`
      }
    },
    emptyBecause: (reasons: string) => `Không có hoạt động nào ${reasons}.`,
    emptySearch: (q: string) => `khớp với từ khóa “${q}”`,
    emptyMetric: (metric: string) => `thuộc chỉ số “${metric}”`,
    emptyCategory: (category: string) => `có phân loại “${category}”`,
    emptyScope: (range: string, scope: string) => `trong ${range} (${scope})`,
    outsideCoverage: (range: string, from: string, to: string) =>
      `Khoảng thời gian ${range} nằm ngoài phạm vi số liệu (${from} – ${to}), nên không có hoạt động nào.`,
    tryClearing: 'Thử bỏ bớt điều kiện lọc hoặc đổi khoảng thời gian.',
    exportFile: 'hoat-dong',
  },
  en: {
    title: 'Activities',
    description: (range: string, scope: string) => `The individual records behind the figures — ${range}, ${scope}.`,
    tableCaption: 'List of activities',
    cardTitle: 'List of activities',
    search: 'Search',
    searchPlaceholder: 'Activity title, unit… (diacritics optional)',
    searchHint: 'Ignores diacritics and case: “ha nam” finds “Hà Nam”.',
    clearSearch: 'Clear the search',
    metric: 'Metric',
    allMetrics: 'All metrics',
    category: 'Category',
    allCategories: 'All categories',
    chooseMetricFirst: 'Choose a metric to filter by category',
    traineesNote: 'Trainees are counted on training courses: the list shows the courses, and “Participants” is the number of trainees.',
    resetFilters: 'Clear filters',
    nationwide: 'nationwide',
    units: (names: string) => names,
    moreUnits: (names: string, more: number) => `${names} and ${more} more`,
    issuesTitle: 'Some parameters of the Activities page were adjusted',
    dismiss: 'Dismiss notice',
    issue: (issue: ExplorerIssue) => {
      const v = `${issue.param}=${issue.value}`
      switch (issue.reason) {
        case 'unknown-sort':
          return `${v}: cannot sort by this key; sorting newest first.`
        case 'bad-page':
          return `${v}: the page must be a whole number from 1; showing page 1.`
        case 'bad-page-size':
          return `${v}: rows per page must be from 1 to 500; using 50.`
        case 'unknown-category':
          return `${v}: not a category of the chosen metric; showing every category.`
        case 'category-needs-metric':
          return `${v}: choose a metric before filtering by category; showing every category.`
        case 'search-without-text':
          return `The search “${issue.value}” has no letters or digits, so it was not used; showing every activity.`
      }
    },
    emptyBecause: (reasons: string) => `No activities ${reasons}.`,
    emptySearch: (q: string) => `match “${q}”`,
    emptyMetric: (metric: string) => `of the metric “${metric}”`,
    emptyCategory: (category: string) => `in the category “${category}”`,
    emptyScope: (range: string, scope: string) => `in ${range} (${scope})`,
    outsideCoverage: (range: string, from: string, to: string) =>
      `The period ${range} lies outside the data (${from} – ${to}), so there are no activities.`,
    tryClearing: 'Try removing a condition or changing the period.',
    exportFile: 'activities',
  },
})
