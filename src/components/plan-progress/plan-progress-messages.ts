import { defineMessages } from '../../lib/i18n/i18n'

export const planProgressMessages = defineMessages({
  vi: {
    label: '% kế hoạch năm',
    percent: (pct: string, value: string, target: string) => `% kế hoạch năm: ${pct} (${value}/${target})`,
    noPlanOne: 'Chưa có kế hoạch được duyệt',
    noPlanSome: (n: string, of: string) => `% kế hoạch: ${n}/${of} đơn vị chưa có kế hoạch được duyệt`,
    zeroTarget: '% kế hoạch: chỉ tiêu năm bằng 0',
    loading: '% kế hoạch: đang tải…',
    error: '% kế hoạch: không tải được',
    noPlanShort: 'Chưa có KH',
    tableNote: '% KH: số thực hiện trong khoảng thời gian đã chọn so với chỉ tiêu cả năm của kế hoạch đã được duyệt; “Chưa có KH”: đơn vị chưa có kế hoạch năm được duyệt, không tính phần trăm.',
    column: '% KH',
  },
  en: {
    label: '% of annual plan',
    percent: (pct: string, value: string, target: string) => `% of annual plan: ${pct} (${value} of ${target})`,
    noPlanOne: 'No approved plan',
    noPlanSome: (n: string, of: string) => `% of plan: ${n} of ${of} units have no approved plan`,
    zeroTarget: '% of plan: the annual target is 0',
    loading: '% of plan: loading…',
    error: '% of plan: could not be loaded',
    noPlanShort: 'No plan',
    tableNote: '% of plan: the figure for the selected range against the full-year target of the approved plan; “No plan”: the unit has no approved plan for the year, so no percentage.',
    column: '% of plan',
  },
})
