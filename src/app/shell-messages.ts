import type { FilterIssue } from '../filters/filters'
import { defineMessages } from '../lib/i18n/i18n'

export const shellMessages = defineMessages({
  vi: {
    skipToContent: 'Chuyển đến nội dung chính',
    mainNav: 'Điều hướng chính',
    navOverview: 'Tổng quan',
    navUnits: 'Đơn vị',
    navActivities: 'Hoạt động',
    navTraining: 'Tập huấn',
    navCompleteness: 'Tình hình báo cáo',
    navPlans: 'Kế hoạch năm',
    navReports: 'Báo cáo',
    language: 'Ngôn ngữ',
    noticeTitle: 'Một số tham số trong địa chỉ đã được bỏ qua',
    dismiss: 'Đóng thông báo',
    issue: (issue: FilterIssue, presetName: (id: string) => string) => {
      const v = `${issue.param}=${issue.value}`
      switch (issue.reason) {
        case 'invalid-month':
          return `${v}: không phải tháng hợp lệ (dạng YYYY-MM); dùng giá trị mặc định.`
        case 'retired-preset':
          return `${v}: kỳ báo cáo này không còn được dùng; thay bằng “${presetName(issue.replacement ?? '')}”.`
        case 'repeated-param':
          return `Tham số ${issue.param} xuất hiện nhiều lần (${issue.replacement ?? ''}); chỉ dùng giá trị đầu tiên: ${v}.`
        case 'unknown-sort':
          return `${v}: không sắp xếp được theo khóa này; dùng thứ tự mặc định.`
        case 'bad-page':
          return `${v}: số trang phải là số nguyên từ 1; đang hiển thị trang 1.`
        case 'bad-page-size':
          return `${v}: số dòng mỗi trang phải từ 1 đến 500; dùng ${issue.replacement ?? ''} dòng.`
        case 'unknown-category':
          return `${v}: không phải phân loại của chỉ số đã chọn; hiển thị mọi phân loại.`
        case 'category-needs-metric':
          return `${v}: cần chọn chỉ số trước khi lọc theo phân loại; hiển thị mọi phân loại.`
        case 'search-without-text':
          return `Từ khóa “${issue.value}” không có chữ hay số nào nên không dùng để tìm.`
        case 'range-reversed':
          return `Khoảng thời gian ${issue.value}: tháng bắt đầu sau tháng kết thúc; dùng khoảng mặc định.`
        case 'invalid-unit':
          return `${v}: mã đơn vị không hợp lệ; đã bỏ qua.`
        case 'unknown-unit':
          return `${v}: không có đơn vị này; đã bỏ qua.`
        case 'former-unit-mapped':
          return `${v}: đơn vị cũ; ở chế độ xem sau sắp xếp (34) được tính vào ${issue.replacement ?? ''}.`
        case 'unknown-param':
          return `Tham số không được hỗ trợ: ${v}; đã bỏ qua.`
        case 'invalid-value':
          return `${v}: giá trị không hợp lệ; dùng giá trị mặc định.`
      }
    },
    loadingUnits: 'Đang tải danh mục đơn vị…',
    unitsError: 'Không tải được danh mục đơn vị hành chính',
    footer: 'Số liệu minh họa từ dữ liệu mẫu sinh tự động; sự kiện có ghi nguồn lấy từ báo cáo công khai.',
    routeErrorTitle: 'Trang gặp lỗi',
    routeErrorBody: 'Đã xảy ra lỗi khi hiển thị trang này. Tải lại trang hoặc quay về Tổng quan.',
    comingSoon: 'Đang xây dựng',
    mockScenario: (name: string) => `API giả lập đang chạy kịch bản “${name}”. Thêm ?mock=none vào địa chỉ để trở lại bình thường.`,
  },
  en: {
    skipToContent: 'Skip to main content',
    mainNav: 'Main navigation',
    navOverview: 'Overview',
    navUnits: 'Units',
    navActivities: 'Activities',
    navTraining: 'Training',
    navCompleteness: 'Reporting status',
    navPlans: 'Annual plans',
    navReports: 'Reports',
    language: 'Language',
    noticeTitle: 'Some parameters in the address were ignored',
    dismiss: 'Dismiss notice',
    issue: (issue: FilterIssue, presetName: (id: string) => string) => {
      const v = `${issue.param}=${issue.value}`
      switch (issue.reason) {
        case 'invalid-month':
          return `${v}: not a valid month (YYYY-MM); the default is used.`
        case 'retired-preset':
          return `${v}: this period is no longer offered; replaced by “${presetName(issue.replacement ?? '')}”.`
        case 'repeated-param':
          return `The parameter ${issue.param} appears more than once (${issue.replacement ?? ''}); only the first value is used: ${v}.`
        case 'unknown-sort':
          return `${v}: cannot sort by this key; the default order is used.`
        case 'bad-page':
          return `${v}: the page must be a whole number from 1; showing page 1.`
        case 'bad-page-size':
          return `${v}: rows per page must be from 1 to 500; using ${issue.replacement ?? ''}.`
        case 'unknown-category':
          return `${v}: not a category of the chosen metric; showing every category.`
        case 'category-needs-metric':
          return `${v}: choose a metric before filtering by category; showing every category.`
        case 'search-without-text':
          return `The search “${issue.value}” has no letters or digits, so it was not used.`
        case 'range-reversed':
          return `Range ${issue.value}: the start is after the end; the default range is used.`
        case 'invalid-unit':
          return `${v}: not a valid unit code; ignored.`
        case 'unknown-unit':
          return `${v}: no such unit; ignored.`
        case 'former-unit-mapped':
          return `${v}: a former unit; in the current-units view it counts under ${issue.replacement ?? ''}.`
        case 'unknown-param':
          return `Unsupported parameter: ${v}; ignored.`
        case 'invalid-value':
          return `${v}: not a valid value; the default is used.`
      }
    },
    loadingUnits: 'Loading the list of units…',
    unitsError: 'Could not load the list of administrative units',
    footer: 'Illustrative figures from generated demo data; events with a source come from public reports.',
    routeErrorTitle: 'This page failed',
    routeErrorBody: 'Something went wrong while showing this page. Reload it or go back to the Overview.',
    comingSoon: 'Coming soon',
    mockScenario: (name: string) => `The mock API is running the “${name}” scenario. Add ?mock=none to the address to go back to normal.`,
  },
})
