/**
 * Vocabulary shared by every screen: metrics, categories, formats, regions, eras, states.
 * Terms follow shared/reference/glossary.json.
 */
import type { Category, Format, Granularity, Metric, Region } from '../api/schemas'
import { defineMessages } from './i18n'

export const metricLabels: Record<'vi' | 'en', Record<Metric, string>> = {
  vi: {
    articles: 'Tin, bài',
    meetings: 'Hội nghị, hội thảo',
    awards: 'Khen thưởng',
    trainings: 'Lớp tập huấn, bồi dưỡng',
    trainees: 'Học viên',
  },
  en: {
    articles: 'News items & articles',
    meetings: 'Conferences & seminars',
    awards: 'Commendations & awards',
    trainings: 'Training courses',
    trainees: 'Trainees',
  },
}

/** The unit of measure of each metric, as a chart's export states it ("Đơn vị tính: tin, bài"). */
export const metricUnits: Record<'vi' | 'en', Record<Metric, string>> = {
  vi: {
    articles: 'tin, bài',
    meetings: 'cuộc',
    awards: 'lượt khen thưởng',
    trainings: 'lớp',
    trainees: 'học viên',
  },
  en: {
    articles: 'news items & articles',
    meetings: 'events',
    awards: 'commendations & awards',
    trainings: 'courses',
    trainees: 'trainees',
  },
}

export const categoryLabels: Record<'vi' | 'en', Record<Category, string>> = {
  vi: {
    print: 'Báo in',
    online: 'Báo điện tử',
    broadcast: 'Phát thanh, truyền hình',
    social: 'Mạng xã hội',
    'foreign-language': 'Tiếng nước ngoài',
    conference: 'Hội nghị',
    seminar: 'Hội thảo',
    roundtable: 'Tọa đàm',
    'press-briefing': 'Họp báo',
    national: 'Cấp Trung ương, cấp bộ',
    provincial: 'Cấp tỉnh',
    spokespersons: 'Người phát ngôn',
    officials: 'Cán bộ, công chức',
    'commune-border': 'Cán bộ cấp xã, xã biên giới',
    journalists: 'Phóng viên, nhà báo',
    'reporters-lecturers': 'Báo cáo viên, tuyên truyền viên',
  },
  en: {
    print: 'Print',
    online: 'Online press',
    broadcast: 'Radio & TV',
    social: 'Social media',
    'foreign-language': 'Foreign-language',
    conference: 'Conference / meeting',
    seminar: 'Seminar / workshop',
    roundtable: 'Round-table',
    'press-briefing': 'Press briefing',
    national: 'Central or ministerial level',
    provincial: 'Provincial level',
    spokespersons: 'Spokespersons',
    officials: 'Officials',
    'commune-border': 'Commune and border-commune officials',
    journalists: 'Journalists',
    'reporters-lecturers': 'Party lecturers & communicators',
  },
}

export const formatLabels: Record<'vi' | 'en', Record<Format, string>> = {
  vi: { 'in-person': 'Trực tiếp', online: 'Trực tuyến', hybrid: 'Trực tiếp kết hợp trực tuyến' },
  en: { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid' },
}

export const recipientLabels: Record<'vi' | 'en', Record<'collective' | 'individual', string>> = {
  vi: { collective: 'Tập thể', individual: 'Cá nhân' },
  en: { collective: 'Collective', individual: 'Individual' },
}

export const regionLabels: Record<'vi' | 'en', Record<Region, string>> = {
  vi: {
    'northern-midlands-mountains': 'Trung du và miền núi phía Bắc',
    'red-river-delta': 'Đồng bằng sông Hồng',
    'north-central-coast': 'Bắc Trung Bộ và duyên hải miền Trung',
    'central-highlands': 'Tây Nguyên',
    southeast: 'Đông Nam Bộ',
    'mekong-delta': 'Đồng bằng sông Cửu Long',
  },
  en: {
    'northern-midlands-mountains': 'Northern Midlands and Mountains',
    'red-river-delta': 'Red River Delta',
    'north-central-coast': 'North Central and Central Coast',
    'central-highlands': 'Central Highlands',
    southeast: 'Southeast',
    'mekong-delta': 'Mekong River Delta',
  },
}

export const granularityLabels: Record<'vi' | 'en', Record<Granularity, string>> = {
  vi: { year: 'Năm', half: '6 tháng', quarter: 'Quý', month: 'Tháng' },
  en: { year: 'Year', half: 'Half-year', quarter: 'Quarter', month: 'Month' },
}

export const commonMessages = defineMessages({
  vi: {
    appName: 'TTĐN Dashboard',
    appTagline: 'Ban Chỉ đạo công tác thông tin đối ngoại',
    national: 'Toàn quốc',
    centralLevel: 'Trung ương',
    /** Suffix of a former unit's name where former and current units appear together: "An Giang (cũ)". */
    eraFormer: 'cũ',
    samePeriodLastYear: 'Cùng kỳ năm trước',
    loading: 'Đang tải…',
    retry: 'Thử lại',
    showTable: 'Xem bảng số liệu',
    showChart: 'Xem biểu đồ',
    total: 'Tổng cộng',
    noComparison: 'Không có số liệu so sánh',
    errorTitle: 'Không tải được dữ liệu',
    errorServer: 'Máy chủ đang gặp sự cố nên chưa trả được số liệu. Vui lòng thử lại sau ít phút.',
    errorRefused: 'Máy chủ không chấp nhận yêu cầu này: bộ lọc đang chọn không hợp lệ. Hãy kiểm tra lại khoảng thời gian và đơn vị.',
    errorNotFound: 'Không tìm thấy dữ liệu được yêu cầu trên máy chủ.',
    errorNetwork: 'Không kết nối được tới máy chủ. Kiểm tra mạng rồi thử lại.',
    errorMalformed: 'Dữ liệu máy chủ gửi về không đúng định dạng nên không được hiển thị, để tránh hiện số liệu sai.',
    errorUnknown: 'Đã xảy ra lỗi không xác định.',
    errorDetails: 'Chi tiết',
    empty: 'Không có số liệu',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundBody: 'Địa chỉ này không tồn tại hoặc đã thay đổi.',
    backToOverview: 'Về trang Tổng quan',
  },
  en: {
    appName: 'TTĐN Dashboard',
    appTagline: 'External Information Steering Committee',
    national: 'Nationwide',
    centralLevel: 'Central level',
    eraFormer: 'former',
    samePeriodLastYear: 'Same period last year',
    loading: 'Loading…',
    retry: 'Retry',
    showTable: 'Show data table',
    showChart: 'Show chart',
    total: 'Total',
    noComparison: 'No comparison available',
    errorTitle: 'Could not load the data',
    errorServer: 'The server is having a problem and could not send the figures. Please retry in a few minutes.',
    errorRefused: 'The server refused this request: the chosen filters are not valid. Check the period and the units.',
    errorNotFound: 'The requested data was not found on the server.',
    errorNetwork: 'Could not reach the server. Check the connection and retry.',
    errorMalformed: 'The data sent by the server is not in the expected format; it is not shown, to avoid showing wrong figures.',
    errorUnknown: 'An unexpected error occurred.',
    errorDetails: 'Details',
    empty: 'No data',
    notFoundTitle: 'Page not found',
    notFoundBody: 'This address does not exist or has changed.',
    backToOverview: 'Back to the Overview',
  },
})
